import { describe, expect, it } from 'vitest';
import { boundaryScore, chooseModel, offsetTable, priorModel, toUtf16Index } from '../../../src/io/qdpx/positions';
import { codePointIndex } from '../../../src/io/qdpx/write-sources';

const PROBE = 'A😀 Hello\r\nWorld\r\n';

describe('offset tables', () => {
  it('convert each model to UTF-16 indices of the stored text', () => {
    const at = (model: Parameters<typeof offsetTable>[1], offset: number) => toUtf16Index(offsetTable(PROBE, model), PROBE.length, offset);
    const world = PROBE.indexOf('World');
    expect(at('utf16', 11)).toBe(world);
    expect(at('codepoints', 10)).toBe(world);
    expect(at('codepoints-crlf1', 9)).toBe(world);
    expect(at('utf16-crlf1', 10)).toBe(world);
    expect(at('codepoints', 17)).toBe(PROBE.length);
    expect(at('codepoints', 18)).toBeUndefined();
    expect(at('utf16', -1)).toBeUndefined();
  });

  it('score selections on word boundaries, and −1 when one is out of range', () => {
    const ranges = [{ start: 11, end: 16 }];
    expect(boundaryScore(PROBE, ranges, offsetTable(PROBE, 'utf16'))).toBe(1);
    expect(boundaryScore(PROBE, ranges, offsetTable(PROBE, 'codepoints'))).toBe(0);
    expect(boundaryScore(PROBE, [{ start: 0, end: 99 }], null)).toBe(-1);
  });
});

describe('choosing a position model', () => {
  it('starts from the origin: NVivo counts UTF-16, ATLAS.ti CRLF once, others as the standard', () => {
    expect(priorModel('NVivo for Mac 12.7.0')).toBe('utf16');
    expect(priorModel('ATLAS.ti 8.4.0 573')).toBe('codepoints-crlf1');
    expect(priorModel('MAXQDA 24')).toBe('codepoints');
    expect(priorModel(undefined)).toBe('codepoints');
  });

  it('keeps the prior unless another model is clearly better', () => {
    const text = 'I said 😀 yes. Then no.\nAnd more 😀 words here.';
    const sel = (word: string, shift: number) => ({ start: text.indexOf(word) - shift, end: text.indexOf(word) + word.length - shift });
    // UTF-16 offsets after the emoji: code points are one less.
    const utf16 = [sel('Then', 0), sel('words', 0)];
    expect(chooseModel(text, utf16, 'auto', 'Unknown').model).toBe('utf16');
    expect(chooseModel(text, utf16, 'auto', 'NVivo').model).toBe('utf16');
    const codepoints = [sel('Then', 1), sel('words', 2)];
    expect(chooseModel(text, codepoints, 'auto', 'Unknown').model).toBe('codepoints');
    expect(chooseModel(text, codepoints, 'auto', 'NVivo 14').model).toBe('codepoints');
    expect(chooseModel(text, codepoints, 'utf16', 'Unknown').model).toBe('utf16');
  });

  it('never second-guesses files Verbatim wrote', () => {
    const text = 'ab😀cd';
    expect(chooseModel(text, [{ start: 3, end: 5 }], 'auto', 'Verbatim 0.1').model).toBe('codepoints');
  });

  it('does not score at all when every model agrees (no CR, nothing outside the BMP)', () => {
    expect(chooseModel('plain text', [{ start: 0, end: 5 }], 'auto', 'x').scores).toEqual({});
  });
});

describe('code point conversion for export', () => {
  it('counts astral characters once and widens bounds inside a surrogate pair', () => {
    const text = 'a😀b';
    const toCp = codePointIndex(text);
    expect(toCp(0, 4)).toEqual([0, 3]);
    expect(toCp(1, 3)).toEqual([1, 2]);
    expect(toCp(2, 2)).toEqual([1, 2]);
    expect(toCp(-5, 99)).toEqual([0, 3]);
  });
});
