import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterAgreement, cohenKappa, compareSpans, computeAgreement, describeDiagnostic, krippendorffAlpha, unitizingAlpha, unitizingAlphaFamily, unitRows, type AgreementCoding, type AgreementRequest } from '../../../src/core/agreement';

const turns = [
  { start: 0, end: 40, speaker: 'I' },
  { start: 42, end: 100, speaker: 'P' },
  { start: 102, end: 200, speaker: 'I' },
];

const coding = (coderId: string, documentId: string, codeId: string, start: number, end: number): AgreementCoding => ({ coderId, documentId, codeId, start, end });

const request = (unit: AgreementRequest['unit'], codings: AgreementCoding[], extra: Partial<AgreementRequest> = {}): AgreementRequest => ({
  coderIds: ['ann', 'bob'],
  documents: [{ id: 'd1', length: 200, turns }, { id: 'd2', length: 100, turns: [] }],
  codeIds: ['trust', 'cost'],
  codings,
  unit,
  ...extra,
});

const codings = [
  coding('ann', 'd1', 'trust', 10, 30),
  coding('bob', 'd1', 'trust', 20, 35),
  coding('ann', 'd1', 'cost', 50, 60),
  coding('bob', 'd1', 'cost', 110, 120),
  coding('ann', 'd2', 'trust', 0, 50),
  coding('bob', 'd2', 'trust', 0, 50),
];

describe('unit rows', () => {
  it('cuts characters into runs at every span boundary, overlaps of one coder counted once', () => {
    expect(unitRows('character', 50, [], [[[10, 30], [20, 25]], [[20, 35]]])).toEqual([
      { start: 0, end: 10, weight: 10, coded: 0 },
      { start: 10, end: 20, weight: 10, coded: 1 },
      { start: 20, end: 30, weight: 10, coded: 3 },
      { start: 30, end: 35, weight: 5, coded: 2 },
      { start: 35, end: 50, weight: 15, coded: 0 },
    ]);
  });

  it('codes a turn when any part of it is coded, and a whole document when the code is in it', () => {
    expect(unitRows('turn', 200, turns, [[[38, 45]], [[150, 151]]]).map((r) => r.coded)).toEqual([1, 1, 2]);
    expect(unitRows('turn', 200, [], [[[38, 45]], []]).map((r) => [r.start, r.end, r.coded])).toEqual([[0, 200, 1]]);
    expect(unitRows('document', 200, turns, [[], [[5, 6]]])).toEqual([{ start: 0, end: 200, weight: 1, coded: 2 }]);
  });
});

