import type { DocumentMeta } from '../core/model';
import * as ops from '../core/operations/documents';
import type { NewDocument } from '../core/operations/documents';
import { commit } from './commit';
import { db, newId } from './db';
import { localCoderId } from './local-coder';

export type { NewDocument };

/** Documents of a project with the same content hash (a transcript imported twice). */
export async function findDuplicate(projectId: string, contentHash: string): Promise<DocumentMeta | undefined> {
  return db().documents.where('[projectId+contentHash]').equals([projectId, contentHash]).first();
}

/** Stores one document (metadata and text) in one transaction; returns its id. An import is not an undo step. */
export async function addDocument(projectId: string, doc: NewDocument): Promise<string> {
  const { meta, changes } = ops.addDocument(projectId, doc, newId(), Date.now());
  await commit(changes, { label: null, coderId: null });
  return meta.id;
}

/**
 * Deletes a document with its text and every coder's segments and codings on it, as one undo
 * step of the local coder: undo brings all of it back together.
 */
export async function deleteDocument(projectId: string, documentId: string): Promise<void> {
  const coderId = await localCoderId(projectId);
  const title = (await db().documents.get(documentId))?.title ?? 'document';
  await commit(async () => {
    const meta = await db().documents.get(documentId);
    if (!meta || meta.projectId !== projectId) return [];
    const [segments, codings] = await Promise.all([
      db().segments.where('documentId').equals(documentId).toArray(),
      db().codings.where('documentId').equals(documentId).toArray(),
    ]);
    return ops.deleteDocument(meta, segments, codings);
  }, { label: `Delete document “${title}”`, coderId });
}

/** Sets a document's memo (undoable). */
export async function setDocumentMemo(projectId: string, documentId: string, memo: string): Promise<void> {
  await updateDocument(projectId, documentId, 'Edit document memo', { memo });
}

/** Updates fields of a document's metadata as one undo step. */
export async function updateDocument(projectId: string, documentId: string, label: string, patch: Partial<DocumentMeta>): Promise<void> {
  const coderId = await localCoderId(projectId);
  await commit(async () => {
    const m = await db().documents.get(documentId);
    if (!m) throw new Error('That document no longer exists.');
    return ops.updateDocument(m, patch);
  }, { label, coderId });
}
