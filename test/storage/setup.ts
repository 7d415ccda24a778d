import 'fake-indexeddb/auto';
import { VerbatimDb, useDatabase } from '../../src/storage/db';
import { addDocument } from '../../src/storage/documents';
import { createProject, localCoderId } from '../../src/storage/projects';

let counter = 0;

/** A fresh database per test, as the app would open it. */
export function freshDb(): { name: string; db: VerbatimDb } {
  const name = `verbatim-test-${process.pid}-${counter++}`;
  const db = new VerbatimDb(name);
  useDatabase(db);
  return { name, db };
}

/** Closes the database and opens it again by name, as a page reload does. */
export function reopen(name: string, old: VerbatimDb): VerbatimDb {
  old.close();
  const db = new VerbatimDb(name);
  useDatabase(db);
  return db;
}

export const SAMPLE_TEXT = 'We used to need fifty page business cases.\n\nNow we can approve half a page, and trust the teams.';

/** A project with one document and the local coder. */
export async function projectWithDocument() {
  const projectId = await createProject('Council study');
  const documentId = await addDocument(projectId, {
    title: 'Interview 1', format: 'txt', text: SAMPLE_TEXT,
    turns: [{ start: 0, end: 42, speaker: 'Interviewer' }, { start: 44, end: SAMPLE_TEXT.length, speaker: 'Chief executive' }],
    speakers: ['Interviewer', 'Chief executive'], wordCount: 19, contentHash: 'abc',
  });
  const coderId = await localCoderId(projectId);
  return { projectId, documentId, coderId };
}
