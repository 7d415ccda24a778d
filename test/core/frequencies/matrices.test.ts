import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attributeMatrix, cooccurrenceMatrix, type AttributeMatrix, type CooccurrenceMatrix } from '../../../src/core/frequencies/matrices';
import { themeFrequencies } from '../../../src/core/frequencies/theme-frequencies';
import { study } from '../quotes/study';
import { world } from './world';

const cell = (m: CooccurrenceMatrix, a: string, b: string) => m.counts[m.codeIds.indexOf(a)]![m.codeIds.indexOf(b)];

describe('attributeMatrix', () => {
  const published = (m: AttributeMatrix, path: string) => {
    const r = m.rows.find((x) => x.codePath === path)!;
    const text = (c: number | null, s: string) => (c !== null ? String(c) : s === 'primary' ? `<${m.k}` : '');
    return [text(r.total, r.totalState), ...r.cells.map((c, i) => text(c, r.states[i]!))];
  };

  it('counts distinct participants per code and attribute value (k = 1 publishes everything)', () => {
    const m = attributeMatrix(study(), 'a-type', { k: 1 });
    expect(m.columns.map((c) => [c.label, c.participants])).toEqual([
      ['organisation type=County', 2], ['organisation type=District', 3], ['organisation type=Unitary', 1],
    ]);
    const trust = m.rows.find((r) => r.codePath === 'Trust')!;
    expect(trust.cells).toEqual([1, 3, 1]);
    expect(trust.total).toBe(5);
    expect(m.rows.find((r) => r.codePath === 'Finance')?.cells).toEqual([1, 0, 1]);
  });

  it('leaves out groups under k, by default k = 3, and names them', () => {
    const m = attributeMatrix(study(), 'a-type');
    expect(m.k).toBe(3);
    expect(m.columns.map((c) => c.label)).toEqual(['organisation type=District']);
    expect(m.notBrokenOut).toEqual(['organisation type=County', 'organisation type=Unitary']);
    // Trust: 5 in all, 3 District; the 2 others are the unpublished residual, which is small,
    // so All − District would reveal it: District is withheld as its complement.
    expect(published(m, 'Trust')).toEqual(['5', '']);
    expect(m.rows.find((r) => r.codePath === 'Trust')?.states).toEqual(['complementary']);
  });

  it('writes 1..k-1 as <k and never carries the withheld count', () => {
    const w = world({ County: ['c1', 'c2', 'c3', 'c4'], District: ['d1', 'd2', 'd3', 'd4', 'd5'] }, [['finance', null]]);
    for (const p of ['d1', 'd2', 'd3', 'd4', 'c1']) w.say(p, 'finance');
    const m = attributeMatrix(w.bundle, 'type', { k: 3 });
    expect(published(m, 'finance')).toEqual(['5', '<3', '']);
    const row = m.rows[0]!;
    expect(row.cells).toEqual([null, null]);
    expect(row.states).toEqual(['primary', 'complementary']);
  });

  it('publishes zeros, and withholds a small total with its groups left as they are', () => {
    const w = world({ County: ['c1', 'c2', 'c3'], District: ['d1', 'd2', 'd3'] }, [['finance', null], ['unused', null]]);
    w.say('d1', 'finance');
    const m = attributeMatrix(w.bundle, 'type', { k: 3 });
    expect(published(m, 'finance')).toEqual(['<3', '0', '<3']);
    expect(published(m, 'unused')).toEqual(['0', '0', '0']);
  });

  it('protects a small group left out that the total minus the others would reveal', () => {
    const w = world({ County: ['c1', 'c2', 'c3', 'c4'], District: ['d1', 'd2', 'd3', 'd4', 'd5'], Unitary: ['u1', 'u2'] }, [['finance', null]]);
    for (const p of ['d1', 'd2', 'd3', 'c1', 'c2', 'c3', 'u1']) w.say(p, 'finance');
    const m = attributeMatrix(w.bundle, 'type', { k: 3 });
    expect(m.notBrokenOut).toEqual(['organisation type=Unitary']);
    expect(published(m, 'finance')).toEqual(['7', '', '3']);
  });

  it('publishes exactly the participant counts of the frequencies export, for any project and k', () => {
    const people = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'c1', 'c2', 'd1'];
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.constantFrom(...people), fc.subarray(['x', 'y', 'z'], { minLength: 1 })), { maxLength: 25 }),
      fc.integer({ min: 1, max: 5 }),
      (said, k) => {
        const w = world({ A: people.slice(0, 4), B: people.slice(4, 7), C: people.slice(7, 9), D: ['d1'] }, [['x', null], ['y', 'x'], ['z', null]]);
        for (const [p, codes] of said) w.say(p, ...codes);
        const m = attributeMatrix(w.bundle, 'type', { k });
        const f = themeFrequencies(w.bundle, { k, groupByAttributeId: 'type' });
        expect(m.notBrokenOut).toEqual(f.notBrokenOut);
        for (const r of m.rows) {
          const csv = f.rows.filter((x) => x.code_path === r.codePath).map((x) => x.participants);
          expect(published(m, r.codePath), r.codePath).toEqual(csv);
        }
      },
    ), { numRuns: 120 });
  });

  it('rejects an unknown attribute or a bad k', () => {
    expect(() => attributeMatrix(study(), 'nope')).toThrow(RangeError);
    expect(() => attributeMatrix(study(), 'a-type', { k: 0 })).toThrow(RangeError);
    expect(() => attributeMatrix(study(), 'a-type', { k: 1.5 })).toThrow(RangeError);
  });
});

