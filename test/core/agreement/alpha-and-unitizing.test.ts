import { describe, expect, it } from 'vitest';
import { characterAgreement, cohenKappa, krippendorffAlpha, unitizingAlpha, unitizingAlphaFamily } from '../../../src/core/agreement';

describe("Krippendorff's alpha", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section E: 4 observers,
  // 12 units, missing values (the data R's irr documents as "the C data from Krippendorff").
  // Published: nominal .743, ordinal .815, interval .849, ratio .797.
  const data = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];

  it('reproduces Krippendorff (2011) at every level of measurement', () => {
    expect(krippendorffAlpha(data, 'nominal')!.toFixed(3)).toBe('0.743');
    expect(krippendorffAlpha(data, 'ordinal')!.toFixed(3)).toBe('0.815');
    expect(krippendorffAlpha(data, 'interval')!.toFixed(3)).toBe('0.849');
    expect(krippendorffAlpha(data, 'ratio')!.toFixed(3)).toBe('0.797');
  });

  it('takes category names for nominal data', () => {
    const names = data.map((row) => row.map((v) => (v === null ? null : `c${v}`)));
    expect(krippendorffAlpha(names, 'nominal')).toBeCloseTo(krippendorffAlpha(data, 'nominal')!, 12);
    expect(() => krippendorffAlpha(names, 'interval')).toThrow(/finite numbers/);
  });

  it('is null when nothing is pairable or nothing varies', () => {
    expect(krippendorffAlpha([[1, null], [null, 2]], 'nominal')).toBeNull();
    expect(krippendorffAlpha([[1, 1, 1], [1, 1, 1]], 'nominal')).toBeNull();
    expect(krippendorffAlpha([], 'nominal')).toBeNull();
  });

  it("equals Scott's pi corrected for sample size with two coders and no missing data (Krippendorff 2011)", () => {
    const a = [0, 1, 1, 0, 1, 1, 0, 0, 1, 1];
    const b = [0, 1, 0, 0, 1, 1, 1, 0, 1, 1];
    const n = 2 * a.length;
    const pi = (() => {
      const p1 = (a.filter((x) => x === 1).length + b.filter((x) => x === 1).length) / n;
      const pe = p1 * p1 + (1 - p1) * (1 - p1);
      const po = a.filter((x, i) => x === b[i]).length / a.length;
      return { po, pe };
    })();
    // α = 1 − (n − 1)(1 − po) / (n(1 − pe)) (Krippendorff 2011, two coders, binary data).
    const expected = 1 - ((n - 1) * (1 - pi.po)) / (n * (1 - pi.pe));
    expect(krippendorffAlpha([a, b], 'nominal')).toBeCloseTo(expected, 12);
  });
});

describe('character agreement (NVivo coding comparison)', () => {
  // NVivo documentation, "How is the percentage agreement calculated?": a 1,000-character
  // document, 50 characters coded by both users, 150 by only one, 800 by neither: 85%.
  it('reproduces the NVivo documentation example: 85%', () => {
    const a: [number, number][] = [[0, 150]];
    const b: [number, number][] = [[100, 200]];
    const { agreement, kappa } = characterAgreement(1000, a, b);
    expect(agreement).toBeCloseTo(0.85, 12);
    // NVivo's kappa: ΣEF = (150·100 + 850·900) / 1000 = 780, K = (850 − 780) / (1000 − 780).
    expect(kappa).toBeCloseTo(70 / 220, 12);
    expect(kappa).toBeCloseTo(cohenKappa([[50, 100], [50, 800]])!, 12);
  });

  it("counts a coder's overlapping spans once", () => {
    const once = characterAgreement(100, [[10, 30]], [[10, 30]]);
    const twice = characterAgreement(100, [[10, 20], [15, 30], [10, 30]], [[10, 30]]);
    expect(twice).toEqual(once);
    expect(once).toEqual({ agreement: 1, kappa: 1 });
  });

  it('leaves kappa undefined where neither coder coded anything (NVivo prints 1 there)', () => {
    expect(characterAgreement(500, [], [])).toEqual({ agreement: 1, kappa: null });
    expect(characterAgreement(500, [[0, 500]], [[0, 500]])).toEqual({ agreement: 1, kappa: null });
  });

  it('rejects spans outside the text and an empty text', () => {
    expect(() => characterAgreement(10, [[5, 11]], [])).toThrow(/not inside a text of 10/);
    expect(() => characterAgreement(0, [], [])).toThrow(RangeError);
  });
});

