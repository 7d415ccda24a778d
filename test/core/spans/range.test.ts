import { describe, expect, it } from 'vitest';
import { nudgeEdge, trimRange } from '../../../src/core/spans/range';

const text = 'We can approve half a page, and trust the teams.';

describe('ranges', () => {
  it('trims white space and refuses blank selections', () => {
    expect(trimRange('  trust  ', { start: 0, end: 9 })).toEqual({ start: 2, end: 7 });
    expect(trimRange('a   b', { start: 1, end: 4 })).toBeNull();
  });

  it('extends and shrinks either edge by a word', () => {
    const half = text.indexOf('half');
    const r = { start: half, end: half + 4 };
    expect(text.slice(...Object.values(nudgeEdge(text, r, 'end', 1)) as [number, number])).toBe('half a');
    expect(text.slice(...Object.values(nudgeEdge(text, r, 'start', -1)) as [number, number])).toBe('approve half');
    expect(nudgeEdge(text, r, 'end', -1)).toEqual(r);
    expect(nudgeEdge(text, { start: 0, end: 2 }, 'start', -1)).toEqual({ start: 0, end: 2 });
  });
});
