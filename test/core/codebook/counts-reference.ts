import { indexCodes, sortedTree } from '../../../src/core/codebook/tree';
import type { CodeCount } from '../../../src/core/codebook/counts';
import type { Code, Coding, Id, Segment } from '../../../src/core/model';

/** The counts by their definition, with sets of ids: what the bit-set version must equal. */
export function referenceCounts(codes: readonly Code[], segments: readonly Segment[], codings: readonly Coding[]): Map<Id, CodeCount> {
  const documentOf = new Map(segments.map((s) => [s.id, s.documentId] as const));
  const own = new Map<Id, Set<Id>>(codes.map((c) => [c.id, new Set<Id>()]));
  for (const coding of codings) if (documentOf.has(coding.segmentId)) own.get(coding.codeId)?.add(coding.segmentId);
  const index = indexCodes(codes);
  const rows = sortedTree(index);
  const theme = new Map<Id, Set<Id>>();
  for (let i = rows.length - 1; i >= 0; i--) {
    const code = rows[i]!.code;
    const union = new Set(own.get(code.id));
    for (const child of index.children.get(code.id) ?? []) for (const s of theme.get(child.id) ?? []) union.add(s);
    theme.set(code.id, union);
  }
  const documents = (ids: ReadonlySet<Id>) => new Set([...ids].map((id) => documentOf.get(id))).size;
  return new Map(codes.map((code) => {
    const mine = own.get(code.id)!;
    const all = theme.get(code.id) ?? mine;
    return [code.id, { segments: mine.size, documents: documents(mine), segmentsWithDescendants: all.size, documentsWithDescendants: documents(all) }];
  }));
}
