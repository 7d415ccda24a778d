import type { StorageUse } from '../core/storage-use';
import { db } from './db';

export type PersistenceState = 'granted' | 'denied' | 'unsupported';

const ASKED_KEY = 'persistence-asked';

/**
 * Asks the browser once to keep this site's data under storage pressure, after the first
 * project exists; later calls only report the state.
 */
export async function ensurePersistentStorage(): Promise<PersistenceState> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  if (await storage.persisted()) return 'granted';
  const asked = await db().meta.get(ASKED_KEY);
  if (asked) return 'denied';
  await db().meta.put({ key: ASKED_KEY, value: Date.now() });
  return (await storage.persist()) ? 'granted' : 'denied';
}

/** Whether the browser has already agreed to keep this site's data, without asking. */
export async function persistenceState(): Promise<PersistenceState> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) return 'unsupported';
  return (await storage.persisted()) ? 'granted' : 'denied';
}

/** What this origin stores (IndexedDB and the app's offline copy) against its quota; null where the browser cannot say. */
export async function storageUse(): Promise<StorageUse | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}
