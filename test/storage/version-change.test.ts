import { afterEach, expect, it } from 'vitest';
import { VerbatimDb } from '../../src/storage/db';
import { watchVersionChange, type VersionChange } from '../../src/storage/version-change';

let counter = 0;
const opened: VerbatimDb[] = [];
afterEach(() => opened.splice(0).forEach((d) => d.close()));

function rawOpen(name: string, version: number): Promise<{ idb: IDBDatabase; blocked: boolean }> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    const req = indexedDB.open(name, version);
    req.onblocked = () => { blocked = true; };
    req.onsuccess = () => resolve({ idb: req.result, blocked });
    req.onerror = () => reject(req.error);
  });
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

it('an upgrade in another tab closes this tab\'s connection for good, so the upgrade is not blocked and this tab writes nothing into the new schema', async () => {
  const name = `version-change-${counter++}`;
  const db = new VerbatimDb(name);
  opened.push(db);
  await db.open();
  const seen: VersionChange[] = [];
  watchVersionChange((c) => seen.push(c), db);

  const newer = await rawOpen(name, db.verno * 10 + 10);
  expect(newer.blocked).toBe(false);
  expect(seen).toEqual(['replaced']);
  await expect(db.meta.put({ key: 'k', value: 1 })).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  newer.idb.close();
});

it('an upgrade held up by an older tab says so, and says when it went through', async () => {
  const name = `version-change-${counter++}`;
  const older = await rawOpen(name, 10);
  const db = new VerbatimDb(name);
  opened.push(db);
  const seen: VersionChange[] = [];
  watchVersionChange((c) => seen.push(c), db);
  const opening = db.open();
  await until(() => seen.includes('blocked'));
  older.idb.close();
  await opening;
  await until(() => seen.includes('unblocked'));
  expect(seen).toEqual(['blocked', 'unblocked']);
  await db.meta.put({ key: 'k', value: 1 });
  expect(await db.meta.get('k')).toEqual({ key: 'k', value: 1 });
});

it('stops watching when asked', async () => {
  const name = `version-change-${counter++}`;
  const db = new VerbatimDb(name);
  opened.push(db);
  await db.open();
  const seen: VersionChange[] = [];
  watchVersionChange((c) => seen.push(c), db)();
  const newer = await rawOpen(name, db.verno * 10 + 10);
  expect(seen).toEqual([]);
  newer.idb.close();
});
