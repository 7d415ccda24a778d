import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeCounts } from '../../../src/core/codebook/counts';
import { EMPTY_DESCRIPTION, type Code, type Coding, type Segment } from '../../../src/core/model';
import { referenceCounts } from './counts-reference';
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

describe('codeCounts against its definition', () => {
  it('equals distinct counting with sets of ids for any tree, segments and codings', () => {
    const arbitraryProject = fc.record({
      parents: fc.array(fc.integer({ min: -1, max: 11 }), { minLength: 1, maxLength: 12 }),
      segments: fc.array(fc.record({ doc: fc.integer({ min: 0, max: 4 }) }), { maxLength: 70 }),
      codings: fc.array(fc.record({ segment: fc.integer({ min: 0, max: 80 }), code: fc.integer({ min: 0, max: 12 }) }), { maxLength: 150 }),
    });
    fc.assert(fc.property(arbitraryProject, ({ parents, segments, codings }) => {
      // Parents point anywhere, loops and missing parents included; segment and code indices run past the ends.
      const codes: Code[] = parents.map((p, i) => ({
        id: `c${i}`, projectId: 'p', parentId: p < 0 ? null : `c${p}`, name: `Code ${i}`, color: '#000000',
        description: { ...EMPTY_DESCRIPTION }, order: i, pinnedKey: null, isCodable: true, memo: '',
      }));
      const segs: Segment[] = segments.map((s, i) => ({ id: `s${i}`, projectId: 'p', documentId: `d${s.doc}`, coderId: 'me', start: i, end: i + 1, quote: 'x', prefix: '', suffix: '', memo: '', createdAt: 0 }));
      const cods: Coding[] = codings.map((c, i) => ({ id: `k${i}`, projectId: 'p', segmentId: `s${c.segment}`, documentId: 'd0', codeId: `c${c.code}`, coderId: 'me', createdAt: 0 }));
      expect(codeCounts(codes, segs, cods)).toEqual(referenceCounts(codes, segs, cods));
    }), { numRuns: 300 });
  });
});
