/**
 * Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
 * α = 1 − Do/De from the coincidence matrix of values coders assigned to the same unit. Each
 * unit with m ≥ 2 values contributes its m(m − 1) ordered pairs of values, each weighted
 * 1/(m − 1); units with fewer than two values are not pairable and are left out.
 */

export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export type AlphaValue = number | string;

/** A coincidence matrix over `values` (sorted when they are numbers): o[c][k]. */
export interface Coincidences {
  values: AlphaValue[];
  o: number[][];
}

/** Coincidences of a coders × units matrix, `null` for a missing value. */
export function coincidences(data: readonly (readonly (AlphaValue | null)[])[]): Coincidences {
  const units = data.reduce((w, row) => Math.max(w, row.length), 0);
  const distinct = new Set<AlphaValue>();
  for (const row of data) for (const v of row) if (v !== null && v !== undefined) distinct.add(v);
  const values = [...distinct].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))));
  const index = new Map(values.map((v, i) => [v, i] as const));
  const o = values.map(() => new Array<number>(values.length).fill(0));
  const inUnit = new Array<number>(values.length).fill(0);
  for (let u = 0; u < units; u++) {
    inUnit.fill(0);
    let m = 0;
    for (const row of data) {
      const v = row[u];
      if (v === null || v === undefined) continue;
      inUnit[index.get(v)!]! += 1;
      m++;
    }
    if (m < 2) continue;
    for (let c = 0; c < values.length; c++) {
      const nc = inUnit[c]!;
      if (nc === 0) continue;
      for (let k = 0; k < values.length; k++) {
        const nk = inUnit[k]!;
        if (nk === 0) continue;
        o[c]![k]! += (c === k ? nc * (nc - 1) : nc * nk) / (m - 1);
      }
    }
  }
  return { values, o };
}

/**
 * The squared difference δ²(c, k) of a level of measurement. Ordinal differences depend on how
 * often the values between c and k were used (the margins nc), so they take them.
 */
function differences(values: readonly AlphaValue[], level: MeasurementLevel, margins: readonly number[]): number[][] {
  const q = values.length;
  const d = values.map(() => new Array<number>(q).fill(0));
  if (level !== 'nominal') {
    const bad = values.find((v) => typeof v !== 'number' || !Number.isFinite(v));
    if (bad !== undefined) throw new RangeError(`krippendorffAlpha: ${level} data must be finite numbers; got ${JSON.stringify(bad)}`);
    if (level === 'ratio' && (values as number[]).some((v) => v < 0)) throw new RangeError('krippendorffAlpha: ratio data cannot be negative');
  }
  const num = values as number[];
  for (let c = 0; c < q; c++) {
    let between = 0;
    for (let k = c; k < q; k++) {
      between += margins[k]!;
      let delta: number;
      if (c === k) delta = 0;
      else if (level === 'nominal') delta = 1;
      else if (level === 'ordinal') delta = (between - (margins[c]! + margins[k]!) / 2) ** 2;
      else if (level === 'interval') delta = (num[c]! - num[k]!) ** 2;
      else delta = num[c]! + num[k]! === 0 ? 0 : ((num[c]! - num[k]!) / (num[c]! + num[k]!)) ** 2;
      d[c]![k] = delta;
      d[k]![c] = delta;
    }
  }
  return d;
}

/** α from a coincidence matrix; null when nothing is pairable or the values do not vary (De = 0). */
export function alphaFromCoincidences({ values, o }: Coincidences, level: MeasurementLevel): number | null {
  const margins = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = margins.reduce((s, x) => s + x, 0);
  if (!(n > 1)) return null;
  const d = differences(values, level, margins);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      observed += o[c]![k]! * d[c]![k]!;
      expected += margins[c]! * margins[k]! * d[c]![k]!;
    }
  }
  if (!(expected > 0)) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/**
 * Krippendorff's alpha of `data`: rows are coders, columns units, `null` a missing value.
 * Ordinal, interval and ratio data must be numbers (ratio ones not negative).
 */
export function krippendorffAlpha(data: (number | string | null)[][], level: MeasurementLevel): number | null {
  return alphaFromCoincidences(coincidences(data), level);
}
