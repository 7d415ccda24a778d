import { assertCounts, assertRectangular, chanceCorrected } from './validate';

/**
 * Coefficients for any number of coders from the "Fleiss layout": one row per subject (unit),
 * one column per category, each cell how many coders put the subject in that category. A row may
 * have fewer ratings than another (a coder who did not code that unit): following Gwet (2014,
 * the irrCAC package), observed agreement is averaged over subjects with at least two ratings
 * and the category proportions over subjects with at least one. With every row rated by the
 * same number of coders this is exactly Fleiss (1971).
 */

/** A subject's category counts and how many identical subjects it stands for. */
export interface WeightedSubject {
  counts: readonly number[];
  weight: number;
}

interface Proportions {
  /** Observed agreement: the mean share of agreeing coder pairs per subject. */
  pa: number;
  /** Mean share of each category's ratings per subject. */
  pi: number[];
}

function proportions(subjects: readonly WeightedSubject[], q: number): Proportions | null {
  const pi = new Array<number>(q).fill(0);
  let rated = 0;
  let paired = 0;
  let agreement = 0;
  for (const { counts, weight } of subjects) {
    if (weight <= 0) continue;
    let r = 0;
    for (let k = 0; k < q; k++) r += counts[k]!;
    if (r === 0) continue;
    rated += weight;
    for (let k = 0; k < q; k++) pi[k]! += (weight * counts[k]!) / r;
    if (r < 2) continue;
    let pairs = 0;
    for (let k = 0; k < q; k++) pairs += counts[k]! * (counts[k]! - 1);
    agreement += (weight * pairs) / (r * (r - 1));
    paired += weight;
  }
  if (paired === 0) return null;
  for (let k = 0; k < q; k++) pi[k]! /= rated;
  return { pa: agreement / paired, pi };
}

/** Fleiss' kappa over weighted subjects: chance agreement Σ πk². */
export function weightedFleiss(subjects: readonly WeightedSubject[], q: number): number | null {
  const p = proportions(subjects, q);
  if (!p) return null;
  let pe = 0;
  for (const x of p.pi) pe += x * x;
  return chanceCorrected(p.pa, pe);
}

/** Gwet's AC1 over weighted subjects: chance agreement Σ πk(1 − πk) / (q − 1). */
export function weightedGwetAC1(subjects: readonly WeightedSubject[], q: number): number | null {
  if (q < 2) return null;
  const p = proportions(subjects, q);
  if (!p) return null;
  let spread = 0;
  for (const x of p.pi) spread += x * (1 - x);
  return chanceCorrected(p.pa, spread / (q - 1));
}

function subjectsOf(counts: readonly (readonly number[])[], what: string): WeightedSubject[] {
  assertRectangular(counts, what);
  assertCounts(counts, what);
  return counts.map((row) => ({ counts: row, weight: 1 }));
}

/** Fleiss' (1971) kappa: subjects × categories, each cell how many coders chose that category. */
export function fleissKappa(counts: number[][]): number | null {
  return weightedFleiss(subjectsOf(counts, 'fleissKappa'), counts[0]?.length ?? 0);
}

/** Gwet's (2008) AC1 for any number of coders, in the same layout as `fleissKappa`. */
export function gwetAC1Multi(counts: number[][]): number | null {
  return weightedGwetAC1(subjectsOf(counts, 'gwetAC1Multi'), counts[0]?.length ?? 0);
}
