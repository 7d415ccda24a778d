import type { Turn } from '../../core/model';

/**
 * One turn per paragraph of `text` (paragraphs are separated by blank lines), speaker null.
 * A turn runs from the start of its first non-blank line to the end of its last one. Turns point
 * into `text` as it is: nothing is trimmed or rewritten, so stored offsets hold. A text without
 * any non-blank line gets a single turn over all of it. Linear in the length of the text.
 */
export function paragraphTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  let start = -1;
  let end = -1;
  for (let lineStart = 0; lineStart <= text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (/\S/.test(text.slice(lineStart, lineEnd))) {
      if (start < 0) start = lineStart;
      end = lineEnd;
    } else if (start >= 0) {
      turns.push({ start, end, speaker: null });
      start = -1;
    }
    lineStart = lineEnd + 1;
  }
  if (start >= 0) turns.push({ start, end, speaker: null });
  return turns.length > 0 ? turns : [{ start: 0, end: text.length, speaker: null }];
}
