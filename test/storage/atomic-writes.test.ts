import { beforeEach, expect, it, vi } from 'vitest';
import { put } from '../../src/core/changes';
import { commit } from '../../src/storage/commit';
import { createCode } from '../../src/storage/codes';
import type { VerbatimDb } from '../../src/storage/db';
import { historyState } from '../../src/storage/history';
import { freshDb, projectWithDocument } from './setup';

let db: VerbatimDb;
beforeEach(() => ({ db } = freshDb()));

it('a write that fails half-way (a full disk while storing its undo step) leaves nothing of itself behind', async () => {
  const { projectId, coderId } = await projectWithDocument();
  await createCode(projectId, { name: 'Trust', color: '#000000' });
  const before = { codes: await db.codes.count(), history: await historyState(projectId, coderId) };
  const full = vi.spyOn(db.history, 'add').mockImplementation(() => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); });
  const code = { ...(await db.codes.toArray())[0]!, id: 'c-new', name: 'Momentum' };
  await expect(commit([put('codes', code)], { label: 'Import codebook', coderId })).rejects.toMatchObject({ name: 'QuotaExceededError' });
  full.mockRestore();
  expect(await db.codes.count()).toBe(before.codes);
  expect(await db.codes.get('c-new')).toBeUndefined();
  expect(await historyState(projectId, coderId)).toEqual(before.history);
});
