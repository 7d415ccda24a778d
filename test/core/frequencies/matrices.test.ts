import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attributeMatrix, cooccurrenceMatrix, type CooccurrenceMatrix } from '../../../src/core/frequencies/matrices';
import { study } from '../quotes/study';
import { world } from './world';

const cell = (m: CooccurrenceMatrix, a: string, b: string) => m.counts[m.codeIds.indexOf(a)]![m.codeIds.indexOf(b)];

describe('attributeMatrix', () => {
  it('counts distinct participants per code and attribute value', () => {
    const m = attributeMatrix(study(), 'a-type');
    expect(m.columns.map((c) => [c.label, c.participants])).toEqual([
      ['organisation type=County', 2], ['organisation type=District', 3], ['organisation type=Unitary', 1],
    ]);
    const trust = m.rows.find((r) => r.codePath === 'Trust')!;
    expect(trust.cells).toEqual([1, 3, 1]);
    expect(trust.total).toBe(5);
    expect(m.rows.find((r) => r.codePath === 'Finance')?.cells).toEqual([1, 0, 1]);
  });

  it('rejects an unknown attribute', () => {
    expect(() => attributeMatrix(study(), 'nope')).toThrow(RangeError);
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
