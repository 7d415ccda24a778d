import { db, type VerbatimDb } from './db';

/** Tables indexed by document only: a project's records are found through its documents. */
export type DocumentScopedTable = 'segments' | 'codings';

export const DOCUMENT_SCOPED: readonly DocumentScopedTable[] = ['segments', 'codings'];

/** Ids of a project's documents. */
export function projectDocumentIds(projectId: string): Promise<string[]> {
  return db().documents.where('projectId').equals(projectId).primaryKeys();
}

/**
 * Every segment or coding of a project, through the document index, in one read transaction.
 * One key range per document: each is one `getAll`, where a single `anyOf` over all of them
 * walks a cursor record by record (2.2 s against 0.75 s for 50,000 codings in Chromium).
 */
export function projectRecords<T>(table: DocumentScopedTable, projectId: string): Promise<T[]> {
  return projectRecordsIn<T>(db(), table, projectId);
}

/** `projectRecords` in a given database (the one a record cache belongs to). */
export function projectRecordsIn<T>(d: VerbatimDb, table: DocumentScopedTable, projectId: string): Promise<T[]> {
  return d.transaction('r', [d.documents, d.table(table)], async () => {
    const ids = await d.documents.where('projectId').equals(projectId).primaryKeys();
    const parts = await Promise.all(ids.map((id) => d.table(table).where('documentId').equals(id).toArray()));
    return parts.flat() as T[];
  });
}
