/**
 * The unitizing alpha family of Krippendorff, Mathet, Bouvry & Widlöcher (2016), "On the
 * reliability of unitizing textual continua: further developments" (Quality & Quantity 50),
 * as ATLAS.ti reports it (and as in Krippendorff 2019, Content Analysis 4th ed., §12.6):
 *
 * - each coder's continuum is a sequence of sections: coded spans with their category, and the
 *   gaps φ between them;
 * - coincidences l(c, k) sum, over every ordered pair of coders, the characters where one has a
 *   section of value c and the other of value k, divided by m − 1;
 * - expected coincidences e(c, k) = (l(c,·) l(·,k) − [c = k] Σ ℓ²) / (l(·,·) − Σ ℓ² / l(·,·)),
 *   the correction Σ ℓ² removing a section's pairing with itself (a gap counts as single
 *   characters, Σ ℓ, since any part of it can pair with any other);
 * - u-α = 1 − Σ_{c≠k} l / Σ_{c≠k} e over all values, gaps included: boundaries and categories;
 * - |u-α collapses every category into "coded": whether coders agree on what is relevant;
 * - cu-α keeps only coded × coded coincidences: the categories where coded sections overlap,
 *   each section's self-pair correction the square of its pairable length, the characters where
 *   other coders coded too, averaged over the m − 1 other coders (its own row total in those
 *   coincidences).
 *
 * The published model has one category per place for each coder; where a coder's spans of
 * different categories overlap, each span is still its own section.
 */

/** Value 0 is the gap φ; categories are numbered from 1 in order of first appearance. */
const GAP = 0;

interface Sections {
  coder: Int32Array;
  value: Int32Array;
  start: Float64Array;
  end: Float64Array;
  /**
   * The section's share of the coded × coded coincidences (for cu-α): the characters where
   * other coders coded too, each other coder's coded section counted, divided by m − 1.
   */
  pairable: Float64Array;
  count: number;
}

/** Each coder's sections: its spans (same-category overlaps merged) and the gaps no span covers. */
function sectionsOf(length: number, coders: readonly (readonly [number, number, string][])[], ids: ReadonlyMap<string, number>): Sections {
  const list: [coder: number, value: number, start: number, end: number][] = [];
  coders.forEach((spans, coder) => {
    const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const open = new Map<number, [number, number]>();
    let covered = 0;
    for (const [start, end, category] of sorted) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) {
        throw new RangeError(`unitizingAlphaFamily: coder ${coder}'s span [${start}, ${end}) is empty or outside a continuum of ${length}`);
      }
      const value = ids.get(category)!;
      if (start > covered) list.push([coder, GAP, covered, start]);
      covered = Math.max(covered, end);
      const cur = open.get(value);
      if (cur && start < cur[1]) cur[1] = Math.max(cur[1], end);
      else {
        if (cur) list.push([coder, value, cur[0], cur[1]]);
        open.set(value, [start, end]);
      }
    }
    for (const [value, [s, e]] of open) list.push([coder, value, s, e]);
    if (covered < length) list.push([coder, GAP, covered, length]);
  });
  const n = list.length;
  const out: Sections = {
    coder: new Int32Array(n), value: new Int32Array(n), start: new Float64Array(n), end: new Float64Array(n),
    pairable: new Float64Array(n), count: n,
  };
  list.forEach(([coder, value, start, end], i) => {
    out.coder[i] = coder;
    out.value[i] = value;
    out.start[i] = start;
    out.end[i] = end;
  });
  return out;
}

/**
 * Sweeps the continuum once, between consecutive section boundaries of all coders: in each
 * stretch every pair of coders' active sections coincide for its length. Also credits each coded
 * section with its share of the coded × coded coincidences (its pairable length).
 * Returns the coincidences l as a values × values matrix.
 */
function coincide(sec: Sections, m: number, V: number): Float64Array {
  const l = new Float64Array(V * V);
  // Event k < count opens section k, k ≥ count closes section k − count; closes sort first.
  const events = Array.from({ length: 2 * sec.count }, (_, k) => k);
  const pos = (k: number) => (k < sec.count ? sec.start[k]! : sec.end[k - sec.count]!);
  events.sort((a, b) => pos(a) - pos(b) || (b >= sec.count ? 1 : 0) - (a >= sec.count ? 1 : 0));
  const active: number[][] = Array.from({ length: m }, () => []);
  const codedActive = new Int32Array(m);
  const share = 1 / (m - 1);
  let at = 0;
  for (const k of events) {
    const p = pos(k);
    const d = p - at;
    if (d > 0) {
      let coded = 0;
      for (let a = 0; a < m; a++) coded += codedActive[a]!;
      for (let a = 0; a < m; a++) {
        const others = coded - codedActive[a]!;
        for (const g of active[a]!) {
          const vg = sec.value[g]!;
          if (vg !== GAP) sec.pairable[g]! += d * others * share;
          for (let b = 0; b < m; b++) {
            if (b === a) continue;
            for (const h of active[b]!) l[vg * V + sec.value[h]!]! += d * share;
          }
        }
      }
      at = p;
    }
    const s = k < sec.count ? k : k - sec.count;
    const coder = sec.coder[s]!;
    const list = active[coder]!;
    if (k < sec.count) {
      list.push(s);
      if (sec.value[s] !== GAP) codedActive[coder]! += 1;
    } else {
      list.splice(list.indexOf(s), 1);
      if (sec.value[s] !== GAP) codedActive[coder]! -= 1;
    }
  }
  return l;
}

