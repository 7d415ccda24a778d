import { beforeEach, expect, it } from 'vitest';
import { put } from '../../src/core/changes';
import { applyCodes, removeCoding, resizeSegment } from '../../src/storage/coding';
import { createCode } from '../../src/storage/codes';
import { commit } from '../../src/storage/commit';
import type { VerbatimDb } from '../../src/storage/db';
import { deleteDocument } from '../../src/storage/documents';
import { historyState, redo, undo } from '../../src/storage/history';
import { freshDb, projectWithDocument } from './setup';

let db: VerbatimDb;
beforeEach(() => ({ db } = freshDb()));

async function secondCoder(projectId: string): Promise<string> {
  await commit([put('coders', { id: 'coder-b', projectId, name: 'Bea', color: '#009e73' })], { label: null, coderId: null });
  return 'coder-b';
}

it('keeps each coder\'s passage apart: the same words give two segments, and removing mine leaves theirs', async () => {
  const { projectId, documentId, coderId } = await projectWithDocument();
  const b = await secondCoder(projectId);
  const code = await createCode(projectId, { name: 'Trust', color: '#000000' });
  const mine = await applyCodes(projectId, { documentId, start: 0, end: 7 }, [code], coderId);
  const theirs = await applyCodes(projectId, { documentId, start: 0, end: 7 }, [code], b);
  expect(theirs).not.toBe(mine);
  const theirRecords = { segment: await db.segments.get(theirs), codings: await db.codings.filter((c) => c.coderId === b).toArray() };
  await resizeSegment(projectId, mine, 0, 12, coderId);
  const myCoding = (await db.codings.filter((c) => c.coderId === coderId).toArray())[0]!;
  await removeCoding(projectId, myCoding.id, coderId);
  expect(await db.segments.get(mine)).toBeUndefined();
  expect(await db.segments.get(theirs)).toEqual(theirRecords.segment);
  expect(await db.codings.filter((c) => c.coderId === b).toArray()).toEqual(theirRecords.codings);
  // And one coder cannot change the other's passage.
  await expect(resizeSegment(projectId, theirs, 0, 3, coderId)).rejects.toThrow(/another coder/);
  await expect(removeCoding(projectId, theirRecords.codings[0]!.id, coderId)).rejects.toThrow(/another coder/);
});

it('undoes only the coder\'s own steps', async () => {
  const { projectId, documentId, coderId } = await projectWithDocument();
  const b = await secondCoder(projectId);
  const code = await createCode(projectId, { name: 'Trust', color: '#000000' });
  await applyCodes(projectId, { documentId, start: 0, end: 7 }, [code], coderId);
  await applyCodes(projectId, { documentId, start: 10, end: 20 }, [code], b);
  expect(await undo(projectId, coderId)).toBe('Apply code');
  expect(await db.codings.filter((c) => c.coderId === b).count()).toBe(1);
  expect(await db.codings.filter((c) => c.coderId === coderId).count()).toBe(0);
  expect(await historyState(projectId, b)).toEqual({ undo: 'Apply code', redo: null });
});

it('refuses, whole, an undo whose records another coder changed since, and a redo whose document is gone', async () => {
  const { projectId, documentId, coderId } = await projectWithDocument();
  const b = await secondCoder(projectId);
  const code = await createCode(projectId, { name: 'Trust', color: '#000000' });
  await applyCodes(projectId, { documentId, start: 0, end: 7 }, [code], b);
  await applyCodes(projectId, { documentId, start: 10, end: 20 }, [code], b);
  await undo(projectId, b);
  // Another coder deletes the document (with coder b's remaining passage).
  await deleteDocument(projectId, documentId);
  const before = { segments: await db.segments.count(), codings: await db.codings.count(), texts: await db.texts.count() };
  await expect(redo(projectId, b)).rejects.toThrow(/Cannot redo “Apply code”: the document this (passage|coding) belongs to no longer exists\. Nothing was changed/);
  await expect(undo(projectId, b)).rejects.toThrow(/Cannot undo “Apply code”: a passage it changed has been changed since/);
  expect({ segments: await db.segments.count(), codings: await db.codings.count(), texts: await db.texts.count() }).toEqual(before);
  // Refused steps leave the list, so the coder's next undo is the step before them.
  expect(await historyState(projectId, b)).toEqual({ undo: null, redo: null });
  // The deletion itself is undone whole by the coder who made it, coder b's passage included.
  expect(await undo(projectId, coderId)).toBe('Delete document “Interview 1”');
  expect(await db.codings.filter((c) => c.coderId === b).count()).toBe(1);
  expect(await db.texts.count()).toBe(1);
});
