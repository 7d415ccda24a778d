import { lastChangePerRecord, type Change, type RecordDelta } from '../core/changes';
import { keyOf, RECORD_TABLES, SCHEMA, type StoredRecord, type TableName } from '../core/schema';
import { db } from './db';
import { checkReferences } from './references';

/** Every table a write may touch: the records, the undo history and the profile's settings. */
export function commitTables() {
  const d = db();
  return [...RECORD_TABLES.map((t) => d.table(t)), d.history, d.meta];
}

/**
 * Applies changes inside an open transaction and returns what each did. `keepBefore: false`
 * skips reading the records a put replaces (an import of 100,000 new records), so such deltas
 * have `before: null` for puts and are not fit for undo.
 */
export async function writeChanges(changes: readonly Change[], opts: { keepBefore: boolean }): Promise<RecordDelta[]> {
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
export function published(deltas: readonly RecordDelta[]): void {
  if (deltas.length > 0) db().recordCache.committed(deltas);
}
