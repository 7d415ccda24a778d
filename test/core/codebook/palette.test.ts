import { describe, expect, it } from 'vitest';
import { DEFAULT_PALETTE, nextColour, OKABE_ITO, TOL_MUTED } from '../../../src/core/codebook/palette';

describe('palette', () => {
  it('is Okabe–Ito then Tol muted, all #rrggbb and distinct', () => {
    expect(DEFAULT_PALETTE.slice(0, OKABE_ITO.length)).toEqual(OKABE_ITO);
    expect(DEFAULT_PALETTE.slice(OKABE_ITO.length)).toEqual(TOL_MUTED);
    expect(new Set(DEFAULT_PALETTE).size).toBe(DEFAULT_PALETTE.length);
    for (const c of DEFAULT_PALETTE) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('hands out the first unused colour, ignoring case', () => {
    expect(nextColour([])).toBe('#e69f00');
    expect(nextColour(['#E69F00', '#56b4e9'])).toBe('#009e73');
    expect(nextColour(['#123456'])).toBe('#e69f00');
  });

  it('once all are used, reuses the least used', () => {
    const used = [...DEFAULT_PALETTE, ...DEFAULT_PALETTE.filter((c) => c !== '#0072b2')];
    expect(nextColour(used)).toBe('#0072b2');
    expect(nextColour(DEFAULT_PALETTE)).toBe('#e69f00');
  });
});
