import { describe, expect, it } from 'vitest';
import { SUGGESTION_KINDS as KINDS } from '../../../src/core/anonymise/suggest';
import { kindInfo } from '../../../src/features/outputs/suggestion-kinds';

describe('kindInfo', () => {
  it('gives every kind of suggestion its own heading and a bracketed default replacement', () => {
    const headings = KINDS.map((k) => kindInfo(k).heading);
    expect(new Set(headings).size).toBe(KINDS.length);
    for (const kind of KINDS) expect(kindInfo(kind).replacement).toMatch(/^\[[a-z ]+\]$/);
    expect(kindInfo('participant').replacement).toBe('[name]');
    expect(kindInfo('email')).toEqual({ heading: 'E-mail addresses', plural: 'e-mail addresses', replacement: '[email]' });
  });

  it('still redacts a kind it does not know, under a generic heading', () => {
    expect(kindInfo('licence-plate')).toEqual({ heading: 'Other', plural: 'others', replacement: '[redacted]' });
  });
});
