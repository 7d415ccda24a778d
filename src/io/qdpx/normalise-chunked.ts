import { normaliseWithMap, type NormalisedText } from '../../core/text/normalise';

/** Piece size for the piecewise path, in UTF-16 code units (pieces end at the next safe cut). */
const PIECE = 16_384;

/**
 * The same result as core's `normaliseWithMap(raw)` (text and offset map), fast on long texts.
 * Why: `normaliseWithMap` appends one character at a time and re-copies its whole output each
 * time a combining mark follows an ASCII letter (decomposed text such as `e\u0301`), which is
 * quadratic on a long document (minutes for a few MB).
 *
 * - Text already in NFC with no BOM at the start only has its line ends to change: CRLF and lone
 *   CR become LF, which is done here in one pass.
 * - Other text goes through `normaliseWithMap` in pieces of ~16 K units, cut right after a space
 *   or LF not followed by U+FEFF. There core's function carries no state across the cut: a mark
 *   after a space or LF is never folded into the character before it, a CR is never separated
 *   from its LF, a non-ASCII run never spans an ASCII character, and only the first character of
 *   the whole text may be dropped as a BOM.
 * A property test checks equality with the plain function on random texts.
 */
export function normaliseWithMapChunked(raw: string): NormalisedText {
  if (raw.charCodeAt(0) !== 0xfeff && raw.normalize('NFC') === raw) return unifyLineEnds(raw);
  if (raw.length <= PIECE) return normaliseWithMap(raw);
  const map = new Uint32Array(raw.length + 1);
  const parts: string[] = [];
  let written = 0;
  for (let start = 0; start < raw.length;) {
    const end = cutAfter(raw, start + PIECE);
    const piece = normaliseWithMap(raw.slice(start, end));
    for (let i = 0; i < end - start; i++) map[start + i] = piece.map[i]! + written;
    parts.push(piece.text);
    written += piece.text.length;
    start = end;
  }
  map[raw.length] = written;
  return { text: parts.join(''), map };
}

/** CRLF and lone CR become LF; both halves of a CRLF map to the LF, as in core. */
function unifyLineEnds(raw: string): NormalisedText {
  const map = new Uint32Array(raw.length + 1);
  if (!raw.includes('\r')) {
    for (let i = 0; i <= raw.length; i++) map[i] = i;
    return { text: raw, map };
  }
  let removed = 0;
  for (let i = 0; i < raw.length; i++) {
    map[i] = i - removed;
    if (raw.charCodeAt(i) === 13 && raw.charCodeAt(i + 1) === 10) {
      map[i + 1] = i - removed;
      removed++;
      i++;
    }
  }
  map[raw.length] = raw.length - removed;
  return { text: raw.replace(/\r\n?/g, '\n'), map };
}

/** The first safe cut at or after `from` (see above), or the end of the text. */
function cutAfter(raw: string, from: number): number {
  for (let i = from; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c === 0x20 || c === 0x0a) && raw.charCodeAt(i + 1) !== 0xfeff) return i + 1;
  }
  return raw.length;
}
