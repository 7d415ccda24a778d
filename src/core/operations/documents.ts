import { put, remove, type Change } from '../changes';
import type { Coding, DocumentMeta, DocumentText, Id, Segment, SourceFormat, TextReadingSummary, Turn } from '../model';

/** A parsed transcript ready to store: normalised text and its turns. */
export interface NewDocument {
  title: string;
  format: SourceFormat;
  text: string;
  turns: Turn[];
  speakers: string[];
  wordCount: number;
  contentHash: string;
  /** The text as read, for reading it again (txt, md, docx). */
  source?: string;
  reading?: TextReadingSummary;
}

/** A document's metadata and text records. */
export function addDocument(projectId: Id, doc: NewDocument, id: Id, now: number): { meta: DocumentMeta; changes: Change[] } {
  const meta: DocumentMeta = {
    id, projectId, title: doc.title, format: doc.format, contentHash: doc.contentHash,
    importedAt: now, length: doc.text.length, wordCount: doc.wordCount, speakers: doc.speakers,
    memo: '', participantIds: [],
  };
  const text: DocumentText = {
    documentId: id, projectId, text: doc.text, turns: doc.turns,
    ...(doc.source === undefined ? {} : { source: doc.source }), ...(doc.reading === undefined ? {} : { reading: doc.reading }),
  };
  return { meta, changes: [put('documents', meta), put('texts', text)] };
}

/**
 * Deletes a document with everything on it: every coder's codings and segments, its text, its
 * metadata. As one change list it is one undo step, so undoing brings all of it back together.
 */
export function deleteDocument(meta: DocumentMeta, segments: readonly Segment[], codings: readonly Coding[]): Change[] {
  return [
    ...codings.map((c) => remove('codings', c.id)),
    ...segments.map((s) => remove('segments', s.id)),
    remove('texts', meta.id),
    remove('documents', meta.id),
  ];
}

export function updateDocument(meta: DocumentMeta, patch: Partial<DocumentMeta>): Change[] {
  return [put('documents', { ...meta, ...patch, id: meta.id, projectId: meta.projectId })];
}