/**
 * 1 − Σ_{c≠k} observed / Σ_{c≠k} expected over the values `use` of the coincidences `l`
 * (a V × V matrix), expected coincidences corrected by `correction[c]`.
 */
function alphaOf(l: Float64Array, V: number, use: readonly number[], correction: Float64Array): number | null {
  const rows = use.map((c) => use.reduce((s, k) => s + l[c * V + k]!, 0));
  const cols = use.map((k) => use.reduce((s, c) => s + l[c * V + k]!, 0));
  const total = rows.reduce((s, x) => s + x, 0);
  if (!(total > 0)) return null;
  const correctionTotal = use.reduce((s, c) => s + correction[c]!, 0);
  const denominator = total - correctionTotal / total;
  if (!(denominator > 0)) return null;
  let observed = 0;
  let expected = 0;
  use.forEach((c, i) => use.forEach((k, j) => {
    if (i === j) return;
    observed += l[c * V + k]!;
    expected += (rows[i]! * cols[j]!) / denominator;
  }));
  return expected > 0 ? 1 - observed / expected : null;
}

/** What the family is computed from; additive over the documents of a pooled continuum. */
export interface FamilyParts {
  /** Number of values: the gap (0) and the categories numbered from 1. */
  V: number;
  /** Coincidences, V × V. */
  l: Float64Array;
  /** Self-pair corrections per value: Σ ℓ² of coded sections, Σ ℓ of gaps. */
  correction: Float64Array;
  /** cu-α's corrections per value: Σ over coded sections of their pairable length squared. */
  codedCorrection: Float64Array;
}

/**
 * The family's parts for one continuum; `ids` numbers every category from 1. Documents pooled
 * into one continuum add their parts: no section crosses a document boundary except a gap, and
 * a gap's correction is linear in its length.
 */
export function familyParts(length: number, coders: readonly (readonly [number, number, string][])[], ids: ReadonlyMap<string, number>): FamilyParts {
  const sec = sectionsOf(length, coders, ids);
  const V = ids.size + 1;
  const l = coincide(sec, coders.length, V);
  const correction = new Float64Array(V);
  const codedCorrection = new Float64Array(V);
  for (let i = 0; i < sec.count; i++) {
    const len = sec.end[i]! - sec.start[i]!;
    const v = sec.value[i]!;
    correction[v]! += v === GAP ? len : len * len;
    if (v !== GAP) codedCorrection[v]! += sec.pairable[i]! * sec.pairable[i]!;
  }
  return { V, l, correction, codedCorrection };
}

export function addParts(into: FamilyParts, from: FamilyParts): void {
  for (let i = 0; i < into.l.length; i++) into.l[i]! += from.l[i]!;
  for (let v = 0; v < into.V; v++) {
    into.correction[v]! += from.correction[v]!;
    into.codedCorrection[v]! += from.codedCorrection[v]!;
  }
}

export function emptyParts(V: number): FamilyParts {
  return { V, l: new Float64Array(V * V), correction: new Float64Array(V), codedCorrection: new Float64Array(V) };
}

/**
 * |u-α from gap/coded coincidences (`l` as [φφ, φc, cφ, cc]) and the corrections of gaps (Σ ℓ)
 * and coded sections (Σ ℓ²).
 */
export function binaryUnitizingAlpha(l: Float64Array, gapCorrection: number, codedCorrection: number): number | null {
  return alphaOf(l, 2, [0, 1], new Float64Array([gapCorrection, codedCorrection]));
}

/** u-α, |u-α and cu-α from (pooled) parts; categories nobody used leave no trace. */
export function familyAlphas({ V, l, correction, codedCorrection }: FamilyParts): { uAlpha: number | null; binaryUAlpha: number | null; cuAlpha: number | null } {
  const used = Array.from({ length: V }, (_, v) => v).filter((v) => v === GAP || correction[v]! > 0);
  const coded = used.slice(1);
  const uAlpha = alphaOf(l, V, used, correction);
  // |u-α: the same coincidences and corrections with every category read as one "coded" value.
  const binary = new Float64Array(4);
  for (let c = 0; c < V; c++) for (let k = 0; k < V; k++) binary[(c === GAP ? 0 : 2) + (k === GAP ? 0 : 1)]! += l[c * V + k]!;
  const binaryUAlpha = coded.length > 0 ? binaryUnitizingAlpha(binary, correction[GAP]!, coded.reduce((sum, v) => sum + correction[v]!, 0)) : null;
  const cuAlpha = coded.length > 1 ? alphaOf(l, V, coded, codedCorrection) : null;
  return { uAlpha, binaryUAlpha, cuAlpha };
}

/**
 * u-α, |u-α and cu-α of coders' spans `[start, end, category]` over a continuum of `length`.
 * Null where a coefficient is undefined: no variation, or (cu-α) fewer than two categories
 * among overlapping coded sections.
 */
export function unitizingAlphaFamily(length: number, coders: [number, number, string][][]): { uAlpha: number | null; binaryUAlpha: number | null; cuAlpha: number | null } {
  if (!Number.isInteger(length) || length <= 0) throw new RangeError(`unitizingAlphaFamily: a continuum of length ${length}`);
  if (coders.length < 2) throw new RangeError(`unitizingAlphaFamily: ${coders.length} coder(s); at least two are needed`);
  const ids = new Map<string, number>();
  for (const spans of coders) for (const [, , category] of spans) if (!ids.has(category)) ids.set(category, ids.size + 1);
  return familyAlphas(familyParts(length, coders, ids));
}
