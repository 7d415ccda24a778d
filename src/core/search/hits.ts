/**
 * Search hits as the search screen shows them: grouped by document, each with a stable key for
 * the per-hit checkboxes, and counted in words.
 */
import type { DocumentMeta } from '../model';
import type { SearchHit, SearchText } from './find';

export interface HitGroup {
  documentId: string;
  title: string;
  hits: SearchHit[];
}

/** A key that identifies a hit within one set of results. */
export function hitKey(hit: Pick<SearchHit, 'documentId' | 'start' | 'end'>): string {
  return `${hit.documentId}:${hit.start}:${hit.end}`;
}

/**
 * Texts in the order the documents are listed (`documents` order), so hits read in the same
 * order as the document list; texts of unknown documents come last, in their given order.
 */
export function orderTexts<T extends SearchText>(texts: readonly T[], documents: readonly Pick<DocumentMeta, 'id'>[]): T[] {
  const position = new Map(documents.map((d, i) => [d.id, i]));
  return texts
    .map((t, i) => ({ t, i, p: position.get(t.documentId) ?? documents.length }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map(({ t }) => t);
}

/** Hits grouped by document, groups in order of their first hit. */
export function groupHits(hits: readonly SearchHit[], documents: readonly Pick<DocumentMeta, 'id' | 'title'>[]): HitGroup[] {
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    let group = groups.get(hit.documentId);
    if (!group) {
      group = { documentId: hit.documentId, title: titles.get(hit.documentId) ?? 'Untitled document', hits: [] };
      groups.set(hit.documentId, group);
    }
    group.hits.push(hit);
  }
  return [...groups.values()];
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** "37 hits in 4 documents"; "No hits" when there are none. */
export function describeHitCount(hitCount: number, documentCount: number, truncated = false): string {
  if (hitCount === 0) return truncated ? 'No hits found before the search was stopped; try a simpler pattern' : 'No hits';
  const base = `${plural(hitCount, 'hit', 'hits')} in ${plural(documentCount, 'document', 'documents')}`;
  return truncated ? `${base} (search stopped early; there may be more)` : base;
}

/** "Code 3 selected passages". */
export function codeButtonLabel(selected: number): string {
  return `Code ${plural(selected, 'selected passage', 'selected passages')}`;
}

/** "Coded 3 passages with Leadership/Trust". */
export function codedMessage(count: number, codePath: string): string {
  return `Coded ${plural(count, 'passage', 'passages')} with ${codePath}`;
}

/** The hits whose keys are not in `unchecked`, as ranges to code. */
export function selectedRanges(
  hits: readonly SearchHit[], unchecked: ReadonlySet<string>,
): { documentId: string; start: number; end: number }[] {
  return hits
    .filter((h) => !unchecked.has(hitKey(h)))
    .map(({ documentId, start, end }) => ({ documentId, start, end }));
}

/** Context as one line: each run of whitespace (line breaks included) becomes one space. */
export function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ');
}
