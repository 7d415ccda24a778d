import { beforeEach, expect, it } from 'vitest';
import { createCode } from '../../src/storage/codes';
import type { VerbatimDb } from '../../src/storage/db';
import { historyState, mutate } from '../../src/storage/history';
import { freshDb, projectWithDocument } from './setup';

let db: VerbatimDb;
beforeEach(() => ({ db } = freshDb()));

it('a write that fails half-way (a full disk) leaves nothing of itself behind, and no undo step', async () => {
  const { projectId } = await projectWithDocument();
  await createCode(projectId, { name: 'Trust', color: '#000000' });
  const before = { codes: await db.codes.count(), history: await historyState(projectId) };
  const write = mutate(projectId, 'Import codebook', async (rec) => {
    await rec.put('codes', 'c-new', { ...(await db.codes.toArray())[0]!, id: 'c-new', name: 'Momentum' });
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  await expect(write).rejects.toMatchObject({ name: 'QuotaExceededError' });
  expect(await db.codes.count()).toBe(before.codes);
  expect(await db.codes.get('c-new')).toBeUndefined();
  expect(await historyState(projectId)).toEqual(before.history);
});
