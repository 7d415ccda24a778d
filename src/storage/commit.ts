import Dexie from 'dexie';
import { lastChangePerRecord, type Change, type RecordDelta } from '../core/changes';
import { keyOf, RECORD_TABLES, SCHEMA, SCHEMA_VERSION, type StoredRecord, type TableName } from '../core/schema';
import { db, type MetaRecord } from './db';
import { checkReferences } from './references';


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


/** How many undo steps each coder keeps per project. */
export const HISTORY_LIMIT = 300;

const index = (projectId: string, coderId: string, undone: 0 | 1) =>
  db().history.where('[projectId+coderId+undone]').equals([projectId, coderId, undone]);

/** Stores one undo step inside the committing transaction and clears that coder's redo steps. */
async function pushStep(label: string, coderId: string, deltas: RecordDelta[]): Promise<void> {
  const projectId = projectOf(deltas);
  await index(projectId, coderId, 1).delete();
  await db().history.add({ projectId, coderId, label, at: Date.now(), undone: 0, schemaVersion: SCHEMA_VERSION, deltas });
  const kept = await index(projectId, coderId, 0).primaryKeys();
  if (kept.length > HISTORY_LIMIT) await db().history.bulkDelete(kept.slice(0, kept.length - HISTORY_LIMIT));
}

/** The one project a step's records belong to; a step across projects is a programming error. */
function projectOf(deltas: readonly RecordDelta[]): string {
  const ids = new Set(deltas.map((d) => ((d.after ?? d.before) as { projectId?: string; id: string }))
    .map((r) => r.projectId ?? r.id));
  if (ids.size !== 1) throw new Error('An undo step must change exactly one project.');
  return [...ids][0]!;
}

/** Every table a write may touch: the records, the undo history and the profile's settings. */
function commitTables() {
  const d = db();
  return [...RECORD_TABLES.map((t) => d.table(t)), d.history, d.meta];
}

/**
 * Applies changes inside an open transaction and returns what each did. `keepBefore: false`
 * skips reading the records a put replaces (an import of 100,000 new records), so such deltas
 * have `before: null` for puts and are not fit for undo.
 */
async function writeChanges(changes: readonly Change[], opts: { keepBefore: boolean }): Promise<RecordDelta[]> {
  const list = lastChangePerRecord(changes, changeKey);
  const byTable = new Map<TableName, Change[]>();
  for (const c of list) {
    if (!SCHEMA[c.table]) throw new Error(`No table “${c.table}”.`);
    let group = byTable.get(c.table);
    if (!group) byTable.set(c.table, (group = []));
    group.push(c);
  }
  const befores = new Map<string, StoredRecord | null>();
  for (const [table, group] of byTable) {
    const keys = group.filter((c) => c.op === 'delete' || (opts.keepBefore && c.op === 'put')).map(changeKey);
    if (keys.length === 0) continue;
    const found = await db().table(table).bulkGet(keys);
    keys.forEach((k, i) => befores.set(`${table}\u0000${k}`, (found[i] as StoredRecord | undefined) ?? null));
  }
  const deltas: RecordDelta[] = list.map((c) => ({
    table: c.table,
    key: changeKey(c),
    before: befores.get(`${c.table}\u0000${changeKey(c)}`) ?? null,
    after: c.op === 'delete' ? null : c.record,
  }));
  // Deleting what is not there is no change.
  const effective = deltas.filter((d) => d.after !== null || d.before !== null);
  await checkReferences(effective);
  for (const [table, group] of byTable) {
    const puts = group.flatMap((c) => (c.op === 'put' ? [c.record] : []));
    const inserts = group.flatMap((c) => (c.op === 'insert' ? [c.record] : []));
    const deletes = group.flatMap((c) => (c.op === 'delete' ? [c.key] : []));
    if (puts.length > 0) await db().table(table).bulkPut(puts);
    // bulkAdd fails on a key already stored, which aborts the whole write.
    if (inserts.length > 0) await db().table(table).bulkAdd(inserts);
    if (deletes.length > 0) await db().table(table).bulkDelete(deletes);
  }
  return effective;
}

function changeKey(c: Change): string {
  return c.op === 'delete' ? c.key : keyOf(c.table, c.record);
}

/** Tells the record cache and other tabs what a committed transaction changed. */
function published(deltas: readonly RecordDelta[]): void {
  if (deltas.length > 0) db().recordCache.committed(deltas);
}
