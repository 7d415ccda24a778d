import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeCounts } from '../../../src/core/codebook/counts';
import { createCodeCounter } from '../../../src/core/codebook/counts-by-document';
import { EMPTY_DESCRIPTION, type Code, type Coding, type Segment } from '../../../src/core/model';
import { study } from '../quotes/study';

function byDocument<T extends { documentId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) groups.set(r.documentId, [...(groups.get(r.documentId) ?? []), r]);
  return groups;
}

const codeOf = (i: number, parent: number): Code => ({
  id: `c${i}`, projectId: 'p', parentId: parent < 0 ? null : `c${parent}`, name: `Code ${i}`, color: '#000000',
  description: { ...EMPTY_DESCRIPTION }, order: i, pinnedKey: null, isCodable: true, memo: '',
});

describe('createCodeCounter', () => {
  it('gives the study the counts codeCounts gives it', () => {
    const b = study();
    const count = createCodeCounter();
    expect(count(b.codes, byDocument(b.segments), byDocument(b.codings))).toEqual(codeCounts(b.codes, b.segments, b.codings));
  });

  it('recounts only what changed, and always equals counting the whole project', () => {
    const world = fc.record({
      parents: fc.array(fc.integer({ min: -1, max: 7 }), { minLength: 1, maxLength: 8 }),
      // Each step rewrites one document: its segments, and codings on them.
      steps: fc.array(fc.record({
        doc: fc.integer({ min: 0, max: 3 }),
        segments: fc.integer({ min: 0, max: 6 }),
        codings: fc.array(fc.record({ segment: fc.nat(), code: fc.integer({ min: 0, max: 8 }) }), { maxLength: 10 }),
        recode: fc.boolean(),
      }), { minLength: 1, maxLength: 12 }),
    });
    fc.assert(fc.property(world, ({ parents, steps }) => {
      let codes = parents.map((p, i) => codeOf(i, p));
      const segmentsOf = new Map<string, readonly Segment[]>();
      const codingsOf = new Map<string, readonly Coding[]>();
      const count = createCodeCounter();
      steps.forEach((step, k) => {
        const documentId = `d${step.doc}`;
        const segments: Segment[] = Array.from({ length: step.segments }, (_, i) => ({
          id: `s${k}-${i}`, projectId: 'p', documentId, coderId: 'me', start: i, end: i + 1, quote: 'x', prefix: '', suffix: '', memo: '', createdAt: 0,
        }));
        segmentsOf.set(documentId, segments);
        codingsOf.set(documentId, segments.length === 0 ? [] : step.codings.map((c, i) => ({
          id: `k${k}-${i}`, projectId: 'p', segmentId: segments[c.segment % segments.length]!.id, documentId, codeId: `c${c.code}`, coderId: 'me', createdAt: 0,
        })));
        if (codingsOf.get(documentId)!.length === 0 && step.recode) codingsOf.delete(documentId);
        // Sometimes the codebook itself changes (a code re-parented): every share is stale.
        if (step.recode && codes.length > 1) codes = codes.map((c, i) => (i === codes.length - 1 ? { ...c, parentId: null } : c));
        const flatSegments = [...segmentsOf.values()].flat();
        const flatCodings = [...codingsOf.values()].flat();
        expect(count(codes, segmentsOf, codingsOf)).toEqual(codeCounts(codes, flatSegments, flatCodings));
      });
    }), { numRuns: 200 });
  });
});