describe("Krippendorff's (2004) unitizing alpha", () => {
  // Krippendorff (2004), Content Analysis 2nd ed., p. 254: a continuum from 150 of length 300,
  // two coders, categories c and k. DKPro Statistics' Krippendorff2004Test checks the same
  // example: Do(c) .0144, De(c) .0532, α(c) .7286; α(k) 1; overall .8591.
  const units = [
    { coder: 0, category: 'c', begin: 225, length: 70 },
    { coder: 0, category: 'c', begin: 370, length: 30 },
    { coder: 1, category: 'c', begin: 220, length: 80 },
    { coder: 1, category: 'c', begin: 355, length: 20 },
    { coder: 1, category: 'c', begin: 400, length: 20 },
    { coder: 0, category: 'k', begin: 180, length: 60 },
    { coder: 0, category: 'k', begin: 300, length: 50 },
    { coder: 1, category: 'k', begin: 180, length: 60 },
    { coder: 1, category: 'k', begin: 300, length: 50 },
  ];

  it('reproduces the worked example of Krippendorff (2004, p. 254)', () => {
    const { byCategory, overall } = unitizingAlpha({ begin: 150, length: 300 }, units);
    expect(byCategory.c).toBeCloseTo(0.7286, 4);
    expect(byCategory.k).toBeCloseTo(1, 10);
    // The book works with Do and De rounded to four places: 1 − (.0144 + 0) / (.0532 + .0490)
    // = .8591; unrounded the same formula gives .8587 (DKPro allows ±.0005 for this reason).
    expect(Math.abs(overall! - 0.8591)).toBeLessThan(0.0005);
  });

  it('does not depend on which coder is numbered first', () => {
    const swapped = units.map((u) => ({ ...u, coder: 1 - u.coder }));
    expect(unitizingAlpha({ begin: 150, length: 300 }, swapped)).toEqual(unitizingAlpha({ begin: 150, length: 300 }, units));
  });

  it('is 1 for identical unitizing, and null overall when nobody coded anything', () => {
    const same = [0, 1].flatMap((coder) => [{ coder, category: 'x', begin: 10, length: 5 }, { coder, category: 'x', begin: 40, length: 20 }]);
    expect(unitizingAlpha({ begin: 0, length: 100 }, same).byCategory.x).toBe(1);
    expect(unitizingAlpha({ begin: 0, length: 100 }, [])).toEqual({ byCategory: {}, overall: null });
  });

  it('treats a coder named nowhere as having coded nothing', () => {
    const one = unitizingAlpha({ begin: 0, length: 100 }, [{ coder: 3, category: 'x', begin: 10, length: 20 }]);
    expect(one.byCategory.x!).toBeLessThan(0);
  });

  it('rejects a unit outside the continuum', () => {
    expect(() => unitizingAlpha({ begin: 0, length: 10 }, [{ coder: 0, category: 'x', begin: 5, length: 6 }])).toThrow(/outside the continuum/);
  });
});

