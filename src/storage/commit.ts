import Dexie from 'dexie';
import type { Change, RecordDelta } from '../core/changes';
import { db, type MetaRecord } from './db';
import { pushStep } from './history';
import { commitTables, published, writeChanges } from './write-changes';

export { commitTables, published, writeChanges };

export interface CommitMeta {
  /** Names the undo step; null writes without one (an import, a quote reference, settings). */
  label: string | null;
  /** Who made the change; an undo step belongs to its coder. Required with a label. */
  coderId: string | null;
  /** Profile settings written in the same transaction (the local coder's name with its records). */
  settings?: MetaRecord[];
}

export type ChangeSource = readonly Change[] | (() => Promise<readonly Change[]>);

/**
 * The one door for every write to project records. In one read-write transaction it works out
 * the changes (a function runs inside the transaction, so what it reads cannot change before the
 * write), checks every reference (a put needs its parents; a delete needs its children gone in
 * the same list), writes, and stores the inverse as one undo step of `meta.coderId`. Only once
 * the transaction has committed are the record cache and other tabs told, from the same deltas.
 * A failure anywhere leaves nothing written and tells nobody.
 */
export async function commit(changes: ChangeSource, meta: CommitMeta): Promise<RecordDelta[]> {
  if (meta.label !== null && !meta.coderId) throw new Error('An undoable change needs its coder.');
  if (Dexie.currentTransaction) throw new Error('commit runs its own transaction; it cannot be nested in another.');
  const deltas = await db().transaction('rw', commitTables(), async () => {
    const list = typeof changes === 'function' ? await changes() : changes;
    const deltas = await writeChanges(list, { keepBefore: meta.label !== null });
    if (meta.label !== null && deltas.length > 0) await pushStep(meta.label, meta.coderId!, deltas);
    if (meta.settings?.length) await db().meta.bulkPut(meta.settings);
    return deltas;
  });
  published(deltas);
  return deltas;
}

