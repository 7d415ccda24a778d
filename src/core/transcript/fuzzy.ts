/**
 * Approximate string search: where in a text does a pattern occur with at most k edits
 * (insertions, deletions, substitutions of UTF-16 code units)? Myers' bit-parallel algorithm in
 * Hyyrö's block form finds match ends in O(n · ⌈m/32⌉); a small end-anchored dynamic programme
 * then finds where each best match starts.
 */

export interface ApproximateMatch {
  start: number;
  end: number;
  /** Edit distance between the pattern and `text.slice(start, end)`. */
  errors: number;
}

/** Per block of 32 pattern positions, which positions hold each code unit. */
function buildPeq(pattern: string, blocks: number): Map<number, Uint32Array> {
  const peq = new Map<number, Uint32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let masks = peq.get(code);
    if (!masks) {
      masks = new Uint32Array(blocks);
      peq.set(code, masks);
    }
    masks[i >> 5] = (masks[i >> 5] as number) | (1 << (i & 31));
  }
  return peq;
}

/**
 * Advances one 32-row block of the edit-distance matrix by one text column. `hIn` is the
 * horizontal delta (-1, 0, +1) entering the block's top row; returns the delta leaving its
 * `lastRowBit` row.
 */
function advanceBlock(pv: Uint32Array, mv: Uint32Array, b: number, eqIn: number, hIn: number, lastRowBit: number): number {
  const p = pv[b] as number;
  const m = mv[b] as number;
  const eq = hIn < 0 ? eqIn | 1 : eqIn;
  const xv = eq | m;
  const xh = ((((eq & p) + p) >>> 0) ^ p) | eq;
  let ph = m | ~(xh | p);
  let mh = p & xh;
  const hOut = (ph & lastRowBit) !== 0 ? 1 : (mh & lastRowBit) !== 0 ? -1 : 0;
  ph = (ph << 1) | (hIn > 0 ? 1 : 0);
  mh = (mh << 1) | (hIn < 0 ? 1 : 0);
  pv[b] = mh | ~(xv | ph);
  mv[b] = ph & xv;
  return hOut;
}

/**
 * End offsets in `text` where some substring ending there is within `maxErrors` edits of
 * `pattern`, each with that least number of edits. Ends are ascending.
 */
export function approximateEnds(text: string, pattern: string, maxErrors: number): { end: number; errors: number }[] {
  const m = pattern.length;
  if (m === 0) return [];
  const blocks = Math.ceil(m / 32);
  const peq = buildPeq(pattern, blocks);
  const none = new Uint32Array(blocks);
  const pv = new Uint32Array(blocks).fill(0xffffffff);
  const mv = new Uint32Array(blocks);
  const lastBit = 1 << ((m - 1) & 31);
  let score = m;
  const ends: { end: number; errors: number }[] = [];
  for (let j = 0; j < text.length; j++) {
    const eqs = peq.get(text.charCodeAt(j)) ?? none;
    let carry = 0;
    for (let b = 0; b < blocks; b++) {
      carry = advanceBlock(pv, mv, b, eqs[b] as number, carry, b === blocks - 1 ? lastBit : 0x80000000);
    }
    score += carry;
    if (score <= maxErrors) ends.push({ end: j + 1, errors: score });
  }
  return ends;
}

/**
 * The start of the best match of `pattern` ending exactly at `end` with `errors` edits: of all
 * starts achieving that distance, the one giving a length closest to the pattern's.
 */
function startFor(text: string, pattern: string, end: number, errors: number): number {
  const m = pattern.length;
  const windowStart = Math.max(0, end - m - errors);
  const width = end - windowStart;
  // prev[j]: distance between the last i pattern units and the last j window units.
  let prev = Array.from({ length: width + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    const pc = pattern.charCodeAt(m - i);
    for (let j = 1; j <= width; j++) {
      const cost = text.charCodeAt(end - j) === pc ? 0 : 1;
      cur.push(Math.min((prev[j - 1] as number) + cost, (prev[j] as number) + 1, (cur[j - 1] as number) + 1));
    }
    prev = cur;
  }
  let best = -1;
  for (let j = 0; j <= width; j++) {
    if (prev[j] === errors && (best < 0 || Math.abs(j - m) < Math.abs(best - m))) best = j;
  }
  return end - Math.max(best, 0);
}

/**
 * Approximate occurrences of `pattern` in `text` with at most `maxErrors` edits: for each run of
 * adjacent qualifying end offsets, the end with the fewest edits and its best start. At most
 * `limit` matches, fewest edits first. O(n · ⌈m/32⌉) plus O(m²) per reported match.
 */
export function findApproximate(text: string, pattern: string, maxErrors: number, limit = 50): ApproximateMatch[] {
  const ends = approximateEnds(text, pattern, maxErrors);
  const best: { end: number; errors: number }[] = [];
  for (const candidate of ends) {
    const last = best[best.length - 1];
    const adjacent = last !== undefined && candidate.end - last.end <= pattern.length;
    if (adjacent && last.errors <= candidate.errors) continue;
    if (adjacent) best[best.length - 1] = candidate;
    else best.push(candidate);
  }
  return best
    .sort((a, b) => a.errors - b.errors || a.end - b.end)
    .slice(0, limit)
    .map(({ end, errors }) => ({ start: startFor(text, pattern, end, errors), end, errors }));
}

/** Levenshtein distance between two short strings, in UTF-16 code units. O(|a| · |b|). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur.push(Math.min((prev[j - 1] as number) + cost, (prev[j] as number) + 1, (cur[j - 1] as number) + 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
