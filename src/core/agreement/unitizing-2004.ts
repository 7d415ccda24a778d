/**
 * Krippendorff's (2004) unitizing alpha, uα (Content Analysis, 2nd ed., pp. 251–256; the
 * formulas of Krippendorff 1995, "On the reliability of unitizing contiguous data"). For each
 * category c, every coder's continuum is cut into c-units and the gaps between them. Observed
 * disagreement sums, over every pair of segments of two coders, the squared differences of their
 * boundaries where two c-units overlap, or the squared length of a c-unit lying inside the other
 * coder's gap. Expected disagreement is what the same units and gaps would give placed anywhere.
 * Per category α = 1 − Do/De; overall α = 1 − ΣDo/ΣDe.
 *
 * Published for two coders; the 2016 paper replaces it for more (see unitizing-2016.ts).
 */

import { mergeSpans, type Span } from './spans';

export interface Continuum {
  begin: number;
  length: number;
}

export interface UnitizedUnit {
  coder: number;
  category: string;
  begin: number;
  length: number;
}

/** A segment of one coder's continuum for one category: a c-unit, or a gap. */
interface Segment {
  begin: number;
  length: number;
  unit: boolean;
}

/** Squared boundary difference of two overlapping segments (Krippendorff 2004, δ² of uα). */
export function segmentDistance(g: Segment, h: Segment): number {
  const shift = g.begin - h.begin;
  if (g.unit && h.unit) {
    if (-g.length < shift && shift < h.length) {
      const ends = shift + g.length - h.length;
      return shift * shift + ends * ends;
    }
    return 0;
  }
  // A unit inside the other coder's gap disagrees by its whole length.
  if (g.unit && !h.unit) return shift >= 0 && h.length - g.length >= shift ? g.length * g.length : 0;
  if (!g.unit && h.unit) return -shift >= 0 && g.length - h.length >= -shift ? h.length * h.length : 0;
  return 0;
}

/** One coder's segments for one category: its units (sorted, disjoint spans) and the gaps between. */
function segmentsOf(spans: readonly Span[], begin: number, length: number): Segment[] {
  const out: Segment[] = [];
  let at = begin;
  for (const [s, e] of spans) {
    if (s > at) out.push({ begin: at, length: s - at, unit: false });
    out.push({ begin: s, length: e - s, unit: true });
    at = e;
  }
  if (at < begin + length) out.push({ begin: at, length: begin + length - at, unit: false });
  return out;
}

/** Σ δ² over the intersecting segment pairs of two coders (the only pairs δ² can be non-zero for). */
function pairDisagreement(a: readonly Segment[], b: readonly Segment[]): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const g = a[i]!;
    const h = b[j]!;
    total += segmentDistance(g, h);
    if (g.begin + g.length <= h.begin + h.length) i++;
    else j++;
  }
  return total;
}

export interface CategoryDisagreement {
  observed: number;
  expected: number;
}

/**
 * Do and De of one category, from each coder's units of it as sorted disjoint spans inside
 * `[begin, begin + length)` (adjacent units stay apart: two units, not one).
 */
export function categoryDisagreement(unitSpans: readonly (readonly Span[])[], begin: number, length: number): CategoryDisagreement {
  const perCoder = unitSpans.map((spans) => segmentsOf(spans, begin, length));
  const m = perCoder.length;
  const L = length;
  let observed = 0;
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) observed += 2 * pairDisagreement(perCoder[i]!, perCoder[j]!);
  observed /= m * (m - 1) * L * L;

  const units: number[] = [];
  const gaps: number[] = [];
  for (const segments of perCoder) for (const s of segments) (s.unit ? units : gaps).push(s.length);
  if (units.length === 0) return { observed, expected: 0 };
  gaps.sort((x, y) => x - y);
  // suffix[k]: count and length of gaps from the k-th shortest on, for Σ over gaps at least as long as a unit.
  const suffixSum = new Array<number>(gaps.length + 1).fill(0);
  for (let k = gaps.length - 1; k >= 0; k--) suffixSum[k] = suffixSum[k + 1]! + gaps[k]!;
  const nc = units.length;
  let sum = 0;
  let selfPairs = 0;
  for (const l of units) {
    selfPairs += l * (l - 1);
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (gaps[mid]! < l) lo = mid + 1;
      else hi = mid;
    }
    const fitting = gaps.length - lo;
    const places = suffixSum[lo]! - fitting * (l - 1);
    sum += ((nc - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * places;
  }
  const expected = ((2 / L) * sum) / (m * L * (m * L - 1) - selfPairs);
  return { observed, expected };
}

/**
 * Krippendorff's (2004) uα per category and overall for the coders named in `units` (two, as
 * published; a coder named nowhere coded nothing, so with one coder named the other is empty).
 * Null where a category has no units or its expected disagreement is zero.
 */
export function unitizingAlpha(
  continuum: Continuum,
  units: { coder: number; category: string; begin: number; length: number }[],
): { byCategory: Record<string, number | null>; overall: number | null } {
  if (!(continuum.length > 0)) throw new RangeError(`unitizingAlpha: the continuum has length ${continuum.length}`);
  const end = continuum.begin + continuum.length;
  for (const u of units) {
    if (!(u.length > 0) || u.begin < continuum.begin || u.begin + u.length > end) {
      throw new RangeError(`unitizingAlpha: unit [${u.begin}, ${u.begin + u.length}) of coder ${u.coder} is empty or outside the continuum [${continuum.begin}, ${end})`);
    }
  }
  const coders = [...new Set(units.map((u) => u.coder))].sort((a, b) => a - b);
  while (coders.length < 2) coders.push(Number.NaN);
  const grouped = new Map<string, Map<number, UnitizedUnit[]>>();
  for (const u of units) {
    let byCoder = grouped.get(u.category);
    if (!byCoder) grouped.set(u.category, (byCoder = new Map()));
    const list = byCoder.get(u.coder);
    if (list) list.push(u);
    else byCoder.set(u.coder, [u]);
  }
  const byCategory: Record<string, number | null> = {};
  let observed = 0;
  let expected = 0;
  for (const category of [...grouped.keys()].sort()) {
    const byCoder = grouped.get(category)!;
    const perCoder = coders.map((coder) => mergeSpans((byCoder.get(coder) ?? []).map((u) => [u.begin, u.begin + u.length] as const), false));
    const d = categoryDisagreement(perCoder, continuum.begin, continuum.length);
    observed += d.observed;
    expected += d.expected;
    byCategory[category] = d.expected > 0 ? 1 - d.observed / d.expected : null;
  }
  return { byCategory, overall: expected > 0 ? 1 - observed / expected : null };
}
