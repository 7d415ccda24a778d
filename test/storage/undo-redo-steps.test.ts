import { beforeEach, expect, it } from 'vitest';
import { applyCodes } from '../../src/storage/coding';
import { createCode } from '../../src/storage/codes';
import type { VerbatimDb } from '../../src/storage/db';
import { redo, undo } from '../../src/storage/history';
import { freshDb, projectWithDocument } from './setup';

let db: VerbatimDb;
beforeEach(() => ({ db } = freshDb()));

it('undoes several steps and redoes them in order', async () => {
  const { projectId, documentId, coderId } = await projectWithDocument();
  const code = await createCode(projectId, { name: 'Trust', color: '#000000' });
  for (let i = 0; i < 3; i++) await applyCodes(projectId, { documentId, start: i * 3, end: i * 3 + 2 }, [code], coderId);
  await undo(projectId, coderId);
  await undo(projectId, coderId);
  expect(await db.codings.count()).toBe(1);
  expect(await redo(projectId, coderId)).toBe('Apply code');
  expect(await db.codings.count()).toBe(2);
  expect((await db.segments.toArray()).map((s) => s.start).sort()).toEqual([0, 3]);
  expect(await redo(projectId, coderId)).toBe('Apply code');
  expect(await db.codings.count()).toBe(3);
  expect(await redo(projectId, coderId)).toBeNull();
});