describe('the unitizing alpha family (Krippendorff, Mathet, Bouvry & Widlöcher 2016)', () => {
  // Krippendorff (2019), Content Analysis 4th ed., §12.6, Figure 12.11 (p. 340), the family of
  // the 2016 paper worked for three observers (Alex, Paul, Suzan) on a continuum of 60; the
  // sections as the quallmer R package's test transcribes them (1-based inclusive there).
  // Published: u-α .510, |u-α .413, cu-α .724.
  const alex: [number, number, string][] = [[0, 7, '1'], [7, 13, '2'], [30, 32, '5'], [32, 37, '6'], [37, 44, '6'], [44, 60, '7']];
  const paul: [number, number, string][] = [[0, 7, '1'], [7, 13, '3'], [13, 21, '5'], [32, 44, '6']];
  const suzan: [number, number, string][] = [[0, 7, '1'], [7, 13, '4'], [13, 21, '5'], [32, 37, '6'], [37, 41, '6'], [41, 44, '6']];

  it('reproduces the worked example of Krippendorff (2019, Figure 12.11)', () => {
    const r = unitizingAlphaFamily(60, [alex, paul, suzan]);
    expect(r.uAlpha!.toFixed(3)).toBe('0.510');
    // .4136 unrounded; the book's .413 comes from rounded intermediate sums.
    expect(Math.abs(r.binaryUAlpha! - 0.413)).toBeLessThan(0.001);
    expect(r.cuAlpha!.toFixed(3)).toBe('0.724');
  });

  it('does not depend on the order of the coders', () => {
    const a = unitizingAlphaFamily(60, [alex, paul, suzan]);
    const b = unitizingAlphaFamily(60, [suzan, alex, paul]);
    for (const key of ['uAlpha', 'binaryUAlpha', 'cuAlpha'] as const) expect(b[key]).toBeCloseTo(a[key]!, 12);
  });

  it('is 1 throughout when the coders agree exactly', () => {
    const spans: [number, number, string][] = [[0, 10, 'a'], [20, 30, 'b'], [50, 60, 'a']];
    expect(unitizingAlphaFamily(100, [spans, spans])).toEqual({ uAlpha: 1, binaryUAlpha: 1, cuAlpha: 1 });
  });

  it('with one category, u-α and |u-α coincide and cu-α is undefined', () => {
    const r = unitizingAlphaFamily(100, [[[10, 30, 'a']], [[15, 35, 'a']]]);
    expect(r.uAlpha).toBeCloseTo(r.binaryUAlpha!, 12);
    expect(r.cuAlpha).toBeNull();
  });

  it('agrees on where but not on what: |u-α is 1 while cu-α and u-α fall', () => {
    const r = unitizingAlphaFamily(100, [[[0, 20, 'a'], [50, 70, 'b']], [[0, 20, 'b'], [50, 70, 'a']]]);
    expect(r.binaryUAlpha).toBe(1);
    expect(r.cuAlpha!).toBeLessThan(0);
    expect(r.uAlpha!).toBeLessThan(1);
  });

  it('works a small case by hand (coincidences, self-pair corrections, expected coincidences)', () => {
    // Length 10; coder 0 codes [0, 4) a, coder 1 codes [2, 6) a. Sections: coder 0 a(4) φ(6),
    // coder 1 φ(2) a(4) φ(4). With m = 2: l(a,a) = 2·2 = 4, l(a,φ) = l(φ,a) = 2·2 = 4,
    // l(φ,φ) = 2·4 = 8, l·· = 20. Corrections: a: 4² + 4² = 32; φ: 6 + 2 + 4 = 12.
    // Denominator 20 − 44/20 = 17.8; e(a,φ) = e(φ,a) = 8·12/17.8.
    // u-α = 1 − 8 / (2·96/17.8).
    const r = unitizingAlphaFamily(10, [[[0, 4, 'a']], [[2, 6, 'a']]]);
    expect(r.uAlpha).toBeCloseTo(1 - 8 / ((2 * 96) / 17.8), 12);
  });

  it('rejects fewer than two coders and spans outside the continuum', () => {
    expect(() => unitizingAlphaFamily(10, [[[0, 5, 'a']]])).toThrow(/at least two/);
    expect(() => unitizingAlphaFamily(10, [[[0, 11, 'a']], []])).toThrow(/outside/);
  });
});
