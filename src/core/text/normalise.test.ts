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
