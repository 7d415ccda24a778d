/**
 * A document's source text: what its reader split into turns. Kept since documents could be read
 * again; for a document stored before then, rebuilt from its text and turns.
 */
import type { DocumentText, Turn } from '../model';

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
}

function labelled(turn: Turn, body: string): string {
  if (turn.speaker === null) return body;
  const time = turn.startMs === undefined ? '' : `[${clock(turn.startMs)}] `;
  return `${time}${turn.speaker}: ${body}`;
}

/**
 * The source a document's text was read from: the stored one, or, for a document stored before
 * sources were kept, its turns written back as `Name: body` (with `[hh:mm:ss] ` when timed) and
 * its paragraphs as they are, separated by blank lines, which reads back to the same turns.
 */
export function sourceOf(text: Pick<DocumentText, 'text' | 'turns' | 'source'>): string {
  if (text.source !== undefined) return text.source;
  if (text.turns.length === 0) return text.text;
  return text.turns.map((turn) => labelled(turn, text.text.slice(turn.start, turn.end))).join('\n\n');
}
