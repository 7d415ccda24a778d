/**
 * Canonical document text: Unicode NFC, `\n` line ends (CRLF and lone CR become LF), no BOM.
 * Every stored offset counts UTF-16 code units of this form, so importers call it once, at the
 * boundary, and map their own offsets through `normaliseWithMap` when they have any.
 */
export function normaliseText(raw: string): string {
  return normaliseWithMap(raw).text;
}

export interface NormalisedText {
  text: string;
  /**
   * `map[i]` is the offset in `text` of raw offset `i` (length raw.length + 1), so a raw range
   * `[a, b)` becomes `[map[a], map[b])`. Offsets inside a sequence that composition shortened
   * map to the start of what replaced it, clamped to its end.
   */
  map: Uint32Array;
}

/**
 * Normalises like `normaliseText` and returns the raw → normalised offset map. Linear time:
 * ASCII is copied as it is, and NFC is applied to each run of non-ASCII characters together
 * with the ASCII character before it (a base letter its combining marks compose with). That is
 * exact because no ASCII character composes with, or reorders around, what precedes it.
 */
export function normaliseWithMap(raw: string): NormalisedText {
  const n = raw.length;
  const map = new Uint32Array(n + 1);
  const parts: string[] = [];
  let length = 0;
  let i = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  let plainFrom = i;
  const flushPlain = (end: number) => {
    if (end <= plainFrom) return;
    parts.push(raw.slice(plainFrom, end));
    for (let k = plainFrom; k < end; k++) map[k] = length + (k - plainFrom);
    length += end - plainFrom;
  };
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (c === 13) {
      flushPlain(i);
      map[i] = length;
      if (raw.charCodeAt(i + 1) === 10) map[i + 1] = length;
      i += raw.charCodeAt(i + 1) === 10 ? 2 : 1;
      parts.push('\n');
      length += 1;
      plainFrom = i;
      continue;
    }
    if (c < 0x80) { i++; continue; }
    const runStart = i > plainFrom ? i - 1 : i;
    flushPlain(runStart);
    let runEnd = i;
    while (runEnd < n && raw.charCodeAt(runEnd) >= 0x80) runEnd++;
    const run = raw.slice(runStart, runEnd);
    const composed = run.normalize('NFC');
    for (let k = runStart; k < runEnd; k++) map[k] = length + Math.min(k - runStart, composed.length);
    parts.push(composed);
    length += composed.length;
    i = runEnd;
    plainFrom = runEnd;
  }
  flushPlain(n);
  map[n] = length;
  return { text: parts.join(''), map };
}

const WORD_START = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{L}\p{N}'’-]/u;

/**
 * Counts words as runs of letters, digits, apostrophes and hyphens that start with a letter or
 * digit. One pass, no array of matches (transcripts run to millions of characters).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let starts: boolean;
    let continues: boolean;
    if (c < 0x80) {
      starts = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      continues = starts || c === 39 || c === 45;
    } else {
      const pair = c >= 0xd800 && c < 0xdc00 && i + 1 < text.length;
      const ch = pair ? text.slice(i, i + 2) : text[i]!;
      if (pair) i++;
      starts = WORD_START.test(ch);
      continues = WORD_PART.test(ch);
    }
    if (inWord) inWord = continues;
    else if (starts) { inWord = true; words++; }
  }
  return words;
}
