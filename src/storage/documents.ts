import type { DocumentMeta, DocumentText, SourceFormat, Turn } from '../core/model';
import { db, newId } from './db';
import { mutate } from './history';

/** A parsed transcript ready to store: normalised text and its turns. */
export interface NewDocument {
  title: string;
  format: SourceFormat;
  text: string;
  turns: Turn[];
  speakers: string[];
  wordCount: number;
  contentHash: string;
}

/** Documents of a project with the same content hash (a transcript imported twice). */
export async function findDuplicate(projectId: string, contentHash: string): Promise<DocumentMeta | undefined> {
  return db().documents.where('[projectId+contentHash]').equals([projectId, contentHash]).first();
}

/** Stores one document (metadata and text) in one transaction; returns its id. */
export async function addDocument(projectId: string, doc: NewDocument): Promise<string> {
  const id = newId();
  const meta: DocumentMeta = {
    id, projectId, title: doc.title, format: doc.format, contentHash: doc.contentHash,
    importedAt: Date.now(), length: doc.text.length, wordCount: doc.wordCount, speakers: doc.speakers,
    memo: '', participantIds: [],
  };
  const text: DocumentText = { documentId: id, projectId, text: doc.text, turns: doc.turns };
  await mutate(projectId, null, async (rec) => {
    await rec.put('documents', id, meta);
    await rec.put('texts', id, text);
  });
  return id;
}

/** Deletes a document with its text, coded segments and their codings. Not undoable: confirmed first. */
export async function deleteDocument(projectId: string, documentId: string): Promise<void> {
  await mutate(projectId, null, async () => {
    const d = db();
    await d.codings.where('documentId').equals(documentId).delete();
    await d.segments.where('documentId').equals(documentId).delete();
    await d.texts.delete(documentId);
    await d.documents.delete(documentId);
  });
}

/** Sets a document's memo (undoable). */
export async function setDocumentMemo(projectId: string, documentId: string, memo: string): Promise<void> {
  await updateDocument(projectId, documentId, 'Edit document memo', { memo });
}

/** Updates fields of a document's metadata as one undo step. */
export async function updateDocument(
  projectId: string, documentId: string, label: string, patch: Partial<DocumentMeta>,
): Promise<void> {
  await mutate(projectId, label, async (rec) => {
    const m = await db().documents.get(documentId);
    if (!m) throw new Error('That document no longer exists.');
    await rec.put('documents', documentId, { ...m, ...patch, id: documentId });
  });
}
