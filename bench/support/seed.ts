import type { Page } from 'playwright-core';
import type { ProjectBundle } from '../../src/core/bundle';

/** Store name for each bundle field; the Dexie schema in src/storage/db.ts names them. */
const STORES: [keyof ProjectBundle, string][] = [
  ['coders', 'coders'], ['documents', 'documents'], ['texts', 'texts'], ['codes', 'codes'], ['segments', 'segments'],
  ['codings', 'codings'], ['participants', 'participants'], ['attributes', 'attributes'], ['attributeValues', 'attributeValues'],
  ['redactions', 'redactions'], ['nonParticipantSpeakers', 'nonParticipantSpeakers'],
];

/**
 * Writes a whole project into the page's IndexedDB in one transaction, the way the storage layer
 * lays it out, after the app has opened (and so created) the database.
 */
export async function seedBundle(page: Page, bundle: ProjectBundle): Promise<void> {
  const payload = { project: bundle.project, stores: STORES.map(([field, store]) => [store, bundle[field]] as const) };
  await page.evaluate(async ({ project, stores }) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const req = indexedDB.open('verbatim');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    await new Promise<void>((ok, fail) => {
      const names = ['projects', ...stores.map(([s]) => s)];
      const tx = db.transaction(names, 'readwrite');
      tx.objectStore('projects').put(project);
      for (const [store, records] of stores) for (const r of records as object[]) tx.objectStore(store).put(r);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, payload);
}
