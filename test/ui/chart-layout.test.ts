import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHAR_WIDTH, labelColumnWidth, niceTicks, svgId, truncate } from '../../src/ui/charts/layout';

describe('truncate', () => {
  it('cuts long labels with an ellipsis, counting code points so an emoji is never split', () => {
    expect(truncate('Partnership working', 11)).toBe('Partnershi…');
    expect(truncate('Trust', 5)).toBe('Trust');
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
    expect(truncate('abc', 1)).toBe('a…');
  });
});

describe('labelColumnWidth', () => {
  it('fits the longest label within the bounds', () => {
    expect(labelColumnWidth(['Trust', 'Partnership working'], 40, 400)).toBe(Math.round(19 * CHAR_WIDTH + 12));
    expect(labelColumnWidth(['a'], 80, 400)).toBe(80);
    expect(labelColumnWidth(['x'.repeat(500)], 80, 240)).toBe(240);
    expect(labelColumnWidth([], 80, 240)).toBe(80);
  });
});

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 × 10ⁿ from 0 up to at least the maximum', () => {
    expect(niceTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });

  it('always covers the maximum in a handful of whole, evenly spaced ticks', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), (max) => {
      const ticks = niceTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(12);
      const step = ticks[1]! - ticks[0]!;
      expect(Number.isInteger(step)).toBe(true);
      expect(String(step)).toMatch(/^[125]0*$/);
      ticks.forEach((t, i) => expect(t).toBe(i * step));
    }));
  });
});

describe('svgId', () => {
  it("makes React's useId output safe inside url(#…) and id lists", () => {
    expect(svgId(':r1a:', 'title')).toBe('r1a-title');
    expect(svgId('«r3»', 'grad')).toBe('r3-grad');
  });
});