describe('cooccurrenceMatrix', () => {
  it('counts passages coded with both codes and overlapping passages, symmetrically', () => {
    const m = cooccurrenceMatrix(study(), 'overlap');
    // s6 carries both Building trust and Audacious leadership, and s7 (Building trust) lies
    // inside s6: the pairs {s6, s6} and {s6, s7} → 2. s8 carries both Trust and Finance → 1.
    expect(cell(m, 'c-build', 'c-bold')).toBe(2);
    expect(cell(m, 'c-bold', 'c-build')).toBe(2);
    expect(cell(m, 'c-trust', 'c-money')).toBe(1);
    // The diagonal is the code's segments.
    expect(cell(m, 'c-build', 'c-build')).toBe(4);
    expect(cell(m, 'c-distrust', 'c-money')).toBe(0);
  });

  it('counts distinct segment pairs, including nested and partly overlapping passages', () => {
    const w = world({ A: ['a'] }, [['x', null], ['y', null], ['z', null]]);
    const first = w.say('a', 'x');
    const seg = w.bundle.segments.find((s) => s.id === first)!;
    // A passage overlapping the first by a few characters, and one just touching its end.
    const add = (id: string, start: number, end: number, code: string) => {
      w.bundle.segments.push({ ...seg, id, start, end });
      w.bundle.codings.push({ ...w.bundle.codings[0]!, id: `${id}-${code}`, segmentId: id, codeId: code });
    };
    add('overlaps', seg.start + 5, seg.end + 20, 'y');
    add('touches', seg.end, seg.end + 3, 'z');
    add('inside', seg.start + 1, seg.start + 2, 'y');
    const m = cooccurrenceMatrix(w.bundle, 'overlap');
    expect(cell(m, 'x', 'y')).toBe(2);
    expect(cell(m, 'x', 'z')).toBe(0);
    expect(cell(m, 'y', 'z')).toBe(1);
    expect(cell(m, 'y', 'y')).toBe(2);
  });

  it('in turn mode counts distinct turns holding both codes', () => {
    const m = cooccurrenceMatrix(study(), 'turn');
    // Focus group: Olwen's turn holds s6 (build, bold); Grace's turn holds s6 and s7 (build).
    expect(cell(m, 'c-build', 'c-bold')).toBe(2);
    // Interview 1: s1 (build) and s2 (distrust) share Jane's first turn.
    expect(cell(m, 'c-build', 'c-distrust')).toBe(1);
    expect(cell(m, 'c-distrust', 'c-money')).toBe(1);
  });

  it('can add ancestors, so a theme co-occurs with codes on its children', () => {
    const m = cooccurrenceMatrix(study(), 'overlap', { includeDescendants: true });
    // Trust (via Building trust on s6 and s7) with Leadership (via Audacious leadership on s6).
    expect(cell(m, 'c-trust', 'c-lead')).toBe(2);
    expect(cell(m, 'c-trust', 'c-trust')).toBe(7);
  });

  it('agrees with a brute-force count over all pairs and stays symmetric (property)', () => {
    const spans = fc.array(fc.tuple(fc.nat(60), fc.nat(15), fc.nat(2), fc.subarray(['x', 'y', 'z'], { minLength: 1 })), { maxLength: 30 });
    fc.assert(fc.property(spans, (list) => {
      const w = world({ A: ['a', 'b', 'c'] }, [['x', null], ['y', null], ['z', null]]);
      for (const [start, length, doc, codes] of list) {
        const id = w.say(['a', 'b', 'c'][doc]!, ...codes);
        const s = w.bundle.segments.find((x) => x.id === id)!;
        s.start = 100 + start;
        s.end = 100 + start + length;
      }
      const m = cooccurrenceMatrix(w.bundle, 'overlap');
      const segs = w.bundle.segments;
      const codesOf = (id: string) => new Set(w.bundle.codings.filter((c) => c.segmentId === id).map((c) => c.codeId));
      for (const a of ['x', 'y', 'z']) for (const b of ['x', 'y', 'z']) {
        expect(cell(m, a, b)).toBe(cell(m, b, a));
        if (a === b) continue;
        let expected = 0;
        for (let i = 0; i < segs.length; i++) for (let j = i; j < segs.length; j++) {
          const [s, t] = [segs[i]!, segs[j]!];
          const meet = i === j || (s.documentId === t.documentId && s.start < t.end && t.start < s.end);
          const [cs, ct] = [codesOf(s.id), codesOf(t.id)];
          if (meet && ((cs.has(a) && ct.has(b)) || (cs.has(b) && ct.has(a)))) expected += 1;
        }
        expect(cell(m, a, b)).toBe(expected);
      }
    }), { numRuns: 80 });
  });
});