describe('the agreement table', () => {
  it('gives per code × document the figures NVivo gives for the character unit', () => {
    const result = computeAgreement(request('character', codings));
    const row = result.rows.find((r) => r.scope === 'code-document' && r.codeId === 'trust' && r.documentId === 'd1')!;
    const nvivo = characterAgreement(200, [[10, 30]], [[20, 35]]);
    expect(row.units).toBe(200);
    expect(row.percentAgreement).toBeCloseTo(nvivo.agreement, 12);
    expect(row.cohenKappa).toBeCloseTo(nvivo.kappa!, 12);
    // Over the text at least one coder coded (10–35): they agree on 20–30 only.
    expect(row.codedAgreement).toBeCloseTo(10 / 25, 12);
    expect(row.unitizingAlpha).not.toBeNull();
    expect(row.binaryUAlpha).not.toBeNull();
  });

  it('pools documents per code and everything overall by adding the units', () => {
    const result = computeAgreement(request('character', codings));
    const trust = result.rows.find((r) => r.scope === 'code' && r.codeId === 'trust')!;
    // d1: both 20–30 (10), ann only 10–20 (10), bob only 30–35 (5), neither 175; d2: both 50, neither 50.
    expect(trust.units).toBe(300);
    expect(trust.cohenKappa).toBeCloseTo(cohenKappa([[60, 10], [5, 225]])!, 12);
    const overall = result.rows.find((r) => r.scope === 'overall')!;
    expect(overall.units).toBe(600);
    expect(overall.uAlpha).not.toBeNull();
    expect(overall.cuAlpha).toBeNull();
  });

  it('matches krippendorffAlpha on the same unit × coder data for turns', () => {
    const result = computeAgreement(request('turn', codings));
    const cost = result.rows.find((r) => r.scope === 'code-document' && r.codeId === 'cost' && r.documentId === 'd1')!;
    // Turns: ann codes turn 2 (50–60), bob turn 3 (110–120).
    expect(cost.krippendorffAlpha).toBeCloseTo(krippendorffAlpha([[0, 1, 0], [0, 0, 1]], 'nominal')!, 12);
    expect(cost.percentAgreement).toBeCloseTo(1 / 3, 12);
    expect(cost.unitizingAlpha).toBeNull();
  });

  it('says undefined (null) for a code nobody used, instead of 0 or 1', () => {
    const result = computeAgreement(request('document', codings));
    const costD2 = result.rows.find((r) => r.scope === 'code-document' && r.codeId === 'cost' && r.documentId === 'd2')!;
    expect(costD2.percentAgreement).toBe(1);
    expect(costD2.cohenKappa).toBeNull();
    expect(costD2.krippendorffAlpha).toBeNull();
  });

  it('diagnoses a rare code, a coder who coded nothing in a document, and a document never opened', () => {
    const onlyAnn = [coding('ann', 'd2', 'cost', 0, 2), ...codings.filter((c) => c.documentId === 'd1')];
    const result = computeAgreement(request('character', onlyAnn, { missing: [{ coderId: 'bob', documentId: 'd2' }] }));
    expect(result.diagnostics).toContainEqual({ kind: 'not-opened', coderId: 'bob', documentId: 'd2' });
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ kind: 'rare-code', codeId: 'cost' }));
    const blank = computeAgreement(request('character', codings.filter((c) => !(c.coderId === 'bob' && c.documentId === 'd2'))));
    expect(blank.diagnostics).toContainEqual({ kind: 'coded-nothing', coderId: 'bob', documentId: 'd2' });
    // A document never opened is missing data: its units do not count as agreement on "not coded".
    const costD2 = result.rows.find((r) => r.scope === 'code-document' && r.codeId === 'cost' && r.documentId === 'd2')!;
    expect(costD2.percentAgreement).toBeNull();
    expect(costD2.unitizingAlpha).toBeNull();
  });

  it('says each diagnostic in a sentence with the names', () => {
    const names = { coder: (id: string) => ({ ann: 'Ann', bob: 'Bob' })[id] ?? id, code: (id: string) => `“${id}”`, document: (id: string) => `Interview ${id}` };
    expect(describeDiagnostic({ kind: 'not-opened', coderId: 'bob', documentId: 'd2' }, names)).toBe('Bob never opened Interview d2: it counts as missing data for them, not as text they left uncoded.');
    expect(describeDiagnostic({ kind: 'coded-nothing', coderId: 'ann', documentId: 'd1' }, names)).toMatch(/^Ann coded nothing in Interview d1/);
    expect(describeDiagnostic({ kind: 'rare-code', codeId: 'cost', prevalence: 0.0123 }, names)).toMatch(/^“cost” is coded in only 1.2 % of the units: too rare/);
  });

  it('computes the many-coder figures, and leaves the two-coder ones empty, for three coders', () => {
    const three = [...codings, coding('cy', 'd1', 'trust', 10, 30), coding('cy', 'd2', 'trust', 0, 50)];
    const result = computeAgreement(request('turn', three, { coderIds: ['ann', 'bob', 'cy'] }));
    const trust = result.rows.find((r) => r.scope === 'code' && r.codeId === 'trust')!;
    expect(trust.cohenKappa).toBeNull();
    expect(trust.fleissKappa).not.toBeNull();
    expect(trust.krippendorffAlpha).not.toBeNull();
  });

  it('rejects a coding outside its document', () => {
    expect(() => computeAgreement(request('character', [coding('ann', 'd2', 'trust', 90, 101)]))).toThrow(/outside document d2/);
  });
});

describe('comparing two coders\' spans', () => {
  it('splits them into passages both coded and the misses of each, for a reference and a trainee', () => {
    expect(compareSpans([[10, 30], [50, 60]], [[20, 40], [25, 35]])).toEqual({
      both: [[20, 30]],
      onlyA: [[10, 20], [50, 60]],
      onlyB: [[30, 40]],
    });
    expect(compareSpans([], [])).toEqual({ both: [], onlyA: [], onlyB: [] });
  });
});

