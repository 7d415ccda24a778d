import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildTextFromTurns, normaliseBody, quoteContext, turnIndexAt,
} from '../../../src/core/transcript/blocks';

describe('buildTextFromTurns', () => {
  it('joins bodies with a blank line and gives each turn exactly its body', () => {
    const { text, turns } = buildTextFromTurns([
      { speaker: 'Interviewer', body: 'How did it start?', startMs: 1000 },
      { speaker: 'Alex Morgan', body: '  It started\r\nwith a budget gap.   \n', startMs: 4000, endMs: 9000 },
    ]);
    expect(text).toBe('How did it start?\n\nIt started\nwith a budget gap.');
    expect(turns).toEqual([
      { start: 0, end: 17, speaker: 'Interviewer', startMs: 1000 },
      { start: 19, end: 48, speaker: 'Alex Morgan', startMs: 4000, endMs: 9000 },
    ]);
    expect(text.slice(turns[1]!.start, turns[1]!.end)).toBe('It started\nwith a budget gap.');
  });

  it('drops bodies that are empty once normalised and turns empty labels into null', () => {
    const { text, turns } = buildTextFromTurns([
      { speaker: 'A', body: ' \n\t' },
      { speaker: '  ', body: 'Only this.' },
    ]);
    expect(text).toBe('Only this.');
    expect(turns).toEqual([{ start: 0, end: 10, speaker: null }]);
  });

  it('composes accents and keeps the offsets in the composed text', () => {
    const { text, turns } = buildTextFromTurns([{ speaker: null, body: 'Cafe\u0301' }, { speaker: null, body: 'Zoë' }]);
    expect(text).toBe('Caf\u00e9\n\nZoë');
    expect(text.slice(turns[1]!.start, turns[1]!.end)).toBe('Zoë');
  });

  it('keeps turns ordered, disjoint and within the text for any bodies', () => {
    fc.assert(fc.property(fc.array(fc.record({ speaker: fc.option(fc.string()), body: fc.string() })), (bodies) => {
      const { text, turns } = buildTextFromTurns(bodies);
      let previousEnd = -2;
      for (const turn of turns) {
        expect(turn.start).toBeGreaterThanOrEqual(previousEnd + 2);
        expect(turn.end).toBeGreaterThan(turn.start);
        expect(turn.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(turn.start, turn.end)).toBe(normaliseBody(text.slice(turn.start, turn.end)));
        previousEnd = turn.end;
      }
    }));
  });
});

describe('normaliseBody', () => {
  it('trims trailing spaces of each line, keeps inner breaks and collapses long gaps', () => {
    expect(normaliseBody('\uFEFF first  \r\nsecond\t\n\n\n\nthird \n')).toBe('first\nsecond\n\nthird');
  });
});

describe('turnIndexAt', () => {
  const { turns } = buildTextFromTurns([{ speaker: 'A', body: 'one' }, { speaker: 'B', body: 'two' }, { speaker: 'A', body: 'three' }]);
  it('finds the turn holding an offset, the previous one in a separator, -1 before any', () => {
    expect(turnIndexAt(turns, 0)).toBe(0);
    expect(turnIndexAt(turns, 3)).toBe(0);
    expect(turnIndexAt(turns, 4)).toBe(0);
    expect(turnIndexAt(turns, 5)).toBe(1);
    expect(turnIndexAt(turns, 10)).toBe(2);
    expect(turnIndexAt(turns, 99)).toBe(2);
    expect(turnIndexAt(turns, -1)).toBe(-1);
    expect(turnIndexAt([], 0)).toBe(-1);
  });

  it('agrees with a linear scan', () => {
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 20 }), fc.nat(300), (bodies, offset) => {
      const built = buildTextFromTurns(bodies.map((body) => ({ speaker: null, body })));
      let expected = -1;
      built.turns.forEach((turn, i) => { if (turn.start <= offset) expected = i; });
      expect(turnIndexAt(built.turns, offset)).toBe(expected);
    }));
  });
});

describe('quoteContext', () => {
  it('gives the quote with up to width code units either side', () => {
    const text = 'abcdefghij';
    expect(quoteContext(text, 4, 6, 3)).toEqual({ quote: 'ef', prefix: 'bcd', suffix: 'ghi' });
    expect(quoteContext(text, 1, 9)).toEqual({ quote: 'bcdefghi', prefix: 'a', suffix: 'j' });
  });
  it('does not cut a surrogate pair at the edges of the context', () => {
    const text = 'x😀abc😀y';
    expect(quoteContext(text, 3, 6, 1)).toEqual({ quote: 'abc', prefix: '', suffix: '' });
    expect(quoteContext(text, 3, 6, 2)).toEqual({ quote: 'abc', prefix: '😀', suffix: '😀' });
  });
});

describe('normaliseBody is stable', () => {
  it('is idempotent and yields NFC for any input, stray BOMs before marks included', () => {
    expect(normaliseBody('a\uFEFF\u0301')).toBe('á');
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'e', ' ', '\n', '\r', '\t', '\uFEFF', '\u0301', '\u0308', '\u00A0', 'x') }), (raw) => {
      const once = normaliseBody(raw);
      expect(normaliseBody(once)).toBe(once);
      expect(once).toBe(once.normalize('NFC'));
    }), { numRuns: 500 });
  });
});
