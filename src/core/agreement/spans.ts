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
