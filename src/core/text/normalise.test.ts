import { describe, expect, it } from 'vitest';
import { countWords, normaliseText, normaliseWithMap } from './normalise';

describe('normaliseText', () => {
  it('strips a BOM, turns CRLF and CR into LF and composes to NFC', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
    expect(normaliseText('Cafe\u0301')).toBe('Caf\u00e9');
  });

  it('maps raw offsets onto the normalised text', () => {
    const raw = '\uFEFFA😀 Hello\r\nWorld\r\n';
    const { text, map } = normaliseWithMap(raw);
    const start = raw.indexOf('World');
    expect(text.slice(map[start], map[start + 5])).toBe('World');
    expect(map[raw.length]).toBe(text.length);
  });

  it('keeps ranges after a decomposed accent', () => {
    const raw = 'Cafe\u0301 society';
    const { text, map } = normaliseWithMap(raw);
    const s = raw.indexOf('society');
    expect(text.slice(map[s], map[s + 7])).toBe('society');
  });

  it('counts words', () => {
    expect(countWords("We don't need 50-page cases.")).toBe(5);
  });
});

import fc from 'fast-check';

describe('normaliseWithMap on any text', () => {
  const pieces = fc.constantFrom('a', 'e', 'Z', ' ', '\r', '\n', '\r\n', '\u0301', '\u0338', '=', '😀', 'é', '\u1100', '\u1161', '\uFEFF', 'ß', '.', 'ﬁ');
  const texts = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''));

  it('equals NFC of the whole text with LF line ends and no BOM', () => {
    fc.assert(fc.property(texts, (raw) => {
      const expected = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
      expect(normaliseWithMap(raw).text).toBe(expected);
    }), { numRuns: 2000 });
  });

  it('maps every raw offset monotonically into the normalised text', () => {
    fc.assert(fc.property(texts, (raw) => {
      const { text, map } = normaliseWithMap(raw);
      for (let i = 1; i <= raw.length; i++) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
      expect(map[raw.length]).toBe(text.length);
    }), { numRuns: 500 });
  });

  it('composes a mark after an ASCII symbol, not only after letters', () => {
    expect(normaliseText('=\u0338')).toBe('\u2260');
  });
});

describe('countWords', () => {
  it('counts like a word regex, across scripts and emoji', () => {
    const reference = (t: string) => (t.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'Z', '9', ' ', "'", '’', '-', 'é', '漢', '😀', '𝐀', '\n', '.', ','), { maxLength: 60 }).map((p) => p.join('')), (t) => {
      expect(countWords(t)).toBe(reference(t));
    }), { numRuns: 1000 });
  });
});
