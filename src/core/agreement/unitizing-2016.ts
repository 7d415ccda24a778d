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
 *   its correction using the part of each section that overlaps another coder's coding.
 *
 * The published model has one category per place for each coder; where a coder's spans of
 * different categories overlap, each span is still its own section.
 */

const GAP = '\u0000gap';

interface Section {
  coder: number;
  value: string;
  start: number;
  end: number;
  /** Characters of the section that another coder also coded (for cu-α). */
  pairable: number;
}

/** Each coder's sections: its spans (same-category overlaps merged) and the gaps no span covers. */
function sectionsOf(length: number, coders: readonly (readonly [number, number, string][])[]): Section[] {
  const out: Section[] = [];
  coders.forEach((spans, coder) => {
    const byValue = new Map<string, [number, number][]>();
    for (const [start, end, value] of spans) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) {
        throw new RangeError(`unitizingAlphaFamily: coder ${coder}'s span [${start}, ${end}) is empty or outside a continuum of ${length}`);
      }
      const list = byValue.get(value);
      if (list) list.push([start, end]);
      else byValue.set(value, [[start, end]]);
    }
    const covered: [number, number][] = [];
    for (const [value, list] of byValue) {
      list.sort((a, b) => a[0] - b[0]);
      let cur: [number, number] | null = null;
      for (const [s, e] of list) {
        if (cur && s < cur[1]) cur[1] = Math.max(cur[1], e);
        else {
          if (cur) out.push({ coder, value, start: cur[0], end: cur[1], pairable: 0 });
          cur = [s, e];
        }
        covered.push([s, e]);
      }
      if (cur) out.push({ coder, value, start: cur[0], end: cur[1], pairable: 0 });
    }
    covered.sort((a, b) => a[0] - b[0]);
    let at = 0;
    for (const [s, e] of covered) {
      if (s > at) out.push({ coder, value: GAP, start: at, end: s, pairable: 0 });
      at = Math.max(at, e);
    }
    if (at < length) out.push({ coder, value: GAP, start: at, end: length, pairable: 0 });
  });
  return out;
}

type Matrix = Map<string, Map<string, number>>;

function addTo(matrix: Matrix, c: string, k: string, x: number): void {
  let row = matrix.get(c);
  if (!row) matrix.set(c, (row = new Map()));
  row.set(k, (row.get(k) ?? 0) + x);
}

/**
 * Sweeps the continuum once, between consecutive section boundaries of all coders: in each
 * stretch every pair of coders' active sections coincide for its length. Also credits each coded
 * section with the characters where another coder has a coded section (its pairable length).
 */
function coincide(sections: Section[], m: number): Matrix {
  const events: [number, number, Section][] = [];
  for (const s of sections) events.push([s.start, 1, s], [s.end, -1, s]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const active: Set<Section>[] = Array.from({ length: m }, () => new Set());
  const l: Matrix = new Map();
  let at = 0;
  for (let i = 0; i < events.length; ) {
    const pos = events[i]![0];
    const d = pos - at;
    if (d > 0) {
      const coded = active.map((set) => [...set].some((s) => s.value !== GAP));
      for (let a = 0; a < m; a++) {
        const codedByOthers = coded.some((x, b) => x && b !== a);
        for (const g of active[a]!) {
          if (g.value !== GAP && codedByOthers) g.pairable += d;
          for (let b = 0; b < m; b++) {
            if (b === a) continue;
            for (const h of active[b]!) addTo(l, g.value, h.value, d / (m - 1));
          }
        }
      }
    }
    at = pos;
    for (; i < events.length && events[i]![0] === pos; i++) {
      const [, kind, s] = events[i]!;
      if (kind < 0) active[s.coder]!.delete(s);
      else active[s.coder]!.add(s);
    }
  }
  return l;
}

/** 1 − Σ_{c≠k} observed / Σ_{c≠k} expected, with expected coincidences from `correction`. */
function alphaOf(l: Matrix, values: readonly string[], correction: ReadonlyMap<string, number>): number | null {
  const cell = (c: string, k: string) => l.get(c)?.get(k) ?? 0;
  const rows = new Map(values.map((c) => [c, values.reduce((s, k) => s + cell(c, k), 0)] as const));
  const cols = new Map(values.map((k) => [k, values.reduce((s, c) => s + cell(c, k), 0)] as const));
  const total = values.reduce((s, c) => s + rows.get(c)!, 0);
  if (!(total > 0)) return null;
  const correctionTotal = [...correction.values()].reduce((s, x) => s + x, 0);
  const denominator = total - correctionTotal / total;
  if (!(denominator > 0)) return null;
  let observed = 0;
  let expected = 0;
  for (const c of values) {
    for (const k of values) {
      if (c === k) continue;
      observed += cell(c, k);
      expected += (rows.get(c)! * cols.get(k)!) / denominator;
    }
  }
  return expected > 0 ? 1 - observed / expected : null;
}

/**
 * u-α, |u-α and cu-α of coders' spans `[start, end, category]` over a continuum of `length`.
 * Null where a coefficient is undefined: no variation, or (cu-α) fewer than two categories
 * among overlapping coded sections.
 */
export function unitizingAlphaFamily(length: number, coders: [number, number, string][][]): { uAlpha: number | null; binaryUAlpha: number | null; cuAlpha: number | null } {
  if (!Number.isInteger(length) || length <= 0) throw new RangeError(`unitizingAlphaFamily: a continuum of length ${length}`);
  if (coders.length < 2) throw new RangeError(`unitizingAlphaFamily: ${coders.length} coder(s); at least two are needed`);
  const m = coders.length;
  const sections = sectionsOf(length, coders);
  const l = coincide(sections, m);
  const values = [...new Set(sections.map((s) => s.value))];
  const coded = values.filter((v) => v !== GAP);

  const correction = new Map<string, number>();
  const codedCorrection = new Map<string, number>();
  for (const s of sections) {
    const len = s.end - s.start;
    correction.set(s.value, (correction.get(s.value) ?? 0) + (s.value === GAP ? len : len * len));
    if (s.value !== GAP) codedCorrection.set(s.value, (codedCorrection.get(s.value) ?? 0) + s.pairable * s.pairable);
  }
  const uAlpha = alphaOf(l, values, correction);

  // |u-α: the same coincidences and corrections with every category read as one "coded" value.
  const binary: Matrix = new Map();
  const binaryCorrection = new Map<string, number>();
  const collapse = (v: string) => (v === GAP ? GAP : 'coded');
  for (const [c, row] of l) for (const [k, x] of row) addTo(binary, collapse(c), collapse(k), x);
  for (const [v, x] of correction) binaryCorrection.set(collapse(v), (binaryCorrection.get(collapse(v)) ?? 0) + x);
  const binaryUAlpha = coded.length > 0 ? alphaOf(binary, [...new Set(values.map(collapse))], binaryCorrection) : null;

  const cuAlpha = coded.length > 1 ? alphaOf(l, coded, codedCorrection) : null;
  return { uAlpha, binaryUAlpha, cuAlpha };
}
