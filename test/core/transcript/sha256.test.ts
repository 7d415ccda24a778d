import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { sha256Hex, utf8Bytes } from '../../../src/core/transcript/sha256';

const reference = (text: string): string => createHash('sha256').update(new TextEncoder().encode(text)).digest('hex');

describe('sha256Hex', () => {
  it('matches the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('agrees with node:crypto across block boundaries and non-ASCII text', () => {
    for (const n of [55, 56, 63, 64, 65, 1000]) expect(sha256Hex('a'.repeat(n))).toBe(reference('a'.repeat(n)));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => { expect(sha256Hex(s)).toBe(reference(s)); }));
  });
  it('encodes UTF-8 like TextEncoder, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(Array.from(utf8Bytes(s))).toEqual(Array.from(new TextEncoder().encode(s)));
    }));
    expect(Array.from(utf8Bytes('\uD800'))).toEqual([0xef, 0xbf, 0xbd]);
  });
});
