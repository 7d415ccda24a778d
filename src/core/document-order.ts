/**
 * The order of a project's documents wherever it matters for an output: by title (numbers in
 * titles compared as numbers, so "Interview 2" comes before "Interview 10"), then by import time,
 * then by id. Never the order records happen to be read or imports happen to finish, so quote
 * numbering and export order are the same however the files arrived.
 */
import type { DocumentMeta } from './model';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function compareDocuments(a: Pick<DocumentMeta, 'title' | 'importedAt' | 'id'>, b: Pick<DocumentMeta, 'title' | 'importedAt' | 'id'>): number {
  return collator.compare(a.title, b.title) || a.title.localeCompare(b.title, 'en') || a.importedAt - b.importedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A copy of `documents` in project order (see above). */
export function inProjectOrder<D extends Pick<DocumentMeta, 'title' | 'importedAt' | 'id'>>(documents: readonly D[]): D[] {
  return [...documents].sort(compareDocuments);
}
