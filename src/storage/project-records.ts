import { db } from './db';

/** Tables indexed by document only: a project's records are found through its documents. */
export type DocumentScopedTable = 'segments' | 'codings';

export const DOCUMENT_SCOPED: readonly DocumentScopedTable[] = ['segments', 'codings'];

/** Ids of a project's documents. */
export function projectDocumentIds(projectId: string): Promise<string[]> {
  return db().documents.where('projectId').equals(projectId).primaryKeys();
}

/** Every segment or coding of a project, through the document index. */
export async function projectRecords<T>(table: DocumentScopedTable, projectId: string): Promise<T[]> {
  const ids = await projectDocumentIds(projectId);
  return db().table(table).where('documentId').anyOf(ids).toArray() as Promise<T[]>;
}