describe('properties', () => {
  it('compareSpans accounts for every coded character once', () => {
    fc.assert(fc.property(spansArb(300), spansArb(300), (a, b) => {
      const { both, onlyA, onlyB } = compareSpans(a, b);
      const len = (xs: [number, number][]) => xs.reduce((s, [x, y]) => s + y - x, 0);
      const { agreement } = characterAgreement(300, a, b);
      expect(len(onlyA) + len(onlyB)).toBe(Math.round((1 - agreement) * 300));
      const covered = new Set(a.flatMap(([s, e]) => Array.from({ length: e - s }, (_, i) => s + i)));
      expect(len(both) + len(onlyA)).toBe(covered.size);
    }));
  });

  const spanArb = (length: number) => fc.tuple(fc.nat(length), fc.nat(length)).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));
  const spansArb = (length: number) => fc.array(spanArb(length), { maxLength: 6 });

  it('identical codings agree completely: kappa and alpha 1 where defined, agreement 1', () => {
    fc.assert(fc.property(spansArb(300), fc.constantFrom('character', 'turn', 'document' as const), (spans, unit) => {
      const same = spans.flatMap(([s, e]) => ['ann', 'bob'].map((who) => coding(who, 'd1', 'trust', s, e)));
      const row = computeAgreement(request(unit, same, { documents: [{ id: 'd1', length: 300, turns }] })).rows.find((r) => r.scope === 'code' && r.codeId === 'trust')!;
      expect(row.percentAgreement).toBe(1);
      for (const v of [row.cohenKappa, row.scottPi, row.fleissKappa, row.krippendorffAlpha]) if (v !== null) expect(v).toBeCloseTo(1, 12);
      if (row.unitizingAlpha !== null) expect(row.unitizingAlpha).toBeCloseTo(1, 12);
    }));
  });

  it('swapping the coders changes no figure', () => {
    fc.assert(fc.property(spansArb(200), spansArb(200), (a, b) => {
      const cs = [...a.map(([s, e]) => coding('ann', 'd1', 'trust', s, e)), ...b.map(([s, e]) => coding('bob', 'd1', 'trust', s, e))];
      const one = computeAgreement(request('character', cs, { documents: [{ id: 'd1', length: 200 }] }));
      const two = computeAgreement(request('character', cs, { documents: [{ id: 'd1', length: 200 }], coderIds: ['bob', 'ann'] }));
      one.rows.forEach((r, i) => {
        const s = two.rows[i]!;
        for (const key of ['percentAgreement', 'cohenKappa', 'scottPi', 'gwetAC1', 'fleissKappa', 'krippendorffAlpha', 'unitizingAlpha', 'binaryUAlpha', 'uAlpha'] as const) {
          if (r[key] === null) expect(s[key]).toBeNull();
          else expect(s[key]).toBeCloseTo(r[key], 9);
        }
      });
    }));
  });

  it("Krippendorff's alpha does not depend on the order of coders or units", () => {
    const value = fc.option(fc.integer({ min: 1, max: 4 }), { nil: null });
    fc.assert(fc.property(fc.array(fc.array(value, { minLength: 6, maxLength: 6 }), { minLength: 2, maxLength: 4 }), fc.nat(), (data, seed) => {
      const level = (['nominal', 'ordinal', 'interval', 'ratio'] as const)[seed % 4]!;
      const a = krippendorffAlpha(data, level);
      const coders = [...data].reverse();
      const units = data.map((row) => [...row].reverse());
      for (const b of [krippendorffAlpha(coders, level), krippendorffAlpha(units, level)]) {
        if (a === null) expect(b).toBeNull();
        else expect(b).toBeCloseTo(a, 9);
      }
      if (a !== null) expect(a).toBeLessThanOrEqual(1 + 1e-12);
    }));
  });

  it('pooling documents gives the unitizing alphas of the documents laid end to end', () => {
    const doc = (length: number) => fc.array(fc.tuple(fc.constantFrom('ann', 'bob'), fc.constantFrom('trust', 'cost'), fc.nat(length - 1), fc.integer({ min: 1, max: 40 })), { maxLength: 8 })
      .map((xs) => xs.map(([who, code, s, len]) => ({ who, code, s, e: Math.min(length, s + len) })));
    fc.assert(fc.property(doc(120), doc(80), (one, two) => {
      const cs = [...one.map((c) => coding(c.who, 'd1', c.code, c.s, c.e)), ...two.map((c) => coding(c.who, 'd2', c.code, c.s, c.e))];
      const result = computeAgreement(request('character', cs, { documents: [{ id: 'd1', length: 120 }, { id: 'd2', length: 80 }] }));
      const laid = (who: string, code?: string) => [...one.filter((c) => c.who === who && (!code || c.code === code)).map((c): [number, number, string] => [c.s, c.e, c.code]),
        ...two.filter((c) => c.who === who && (!code || c.code === code)).map((c): [number, number, string] => [c.s + 120, c.e + 120, c.code])];
      const close = (a: number | null, b: number | null) => (b === null ? expect(a).toBeNull() : expect(a).toBeCloseTo(b, 9));
      const overall = result.rows.find((r) => r.scope === 'overall')!;
      const family = unitizingAlphaFamily(200, [laid('ann'), laid('bob')]);
      close(overall.uAlpha, family.uAlpha);
      close(overall.binaryUAlpha, family.binaryUAlpha);
      close(overall.cuAlpha, family.cuAlpha);
      for (const code of ['trust', 'cost']) {
        const row = result.rows.find((r) => r.scope === 'code' && r.codeId === code)!;
        close(row.binaryUAlpha, unitizingAlphaFamily(200, [laid('ann', code), laid('bob', code)]).binaryUAlpha);
        const units = ['ann', 'bob'].flatMap((who, coder) => laid(who, code).map(([s, e]) => ({ coder, category: code, begin: s, length: e - s })));
        close(row.unitizingAlpha, unitizingAlpha({ begin: 0, length: 200 }, units).byCategory[code] ?? null);
      }
    }));
  });

  it('character agreement over the whole text is never below agreement over the coded text', () => {
    fc.assert(fc.property(spansArb(500), spansArb(500), (a, b) => {
      const cs = [...a.map(([s, e]) => coding('ann', 'd1', 'trust', s, e)), ...b.map(([s, e]) => coding('bob', 'd1', 'trust', s, e))];
      const row = computeAgreement(request('character', cs, { documents: [{ id: 'd1', length: 500 }] })).rows[0]!;
      if (row.codedAgreement !== null) expect(row.percentAgreement!).toBeGreaterThanOrEqual(row.codedAgreement - 1e-12);
    }));
  });
});
