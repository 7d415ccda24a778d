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
   * `[a, b)` becomes `[map[a], map[b])`. Offsets inside a removed or merged sequence map to the
   * start of what replaced it.
   */
  map: Uint32Array;
}

/** Normalises like `normaliseText` and returns the raw → normalised offset map. */
export function normaliseWithMap(raw: string): NormalisedText {
  const map = new Uint32Array(raw.length + 1);
  let out = '';
  let i = 0;
  if (raw.charCodeAt(0) === 0xfeff) {
    map[0] = 0;
    i = 1;
  }
  // NFC per run of non-ASCII so offsets stay mappable; ASCII is already NFC.
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c === 13) {
      map[i] = out.length;
      if (raw.charCodeAt(i + 1) === 10) {
        map[i + 1] = out.length;
        i += 2;
      } else {
        i += 1;
      }
      out += '\n';
      continue;
    }
    if (c < 0x80) {
      map[i] = out.length;
      out += raw[i];
      i += 1;
      continue;
    }
    let j = i;
    while (j < raw.length && raw.charCodeAt(j) >= 0x80) j++;
    // A combining mark may attach to the ASCII letter before it: fold that letter into the run.
    let runStart = i;
    if (runStart > 0 && out.length > 0 && raw.charCodeAt(runStart - 1) >= 0x41 && /\p{M}/u.test(raw[i] ?? '')) {
      runStart -= 1;
      out = out.slice(0, -1);
    }
    const run = raw.slice(runStart, j);
    const composed = run.normalize('NFC');
    const base = out.length;
    if (composed.length === run.length) {
      for (let k = runStart; k < j; k++) map[k] = base + (k - runStart);
    } else {
      for (let k = runStart; k < j; k++) map[k] = base + Math.min(k - runStart, composed.length);
    }
    out += composed;
    i = j;
  }
  map[raw.length] = out.length;
  return { text: out, map };
}

/** Counts words as runs of letters, digits, apostrophes and hyphens. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}
