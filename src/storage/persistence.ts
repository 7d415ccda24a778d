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

/** Current persistence without asking. */
export async function persistenceState(): Promise<PersistenceState> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) return 'unsupported';
  return (await storage.persisted()) ? 'granted' : 'denied';
}

/** Bytes used and available to this origin, when the browser says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return null;
  const e = await storage.estimate();
  return { usage: e.usage ?? 0, quota: e.quota ?? 0 };
}
