import type { Code, Coding, Id, Segment } from '../model';
import { codeTreeOf, countOver, type CodeCount, type CountingTree } from './counts';

/** One document's share of the counts, kept while its records and the codes stay the same. */
interface DocumentShare {
  tree: CountingTree;
  segments: readonly Segment[];
  codings: readonly Coding[];
  /** Per code, in `tree.codes` order: distinct segments of its own, and with its descendants. */
  own: Int32Array;
  theme: Int32Array;
}

const NO_SEGMENTS: readonly Segment[] = Object.freeze([]);

/**
 * `codeCounts` for a project whose records come grouped by document, recounting only the
 * documents whose arrays changed. A segment lies in one document, so a code's distinct segments
 * are the sum of each document's, and its documents are those whose share is not zero: coding
 * one passage recounts one document's few hundred codings instead of the project's 50,000.
 * Expects each coding in its segment's document (as storage keeps them). The counter remembers
 * the shares it computed; keep one per screen.
 */
export function createCodeCounter(): (
  codes: readonly Code[],
  segmentsByDocument: ReadonlyMap<Id, readonly Segment[]>,
  codingsByDocument: ReadonlyMap<Id, readonly Coding[]>,
) => Map<Id, CodeCount> {
  const shares = new Map<Id, DocumentShare>();
  let tree: CountingTree | null = null;
  return (codes, segmentsByDocument, codingsByDocument) => {
    if (tree?.codes !== codes) tree = codeTreeOf(codes);
    const n = codes.length;
    const own = new Int32Array(n);
    const theme = new Int32Array(n);
    const ownDocuments = new Int32Array(n);
    const themeDocuments = new Int32Array(n);
    for (const [documentId, codings] of codingsByDocument) {
      const segments = segmentsByDocument.get(documentId) ?? NO_SEGMENTS;
      let share = shares.get(documentId);
      if (!share || share.tree !== tree || share.segments !== segments || share.codings !== codings) {
        share = shareOf(tree, segments, codings);
        shares.set(documentId, share);
      }
      for (let i = 0; i < n; i++) {
        const o = share.own[i] as number;
        const t = share.theme[i] as number;
        own[i] = (own[i] as number) + o;
        theme[i] = (theme[i] as number) + t;
        if (o > 0) ownDocuments[i] = (ownDocuments[i] as number) + 1;
        if (t > 0) themeDocuments[i] = (themeDocuments[i] as number) + 1;
      }
    }
    for (const id of shares.keys()) if (!codingsByDocument.has(id)) shares.delete(id);
    return new Map(codes.map((code, i) => [code.id, {
      segments: own[i] as number, documents: ownDocuments[i] as number,
      segmentsWithDescendants: theme[i] as number, documentsWithDescendants: themeDocuments[i] as number,
    }]));
  };
}

function shareOf(tree: CountingTree, segments: readonly Segment[], codings: readonly Coding[]): DocumentShare {
  const counts = countOver(tree, segments, codings);
  const own = new Int32Array(tree.codes.length);
  const theme = new Int32Array(tree.codes.length);
  tree.codes.forEach((code, i) => {
    const c = counts.get(code.id);
    own[i] = c?.segments ?? 0;
    theme[i] = c?.segmentsWithDescendants ?? 0;
  });
  return { tree, segments, codings, own, theme };
}
