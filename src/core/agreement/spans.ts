/**
 * One coder's `[start, end)` spans as the coefficients need them: checked, sorted and with
 * overlaps merged, so a character coded twice by the same coder counts once.
 */

export type Span = readonly [number, number];

/** Throws unless every span is an integer `[start, end)` with `0 ≤ start ≤ end ≤ length`. */
export function assertSpans(spans: readonly Span[], length: number, what: string): void {
  for (const [start, end] of spans) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
      throw new RangeError(`${what}: span [${start}, ${end}) is not inside a text of ${length} characters`);
    }
  }
}

/**
 * The union of `spans`, sorted, as disjoint `[start, end)` pairs. Spans that only touch are
 * joined too (`touching = true`, for coverage) or kept apart (`touching = false`, where two
 * adjacent units are two units, as in unitizing).
 */
export function mergeSpans(spans: readonly Span[], touching = true): [number, number][] {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && (s < last[1] || (touching && s === last[1]))) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Characters covered by disjoint sorted spans. */
export function coveredLength(merged: readonly Span[]): number {
  let total = 0;
  for (const [s, e] of merged) total += e - s;
  return total;
}

/** Characters covered by both of two disjoint sorted span lists. */
export function intersectionLength(a: readonly Span[], b: readonly Span[]): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const [as, ae] = a[i]!;
    const [bs, be] = b[j]!;
    const overlap = Math.min(ae, be) - Math.max(as, bs);
    if (overlap > 0) total += overlap;
    if (ae <= be) i++;
    else j++;
  }
  return total;
}

/** Where two coders' spans of a code agree and where each coded alone, as disjoint sorted spans. */
export interface SpanComparison {
  both: [number, number][];
  onlyA: [number, number][];
  onlyB: [number, number][];
}

/**
 * Compares coder A's and coder B's spans of one code in one text (overlaps within a coder count
 * once): the passages both coded, and each one's passages the other missed. With A a reference
 * coder, `onlyA` are a trainee B's misses and `onlyB` what B coded beyond the reference.
 */
export function compareSpans(a: readonly Span[], b: readonly Span[]): SpanComparison {
  const ma = mergeSpans(a);
  const mb = mergeSpans(b);
  const out: SpanComparison = { both: [], onlyA: [], onlyB: [] };
  const push = (list: [number, number][], s: number, e: number) => {
    if (e <= s) return;
    const last = list[list.length - 1];
    if (last && last[1] === s) last[1] = e;
    else list.push([s, e]);
  };
  const cuts = [...new Set([...ma.flat(), ...mb.flat()])].sort((x, y) => x - y);
  let i = 0;
  let j = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const s = cuts[k]!;
    const e = cuts[k + 1]!;
    while (i < ma.length && ma[i]![1] <= s) i++;
    while (j < mb.length && mb[j]![1] <= s) j++;
    const inA = i < ma.length && ma[i]![0] <= s;
    const inB = j < mb.length && mb[j]![0] <= s;
    if (inA && inB) push(out.both, s, e);
    else if (inA) push(out.onlyA, s, e);
    else if (inB) push(out.onlyB, s, e);
  }
  return out;
}
