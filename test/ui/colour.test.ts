import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKGROUND, contrastRatio, INK, MUTED_INK, readableText, SEQUENTIAL_STOPS, SERIES_COLOURS, sequentialColour,
} from '../../src/ui/charts/colour';

describe('sequentialColour', () => {
  it('runs from the lightest stop at 0 to the darkest at the maximum', () => {
    expect(sequentialColour(0, 10)).toBe(SEQUENTIAL_STOPS[0]);
    expect(sequentialColour(10, 10)).toBe(SEQUENTIAL_STOPS[SEQUENTIAL_STOPS.length - 1]);
    expect(sequentialColour(99, 10)).toBe(SEQUENTIAL_STOPS[SEQUENTIAL_STOPS.length - 1]);
    expect(sequentialColour(5, 0)).toBe(SEQUENTIAL_STOPS[0]);
    expect(sequentialColour(Number.NaN, 10)).toBe(SEQUENTIAL_STOPS[0]);
  });

  it('gets darker as the value grows, so a heatmap reads in order', () => {
    const luminance = (hex: string) => contrastRatio(hex, '#000000');
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(sequentialColour(lo, 100)).toMatch(/^#[0-9a-f]{6}$/);
      expect(luminance(sequentialColour(lo, 100))).toBeGreaterThanOrEqual(luminance(sequentialColour(hi, 100)) - 1e-9);
    }));
  });
});

describe('contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('picks text that reads at AA size on every heatmap colour', () => {
    for (let v = 0; v <= 40; v++) {
      const cell = sequentialColour(v, 40);
      expect(contrastRatio(readableText(cell), cell)).toBeGreaterThanOrEqual(4.5);
    }
    expect(readableText('#ffffff')).toBe('#000000');
    expect(readableText('#081d58')).toBe('#ffffff');
  });

  it('keeps the chart ink legible on the chart background, and the first series darkest', () => {
    expect(contrastRatio(INK, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(MUTED_INK, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    const first = contrastRatio(SERIES_COLOURS[0]!, BACKGROUND);
    expect(first).toBeGreaterThanOrEqual(4.5);
    for (const colour of SERIES_COLOURS.slice(1)) expect(contrastRatio(colour, BACKGROUND)).toBeLessThan(first);
  });
});
