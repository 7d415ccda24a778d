import type { LocalCoder } from '../core/migrate-tables';
import { ensureCoder } from '../core/operations/projects';
import { put } from '../core/changes';
import { DEFAULT_CODER_COLOR } from '../core/schema';
import type { Coder } from '../core/model';
import { commit } from './commit';
import { db, newId } from './db';
import { LOCAL_CODER_KEY } from './local-coder-key';

export type { LocalCoder };

/** The local coder as stored, with whether the person has confirmed their name yet. */
export interface StoredLocalCoder extends LocalCoder {
  confirmed?: boolean;
}

/**
 * Who codes in this browser profile: one GUID in every project (so their work is recognised when
 * files are merged), a name and a colour the person chooses. Created with a default on first use.
 */
export async function localCoder(): Promise<StoredLocalCoder> {
  const stored = (await db().meta.get(LOCAL_CODER_KEY))?.value as StoredLocalCoder | undefined;
  if (stored) return stored;
  const fresh: StoredLocalCoder = { guid: newId(), name: 'You', color: DEFAULT_CODER_COLOR, confirmed: false };
  // Two tabs starting at once must agree on one GUID: the first write wins.
  return db().transaction('rw', db().meta, async () => {
    const again = (await db().meta.get(LOCAL_CODER_KEY))?.value as StoredLocalCoder | undefined;
    if (again) return again;
    await db().meta.put({ key: LOCAL_CODER_KEY, value: fresh });
    return fresh;
  });
}

/**
 * Renames or recolours the local coder: the profile's setting and the coder record of every
 * project that has one (not an undo step: it is who you are, not something you did).
 */
export async function setLocalCoder(patch: { name?: string; color?: string }): Promise<void> {
  const name = patch.name?.trim();
  if (patch.name !== undefined && !name) throw new Error('Your coder name cannot be empty.');
  if (patch.color !== undefined && !/^#[0-9a-f]{6}$/i.test(patch.color)) throw new Error('Choose a colour.');
  const current = await localCoder();
  const next: StoredLocalCoder = { ...current, ...(name ? { name } : {}), ...(patch.color ? { color: patch.color } : {}), confirmed: true };
  // One transaction: the profile's setting and every project's coder record change together.
  await commit(async () => (await db().coders.filter((c) => c.guid === current.guid).toArray())
    .map((c) => put('coders', { ...c, name: next.name, color: next.color } satisfies Coder)),
  { label: null, coderId: null, settings: [{ key: LOCAL_CODER_KEY, value: next }] });
}

/** The local coder's id in a project, adding their coder record to a project that lacks one. */
export async function localCoderId(projectId: string): Promise<string> {
  const local = await localCoder();
  const existing = (await db().coders.where('projectId').equals(projectId).toArray()).find((c) => c.guid === local.guid);
  if (existing) return existing.id;
  // Read again inside the write, so two callers at once add one record, not two.
  let coderId = '';
  await commit(async () => {
    const found = ensureCoder(await db().coders.where('projectId').equals(projectId).toArray(), projectId, local, newId);
    coderId = found.coderId;
    return found.changes;
  }, { label: null, coderId: null });
  return coderId;
}
