import { describe, expect, it } from 'vitest';
import { codeCounts } from '../../../src/core/codebook/counts';
import { study } from '../quotes/study';

describe('codeCounts', () => {
  const b = study();
  const counts = codeCounts(b.codes, b.segments, b.codings);

  it('counts distinct segments and documents per code, whoever coded them', () => {
    // s3 is coded "Building trust" by two coders: still one segment.
    expect(counts.get('c-build')).toEqual({ segments: 4, documents: 2, segmentsWithDescendants: 4, documentsWithDescendants: 2 });
    expect(counts.get('c-money')).toEqual({ segments: 2, documents: 2, segmentsWithDescendants: 2, documentsWithDescendants: 2 });
  });

  it('counts a theme over itself and its descendants without double counting', () => {
    // Trust: s8 itself; Building trust s1 s3 s6 s7; Distrust s2 s4 → 7 segments in 4 documents.
    // Summing children would give documents 2 + 2 + 1 = 5; distinct is 4.
    const trust = counts.get('c-trust');
    expect(trust).toEqual({ segments: 1, documents: 1, segmentsWithDescendants: 7, documentsWithDescendants: 4 });
  });

  it('does not count a segment twice when two sub-codes share it', () => {
    const codings = [...b.codings, { ...b.codings[0]!, id: 'extra', codeId: 'c-distrust' }];
    const twice = codeCounts(b.codes, b.segments, codings);
    expect(twice.get('c-trust')?.segmentsWithDescendants).toBe(7);
    expect(twice.get('c-distrust')?.segments).toBe(3);
  });

  it('gives zeros to unused codes and ignores codings to unknown segments', () => {
    const codings = [...b.codings, { ...b.codings[0]!, id: 'ghost', segmentId: 'nope' }];
    const c = codeCounts([...b.codes, { ...b.codes[0]!, id: 'empty', name: 'Empty', parentId: null }], b.segments, codings);
    expect(c.get('empty')).toEqual({ segments: 0, documents: 0, segmentsWithDescendants: 0, documentsWithDescendants: 0 });
    expect(c.get('c-build')?.segments).toBe(4);
  });
});
