import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance, findApproximate } from '../../../src/core/transcript/fuzzy';

const abc = (options: { minLength?: number; maxLength: number }) => fc.string({ unit: fc.constantFrom('a', 'b', 'c'), ...options });

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('council', 'council')).toBe(0);
    expect(editDistance('councillor', 'counsellor')).toBe(2);
  });

  it('counts UTF-16 code units: an emoji is two', () => {
    expect(editDistance('a😀b', 'ab')).toBe(2);
  });

  it('is a metric bounded by the longer length', () => {
    fc.assert(fc.property(abc({ maxLength: 20 }), abc({ maxLength: 20 }), abc({ maxLength: 20 }), (a, b, c) => {
      const ab = editDistance(a, b);
      expect(ab).toBe(editDistance(b, a));
      expect(ab === 0).toBe(a === b);
      expect(ab).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      expect(ab).toBeLessThanOrEqual(Math.max(a.length, b.length));
      expect(editDistance(a, c)).toBeLessThanOrEqual(ab + editDistance(b, c));
    }));
  });
});

describe('findApproximate', () => {
  it('finds every planted copy of a pattern, whatever surrounds it', () => {
    fc.assert(fc.property(abc({ maxLength: 40 }), abc({ maxLength: 40 }), (left, right) => {
      const pattern = 'xyzzyxwv';
      const text = left + pattern + right;
      const found = findApproximate(text, pattern, 2);
      expect(found).toContainEqual({ start: left.length, end: left.length + pattern.length, errors: 0 });
    }));
  });

  it('reports matches fewest edits first, each reproducing its count, and none over the limit', () => {
    fc.assert(fc.property(abc({ maxLength: 80 }), abc({ minLength: 3, maxLength: 40 }), fc.integer({ min: 0, max: 4 }), (text, pattern, k) => {
      const found = findApproximate(text, pattern, k);
      for (const m of found) {
        expect(m.errors).toBeLessThanOrEqual(k);
        expect(editDistance(pattern, text.slice(m.start, m.end))).toBe(m.errors);
      }
      for (let i = 1; i < found.length; i++) expect(found[i]!.errors).toBeGreaterThanOrEqual(found[i - 1]!.errors);
    }), { numRuns: 200 });
  });

  it('keeps one best match per cluster of overlapping ends, and at most `limit`', () => {
    const text = 'said the council; said the councel; said the counsel; said the council.';
    const found = findApproximate(text, 'the council', 2);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['the council', 'the council', 'the councel', 'the counsel']);
    expect(findApproximate(text, 'the council', 2, 1)).toEqual([found[0]]);
  });

  it('finds nothing for an empty pattern or where every substring is too far off', () => {
    expect(findApproximate('anything', '', 3)).toEqual([]);
    expect(findApproximate('aaaaaaaa', 'bbbb', 3)).toEqual([]);
  });

  it('finds a long pattern spanning several 32-unit blocks with edits in each block', () => {
    const pattern = 'Trust took two years to build, and we built it one decision at a time, with every member watching.';
    const edited = pattern.replace('Trust', 'Trusts').replace('decision', 'decission').replace('watching', 'watchin');
    const text = `Interviewer: And how?\nAlex: ${edited}\nInterviewer: Thanks.`;
    const [best] = findApproximate(text, pattern, 10);
    expect(best).toEqual({ start: text.indexOf(edited), end: text.indexOf(edited) + edited.length, errors: 3 });
  });
});
