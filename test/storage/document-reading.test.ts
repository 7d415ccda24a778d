import { beforeEach, describe, expect, it } from 'vitest';
import { applyCodes } from '../../src/storage/coding';
import { createCode } from '../../src/storage/codes';
import type { VerbatimDb } from '../../src/storage/db';
import { applyDocumentReading, previewDocumentReading } from '../../src/storage/document-reading';
import { addDocument } from '../../src/storage/documents';
import { redo, undo } from '../../src/storage/history';
import { createProject, localCoderId } from '../../src/storage/projects';
import { rereadDocument } from '../../src/io/transcripts/reread';
import { parseFixture } from '../io/transcripts/helpers';
import { freshDb } from './setup';

let db: VerbatimDb;
beforeEach(() => ({ db } = freshDb()));

async function paragraphsDocument() {
  const parsed = await parseFixture('two-turn.txt');
  const projectId = await createProject('Study');
  const asParagraphs = await rereadDocument(parsed, parsed, 'paragraphs');
  if ('error' in asParagraphs) throw new Error(asParagraphs.error);
  const documentId = await addDocument(projectId, { ...parsed, ...asParagraphs.value });
  const coderId = await localCoderId(projectId);
  const code = await createCode(projectId, { name: 'Trust', color: '#0072b2' });
  const text = asParagraphs.value.text;
  const at = (words: string) => ({ documentId, start: text.indexOf(words), end: text.indexOf(words) + words.length });
  await applyCodes(projectId, at('chief executives trusted each other'), [code], coderId);
  await applyCodes(projectId, at('Interviewer: Could'), [code], coderId);
  return { projectId, documentId, coderId };
}

describe('reading a stored document again', () => {
  it('previews without writing, then switches as one undo step that brings every passage back', async () => {
    const { projectId, documentId, coderId } = await paragraphsDocument();
    const stored = (await db.texts.get(documentId))!;
    const meta = (await db.documents.get(documentId))!;
    const turns = await rereadDocument(meta, stored, 'turns');
    if ('error' in turns) throw new Error(turns.error);

    const preview = await previewDocumentReading(documentId, turns.value);
    expect(preview).toMatchObject({ carried: 1, unplaced: [{ quote: 'Interviewer: Could', codings: 1 }] });
    expect((await db.texts.get(documentId))!.text).toBe(stored.text);

    const outcome = await applyDocumentReading(projectId, documentId, turns.value, 'Read as speaker turns');
    expect(outcome).toEqual(preview);
    const after = (await db.texts.get(documentId))!;
    expect(after.turns.map((t) => t.speaker)).toEqual([null, 'Interviewer', 'Grace Okafor']);
    expect(after.reading).toEqual({ kind: 'turns', pattern: 'Name:' });
    expect((await db.documents.get(documentId))!.speakers).toEqual(['Interviewer', 'Grace Okafor']);
    const segments = await db.segments.where('documentId').equals(documentId).toArray();
    expect(segments.map((s) => after.text.slice(s.start, s.end))).toEqual(['chief executives trusted each other']);
    expect(await db.codings.where('documentId').equals(documentId).count()).toBe(1);

    expect(await undo(projectId, coderId)).toBe('Read as speaker turns');
    expect((await db.texts.get(documentId))!.text).toBe(stored.text);
    expect(await db.segments.where('documentId').equals(documentId).count()).toBe(2);
    expect(await db.codings.where('documentId').equals(documentId).count()).toBe(2);
    await redo(projectId, coderId);
    expect((await db.texts.get(documentId))!.text).toBe(after.text);
  });
});
