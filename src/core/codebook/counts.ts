import type { Code, Coding, Id, Segment } from '../model';
import { indexCodes, sortedTree } from './tree';

/** How much a code is used. All four are counts of DISTINCT segments or documents. */
export interface CodeCount {
  /** Segments coded with this code itself (any coder). */
  segments: number;
  /** Documents holding at least one such segment. */
  documents: number;
  /** Segments coded with this code or any code below it, each segment once. */
  segmentsWithDescendants: number;
  /** Documents holding at least one of those segments, each document once. */
  documentsWithDescendants: number;
}

/**
 * Usage counts for every code. Counts are distinct, never sums of children's counts: a segment
 * coded with two sub-codes of a theme counts once for the theme. Codings whose segment or code
 * is unknown are ignored. Every code gets an entry, zeros included. O(codings + total depth × segments).
 */
export function codeCounts(codes: readonly Code[], segments: readonly Segment[], codings: readonly Coding[]): Map<Id, CodeCount> {
  const documentOf = new Map(segments.map((s) => [s.id, s.documentId] as const));
  const own = new Map<Id, Set<Id>>(codes.map((c) => [c.id, new Set<Id>()]));
  for (const coding of codings) {
    if (documentOf.has(coding.segmentId)) own.get(coding.codeId)?.add(coding.segmentId);
  }
  const theme = new Map<Id, Set<Id>>();
  const index = indexCodes(codes);
  const rows = sortedTree(index);
  // Reverse pre-order visits every code after all of its descendants.
  for (let i = rows.length - 1; i >= 0; i--) {
    const code = (rows[i] as (typeof rows)[number]).code;
    const union = new Set(own.get(code.id));
    for (const child of index.children.get(code.id) ?? []) for (const s of theme.get(child.id) ?? []) union.add(s);
    theme.set(code.id, union);
  }
  const result = new Map<Id, CodeCount>();
  for (const code of codes) {
    const ownSegments = own.get(code.id) ?? new Set<Id>();
    const themeSegments = theme.get(code.id) ?? ownSegments;
    result.set(code.id, {
      segments: ownSegments.size,
      documents: distinctDocuments(ownSegments, documentOf),
      segmentsWithDescendants: themeSegments.size,
      documentsWithDescendants: distinctDocuments(themeSegments, documentOf),
    });
  }
  return result;
}

function distinctDocuments(segmentIds: ReadonlySet<Id>, documentOf: ReadonlyMap<Id, Id>): number {
  const documents = new Set<Id>();
  for (const id of segmentIds) {
    const doc = documentOf.get(id);
    if (doc !== undefined) documents.add(doc);
  }
  return documents.size;
}
