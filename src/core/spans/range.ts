/** A half-open range `[start, end)` of UTF-16 code units in a document's text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Drops white space at both ends of a range; null when nothing but white space is left. */
export function trimRange(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/**
 * Moves one edge of a range by one word, to extend or shrink a coded passage from the keyboard.
 * Returns the range unchanged when the move would leave it empty or outside the text.
 */
export function nudgeEdge(text: string, range: TextRange, edge: 'start' | 'end', direction: -1 | 1): TextRange {
  const pos = edge === 'start' ? range.start : range.end;
  const next = direction < 0 ? previousWordEdge(text, pos) : nextWordEdge(text, pos);
  const moved = edge === 'start' ? { start: next, end: range.end } : { start: range.start, end: next };
  return moved.start < moved.end && moved.start >= 0 && moved.end <= text.length ? moved : range;
}

const WORD = /[\p{L}\p{N}'’]/u;

function nextWordEdge(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !WORD.test(text[i]!)) i++;
  while (i < text.length && WORD.test(text[i]!)) i++;
  return i;
}

function previousWordEdge(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !WORD.test(text[i - 1]!)) i--;
  while (i > 0 && WORD.test(text[i - 1]!)) i--;
  return i;
}
