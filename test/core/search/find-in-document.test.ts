import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentMatches, matchesIn, matchFrom, MAX_DOCUMENT_MATCHES, NO_MATCHES, stepMatch } from '../../../src/core/search/find-in-document';
import type { TextRange } from '../../../src/core/spans/range';

const slices = (text: string, ranges: readonly TextRange[]) => ranges.map((r) => text.slice(r.start, r.end));

/** Sorted, non-overlapping ranges, as `documentMatches` returns them. */
const sortedRanges = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 5 })), { maxLength: 30 }).map((gaps) => {
  let at = 0;
  return gaps.map(([gap, length]) => {
    const start = at + gap;
    at = start + length;
    return { start, end: at };
  });
});

describe('documentMatches', () => {
  it('finds every occurrence in the whole text, ignoring case, in order', () => {
    const text = 'Trust came first.\n\nWe trust them; TRUST is earned. Entrusted.';
    const { ranges, truncated } = documentMatches(text, 'trust');
    expect(truncated).toBe(false);
    expect(ranges.map((r) => r.start)).toEqual([0, 22, 34, text.indexOf('Entrusted') + 2]);
    expect(slices(text, ranges)).toEqual(['Trust', 'trust', 'TRUST', 'trust']);
  });

  it('matches a phrase across a line break or a turn separator, and regex characters literally', () => {
    const text = 'it was the\nend of it.\n\nThe end (of) it';
    expect(slices(text, documentMatches(text, 'the end').ranges)).toEqual(['the\nend', 'The end']);
    expect(slices(text, documentMatches(text, '(of)').ranges)).toEqual(['(of)']);
    expect(documentMatches(text, 'it.').ranges).toHaveLength(1);
  });

  it('matches nothing for an empty or blank query', () => {
    for (const q of ['', '  ', '\n']) expect(documentMatches('some text', q)).toBe(NO_MATCHES);
    expect(documentMatches('some text', 'absent')).toBe(NO_MATCHES);
  });

  it('stops at the cap and says there are more', () => {
    const text = 'a '.repeat(MAX_DOCUMENT_MATCHES + 5);
    const { ranges, truncated } = documentMatches(text, 'A');
    expect(ranges).toHaveLength(MAX_DOCUMENT_MATCHES);
    expect(truncated).toBe(true);
    expect(documentMatches('a '.repeat(MAX_DOCUMENT_MATCHES), 'a').truncated).toBe(false);
  });

  // Speed lives in the benchmark, never in a timed unit test; this checks the result at length.
  it('finds a word near the end of a 100k-character text, and every occurrence of a common one', () => {
    const text = `${'The panel met again and talked about budgets. '.repeat(2200)}A quincunx at last.`;
    expect(text.length).toBeGreaterThan(100_000);
    const { ranges } = documentMatches(text, 'quincunx');
    expect(slices(text, ranges)).toEqual(['quincunx']);
    expect(documentMatches(text, 'the').ranges).toHaveLength(2200);
  });
});

describe('matchFrom', () => {
  const ranges = [{ start: 5, end: 8 }, { start: 20, end: 24 }, { start: 40, end: 41 }];

  it('starts at the first match at or after the offset, wrapping to the first', () => {
    expect(matchFrom(ranges, 0)).toBe(0);
    expect(matchFrom(ranges, 5)).toBe(0);
    expect(matchFrom(ranges, 6)).toBe(1);
    expect(matchFrom(ranges, 20)).toBe(1);
    expect(matchFrom(ranges, 24)).toBe(2);
    expect(matchFrom(ranges, 41)).toBe(0);
    expect(matchFrom([], 3)).toBe(-1);
  });

  it('agrees with a linear scan', () => {
    fc.assert(fc.property(sortedRanges, fc.nat(200), (rs, offset) => {
      const linear = rs.findIndex((r) => r.start >= offset);
      expect(matchFrom(rs, offset)).toBe(rs.length === 0 ? -1 : linear === -1 ? 0 : linear);
    }));
  });
});

describe('stepMatch', () => {
  it('goes forward and back, wrapping at both ends', () => {
    expect(stepMatch(0, 3, 1)).toBe(1);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(1, 3, -1)).toBe(0);
    expect(stepMatch(0, 1, 1)).toBe(0);
    expect(stepMatch(0, 1, -1)).toBe(0);
  });

  it('enters from the right end when there is no current match, and has nowhere to go without matches', () => {
    expect(stepMatch(-1, 4, 1)).toBe(0);
    expect(stepMatch(-1, 4, -1)).toBe(3);
    expect(stepMatch(7, 4, 1)).toBe(0);
    expect(stepMatch(0, 0, 1)).toBe(-1);
    expect(stepMatch(-1, 0, -1)).toBe(-1);
  });
});

describe('matchesIn', () => {
  it('gives the matches overlapping a turn, including ones cut by its edges', () => {
    const ranges = [{ start: 0, end: 3 }, { start: 8, end: 12 }, { start: 14, end: 16 }, { start: 30, end: 33 }];
    expect(matchesIn(ranges, 10, 15)).toEqual({ from: 1, to: 3 });
    expect(matchesIn(ranges, 3, 8)).toEqual({ from: 1, to: 1 });
    expect(matchesIn(ranges, 0, 100)).toEqual({ from: 0, to: 4 });
    expect(matchesIn([], 0, 100)).toEqual({ from: 0, to: 0 });
  });

  it('agrees with filtering every match', () => {
    fc.assert(fc.property(sortedRanges, fc.nat(200), fc.nat(60), (rs, start, length) => {
      const end = start + length;
      const { from, to } = matchesIn(rs, start, end);
      expect(rs.slice(from, to)).toEqual(rs.filter((r) => r.start < end && r.end > start));
    }));
  });
});
