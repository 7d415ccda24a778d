import { alphaFromCoincidences } from './krippendorff-alpha';
import { weightedFleiss, weightedGwetAC1, type WeightedSubject } from './multi-coder';
import { cohenKappa, gwetAC1, scottPi } from './two-coder';

/**
 * Binary unit × coder data (coded with a code or not) kept as a histogram of patterns: for each
 * combination of "which coders have data here" and "which of them coded it", how many units
 * (characters, turns, documents) show it. A document of 100,000 characters has a few hundred
 * distinct runs, so every coefficient is computed from the histogram, never per character, and
 * pooling documents or codes is adding histograms.
 */

/** Coders as bits of a mask: present and coded masks of up to 26 coders fit one safe integer key. */
export const MAX_CODERS = 26;

export class UnitTally {
  private readonly weights = new Map<number, number>();

  constructor(readonly coders: number) {
    if (!Number.isInteger(coders) || coders < 2 || coders > MAX_CODERS) throw new RangeError(`agreement needs 2 to ${MAX_CODERS} coders, not ${coders}`);
  }

  /** Adds `weight` units where the coders in `present` have data and those in `coded` coded them. */
  add(present: number, coded: number, weight: number): void {
    if (weight <= 0) return;
    const key = present * 2 ** this.coders + (coded & present);
    this.weights.set(key, (this.weights.get(key) ?? 0) + weight);
  }

  addAll(other: UnitTally): void {
    for (const [present, coded, weight] of other.entries()) this.add(present, coded, weight);
  }

  *entries(): Generator<[present: number, coded: number, weight: number]> {
    const shift = 2 ** this.coders;
    for (const [key, weight] of this.weights) yield [Math.floor(key / shift), key % shift, weight];
  }
}

export function popcount(mask: number): number {
  let n = 0;
  for (let x = mask; x > 0; x = Math.floor(x / 2)) n += x % 2;
  return n;
}

export interface BinaryStats {
  /** Units counted (characters, turns or documents), with or without data from every coder. */
  units: number;
  /** Share of the coders' ratings that are "coded": how common the code is. */
  prevalence: number | null;
  /** Share of pairable units on which every coder with data agrees. */
  percentAgreement: number | null;
  /** The same over units at least one coder coded: uncoded text cannot pass for agreement here. */
  codedAgreement: number | null;
  cohenKappa: number | null;
  scottPi: number | null;
  gwetAC1: number | null;
  fleissKappa: number | null;
  gwetAC1Multi: number | null;
  krippendorffAlpha: number | null;
}

/** Every coefficient of a tally; the two-coder ones only when it has exactly two coders. */
export function binaryStats(tally: UnitTally): BinaryStats {
  let units = 0;
  let ratings = 0;
  let codedRatings = 0;
  let pairable = 0;
  let agreeing = 0;
  let codedUnits = 0;
  let codedAgreeing = 0;
  const table = [[0, 0], [0, 0]];
  const subjects: WeightedSubject[] = [];
  const o = [[0, 0], [0, 0]];
  for (const [present, coded, w] of tally.entries()) {
    units += w;
    const r = popcount(present);
    const yes = popcount(coded);
    const no = r - yes;
    ratings += w * r;
    codedRatings += w * yes;
    subjects.push({ counts: [yes, no], weight: w });
    if (r < 2) continue;
    pairable += w;
    const all = yes === r || yes === 0;
    if (all) agreeing += w;
    if (yes > 0) {
      codedUnits += w;
      if (yes === r) codedAgreeing += w;
    }
    o[1]![1]! += (w * yes * (yes - 1)) / (r - 1);
    o[0]![0]! += (w * no * (no - 1)) / (r - 1);
    o[0]![1]! += (w * yes * no) / (r - 1);
    o[1]![0]! += (w * yes * no) / (r - 1);
    if (tally.coders === 2) table[coded & 1 ? 0 : 1]![coded & 2 ? 0 : 1]! += w;
  }
  const two = tally.coders === 2 && pairable > 0;
  return {
    units,
    prevalence: ratings > 0 ? codedRatings / ratings : null,
    percentAgreement: pairable > 0 ? agreeing / pairable : null,
    codedAgreement: codedUnits > 0 ? codedAgreeing / codedUnits : null,
    cohenKappa: two ? cohenKappa(table) : null,
    scottPi: two ? scottPi(table) : null,
    gwetAC1: two ? gwetAC1(table) : null,
    fleissKappa: weightedFleiss(subjects, 2),
    gwetAC1Multi: weightedGwetAC1(subjects, 2),
    krippendorffAlpha: alphaFromCoincidences({ values: [0, 1], o }, 'nominal'),
  };
}
