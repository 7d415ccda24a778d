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
