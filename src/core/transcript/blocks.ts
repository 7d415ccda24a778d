/**
 * Transcript text as turns: how bodies are joined into one document text, and how offsets in
 * that text map to turns and quotes. Offsets are UTF-16 code units, ranges `[start, end)`.
 */
import type { Turn } from '../model';
import { normaliseText } from '../text/normalise';

/** The separator between two turn bodies in a document's text: one blank line. */
export const TURN_SEPARATOR = '\n\n';

// eslint-disable-next-line no-control-regex -- every ASCII code unit except CR
const ASCII_WITHOUT_CR = /^[\u0000-\u000C\u000E-\u007F]*$/;

/** One turn as an importer found it, before it has offsets. */
export interface TurnBody {
  speaker: string | null;
  body: string;
  startMs?: number;
  endMs?: number;
  /** Before the first speaker of a dialogue (see `Turn.preamble`). */
  preamble?: boolean;
}

/**
 * Normalises one turn body: NFC, `\n` line ends, no BOM, no trailing spaces on any line, no
 * leading or trailing blank lines, and at most one blank line in a row (a blank line inside a
 * body is a paragraph break within one speaker's turn).
 */
export function normaliseBody(raw: string): string {
  // Plain ASCII without CR is already normal: skip the costly offset-mapping pass for it.
  // Stray BOMs go before composing, or a mark after one would be left uncomposed.
  const normal = ASCII_WITHOUT_CR.test(raw) ? raw : normaliseText(raw.replace(/\uFEFF/g, ''));
  return normal
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
}

/**
 * Joins turn bodies into a document text, bodies separated by `TURN_SEPARATOR`, and returns each
 * turn's `[start, end)` which covers exactly its normalised body. Bodies that are empty once
 * normalised are dropped, since a turn must hold codable text; so `turns.length` may be smaller
 * than `bodies.length`. An empty speaker label becomes `null`.
 */
export function buildTextFromTurns(bodies: readonly TurnBody[]): { text: string; turns: Turn[] } {
  const parts: string[] = [];
  const turns: Turn[] = [];
  let offset = 0;
  for (const source of bodies) {
    const body = normaliseBody(source.body);
    if (body.length === 0) continue;
    if (parts.length > 0) offset += TURN_SEPARATOR.length;
    const turn: Turn = { start: offset, end: offset + body.length, speaker: cleanSpeaker(source.speaker) };
    if (source.startMs !== undefined) turn.startMs = source.startMs;
    if (source.endMs !== undefined) turn.endMs = source.endMs;
    if (source.preamble === true && turn.speaker === null) turn.preamble = true;
    turns.push(turn);
    parts.push(body);
    offset += body.length;
  }
  return { text: parts.join(TURN_SEPARATOR), turns };
}

function cleanSpeaker(speaker: string | null): string | null {
  if (speaker === null) return null;
  const label = normaliseText(speaker).replace(/\s+/g, ' ').trim();
  return label.length > 0 ? label : null;
}

/**
 * Index of the turn an offset belongs to: the last turn whose `start <= offset`, so an offset in
 * the separator after a turn (or at its `end`) belongs to that turn. Returns -1 before the first
 * turn or when there are no turns. `turns` must be sorted by `start` (importers guarantee it).
 * O(log n).
 */
export function turnIndexAt(turns: readonly Turn[], offset: number): number {
  let low = 0;
  let high = turns.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if ((turns[mid] as Turn).start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * The quote of `[start, end)` with up to `width` code units of context either side, as stored
 * on a segment for re-anchoring. The context never begins or ends inside a surrogate pair, so
 * it may be one code unit shorter than `width`.
 */
export function quoteContext(
  text: string, start: number, end: number, width = 32,
): { quote: string; prefix: string; suffix: string } {
  let prefixStart = Math.max(0, start - width);
  if (isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart > 0) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + width);
  if (isLowSurrogate(text.charCodeAt(suffixEnd)) && suffixEnd > end) suffixEnd -= 1;
  return { quote: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
