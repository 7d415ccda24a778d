import { db } from './db';
import type { DocumentScopedTable } from './record-cache';

export type { DocumentScopedTable };

export const DOCUMENT_SCOPED: readonly DocumentScopedTable[] = ['segments', 'codings'];

/** Ids of a project's documents. */
export function projectDocumentIds(projectId: string): Promise<string[]> {
  return db().documents.where('projectId').equals(projectId).primaryKeys();
}

/** Every segment or coding of a project (see `VerbatimDb.projectRecords`). */
export function projectRecords<T>(table: DocumentScopedTable, projectId: string): Promise<T[]> {
  return db().projectRecords<T>(table, projectId);
}
