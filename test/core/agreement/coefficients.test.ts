import { describe, expect, it } from 'vitest';
import { cohenKappa, fleissKappa, gwetAC1, gwetAC1Multi, percentAgreement, scottPi } from '../../../src/core/agreement';

describe('two-coder coefficients', () => {
  // Cohen (1960), "A coefficient of agreement for nominal scales", Table 1: proportions of 200
  // cases, judge A's categories as rows; po = .70, pc = .41, kappa = .29/.59 = .492.
  const cohen1960 = [
    [88, 14, 18],
    [10, 40, 10],
    [2, 6, 12],
  ];

  it('reproduces Cohen (1960): po .70, pc .41, kappa .492', () => {
    expect(percentAgreement(cohen1960)).toBeCloseTo(0.7, 10);
    expect(cohenKappa(cohen1960)).toBeCloseTo(0.29 / 0.59, 10);
    expect(cohenKappa(cohen1960)!.toFixed(3)).toBe('0.492');
  });

  // Gwet (2014), Handbook of Inter-Rater Reliability, via his irrCAC package's README: the
  // cont3x3abstractors table (two abstractors, 100 pregnancies) gives kappa 0.7964094,
  // Scott's pi 0.7962397, AC1 0.8493305 (Gwet 2008's formula) and percent agreement 0.89.
  const abstractors = [
    [13, 0, 0],
    [0, 20, 7],
    [0, 4, 56],
  ];

  it("reproduces Gwet's cont3x3abstractors: kappa, Scott's pi and AC1 (Gwet 2008)", () => {
    expect(percentAgreement(abstractors)).toBeCloseTo(0.89, 10);
    expect(cohenKappa(abstractors)).toBeCloseTo(0.7964094, 7);
    expect(scottPi(abstractors)).toBeCloseTo(0.7962397, 7);
    expect(gwetAC1(abstractors)).toBeCloseTo(0.8493305, 7);
  });

  it('Scott (1955): pi uses the pooled margins, so it differs from kappa when the coders\u2019 margins differ', () => {
    // Pooled proportions of the Cohen (1960) table: (.60+.50)/2, (.30+.30)/2, (.10+.20)/2.
    const pe = 0.55 ** 2 + 0.3 ** 2 + 0.15 ** 2;
    expect(scottPi(cohen1960)).toBeCloseTo((0.7 - pe) / (1 - pe), 10);
  });

  it('returns null, not 0 or 1, where chance agreement is total (every unit in one category)', () => {
    expect(cohenKappa([[0, 0], [0, 50]])).toBeNull();
    expect(scottPi([[0, 0], [0, 50]])).toBeNull();
    expect(cohenKappa([[0, 0], [0, 0]])).toBeNull();
    expect(percentAgreement([[0, 0], [0, 0]])).toBeNull();
    // AC1's chance term is 0 there, so AC1 is defined and equals the observed agreement.
    expect(gwetAC1([[0, 0], [0, 50]])).toBe(1);
    expect(gwetAC1([[5]])).toBeNull();
  });

  it('shows the kappa paradox AC1 was made for: high agreement on a rare category', () => {
    const rare = [[1, 4], [4, 191]];
    expect(percentAgreement(rare)).toBeCloseTo(0.96, 10);
    expect(cohenKappa(rare)!).toBeLessThan(0.2);
    expect(gwetAC1(rare)!).toBeGreaterThan(0.95);
  });

  it('rejects a table that is not square or holds a negative count, naming the cell', () => {
    expect(() => cohenKappa([[1, 2, 3], [4, 5, 6]])).toThrow(/square/);
    expect(() => scottPi([[1, -2], [3, 4]])).toThrow(/\[0\]\[1\]/);
    expect(() => gwetAC1([[1, Number.NaN], [3, 4]])).toThrow(RangeError);
  });
});

describe('coefficients for any number of coders (Fleiss layout)', () => {
  // Fleiss (1971), "Measuring nominal scale agreement among many raters", worked example as
  // given in the Wikipedia article "Fleiss' kappa": 10 subjects, 14 raters, 5 categories;
  // P̄ = 0.378, P̄e = 0.213, kappa = 0.210.
  const fleissWiki = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];

  it("reproduces the 14-rater worked example of Fleiss' kappa: 0.210", () => {
    expect(fleissKappa(fleissWiki)!.toFixed(3)).toBe('0.210');
  });

  // Fleiss (1971) Table 1, first 15 patients (6 psychiatrists, 5 diagnoses), as Gwet's irrCAC
  // package ships them (distrib.6raters): Fleiss' kappa 0.4139265, AC1 0.4448007.
  const fleiss1971 = [
    [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
    [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
    [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
  ];

  it('reproduces Fleiss (1971) psychiatric diagnoses (15 patients) as irrCAC computes them', () => {
    expect(fleissKappa(fleiss1971)).toBeCloseTo(0.4139265, 7);
    expect(gwetAC1Multi(fleiss1971)).toBeCloseTo(0.4448007, 7);
  });

  // Krippendorff's (2011) reliability data with missing values (4 coders, 12 units), in irrCAC
  // as cac.raw4raters; Gwet's generalisation to subjects rated by different numbers of coders
  // gives Fleiss' kappa 0.76117 (pa 0.8181818, pe 0.2387153) and AC1 0.77544.
  const withMissing = [
    [3, 0, 0, 0, 0], [0, 3, 1, 0, 0], [0, 0, 4, 0, 0], [0, 0, 4, 0, 0], [0, 4, 0, 0, 0], [1, 1, 1, 1, 0],
    [0, 0, 0, 4, 0], [3, 1, 0, 0, 0], [0, 4, 0, 0, 0], [0, 0, 0, 0, 3], [2, 0, 0, 0, 0], [0, 0, 1, 0, 0],
  ];

  it('handles subjects rated by different numbers of coders as Gwet (2014) does', () => {
    expect(fleissKappa(withMissing)).toBeCloseTo(0.76117, 5);
    expect(gwetAC1Multi(withMissing)).toBeCloseTo(0.77544, 5);
  });

  it('returns null where no subject has two ratings or the ratings never vary', () => {
    expect(fleissKappa([[1, 0], [0, 1]])).toBeNull();
    expect(fleissKappa([[0, 3], [0, 3]])).toBeNull();
    expect(gwetAC1Multi([[0, 3], [0, 3]])).toBe(1);
    expect(fleissKappa([])).toBeNull();
  });

  it('rejects ragged rows', () => {
    expect(() => fleissKappa([[1, 2], [3]])).toThrow(/row 1/);
  });
});
