import type { Code, Coding, Id, Segment } from '../model';
import { countBits, createBitset, orInto, setBit, type Bitset } from '../bitset';
import { indexCodes, sortedTree, type CodeIndex, type TreeRow } from './tree';

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
 * is unknown are ignored. Every code gets an entry, zeros included.
 *
 * Runs on every coding (the codebook's counts), over a whole project: segments and documents are
 * numbered once and each code's sets are bit sets, so a theme is the OR of its children and a
 * count is a popcount, with no string hashing per segment per level (50,000 codings, 300 codes,
 * in Node: 13.7 ms against 31.4 ms with sets of ids). O(codings + codes × segments / 32).
 */
export function codeCounts(codes: readonly Code[], segments: readonly Segment[], codings: readonly Coding[]): Map<Id, CodeCount> {
  return countOver(codeTreeOf(codes), segments, codings);
}

/** The code tree as `codeCounts` walks it, built once for many counts over the same codes. */
export interface CountingTree {
  codes: readonly Code[];
  index: CodeIndex;
  rows: TreeRow[];
}

export function codeTreeOf(codes: readonly Code[]): CountingTree {
  const index = indexCodes(codes);
  return { codes, index, rows: sortedTree(index) };
}

/** `codeCounts` over a tree built beforehand. */
export function countOver({ codes, index, rows }: CountingTree, segments: readonly Segment[], codings: readonly Coding[]): Map<Id, CodeCount> {
  const segmentIndex = new Map<Id, number>();
  const documentIndex = new Map<Id, number>();
  const segmentDocument: number[] = [];
  for (const s of segments) {
    if (segmentIndex.has(s.id)) continue;
    let doc = documentIndex.get(s.documentId);
    if (doc === undefined) documentIndex.set(s.documentId, (doc = documentIndex.size));
    segmentIndex.set(s.id, segmentDocument.length);
    segmentDocument.push(doc);
  }
  const own = new Map<Id, UsageSets>(codes.map((c) => [c.id, emptySets(segmentDocument.length, documentIndex.size)]));
  for (const coding of codings) {
    const segment = segmentIndex.get(coding.segmentId);
    const sets = own.get(coding.codeId);
    if (segment === undefined || !sets) continue;
    setBit(sets.segments, segment);
    setBit(sets.documents, segmentDocument[segment] as number);
  }
  const theme = new Map<Id, UsageSets>();
  // Reverse pre-order visits every code after all of its descendants.
  for (let i = rows.length - 1; i >= 0; i--) {
    const code = (rows[i] as (typeof rows)[number]).code;
    const children = index.children.get(code.id) ?? [];
    const mine = own.get(code.id) as UsageSets;
    if (children.length === 0) { theme.set(code.id, mine); continue; }
    const union: UsageSets = { segments: mine.segments.slice(), documents: mine.documents.slice() };
    for (const child of children) {
      const sets = theme.get(child.id);
      if (!sets) continue;
      orInto(union.segments, sets.segments);
      orInto(union.documents, sets.documents);
    }
    theme.set(code.id, union);
  }
  const result = new Map<Id, CodeCount>();
  for (const code of codes) {
    const mine = own.get(code.id) as UsageSets;
    const all = theme.get(code.id) ?? mine;
    result.set(code.id, {
      segments: countBits(mine.segments),
      documents: countBits(mine.documents),
      segmentsWithDescendants: countBits(all.segments),
      documentsWithDescendants: countBits(all.documents),
    });
  }
  return result;
}

interface UsageSets {
  segments: Bitset;
  documents: Bitset;
}

function emptySets(segments: number, documents: number): UsageSets {
  return { segments: createBitset(segments), documents: createBitset(documents) };
}
