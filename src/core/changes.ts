import type { RecordDelta, StoredRecord, TableName } from './schema';

export type { RecordDelta } from './schema';

/**
 * One write to one record: what core operations compute and storage's `commit` applies.
 * A `put` carries the whole record (its key is the table's key field) and replaces any record
 * of that key; an `insert` is a put that refuses to replace one (an import never overwrites);
 * a `delete` names the key.
 */
export type Change =
  | { op: 'put' | 'insert'; table: TableName; record: StoredRecord }
  | { op: 'delete'; table: TableName; key: string };

export function put<T extends StoredRecord>(table: TableName, record: T): Change {
  return { op: 'put', table, record };
}

export function insert<T extends StoredRecord>(table: TableName, record: T): Change {
  return { op: 'insert', table, record };
}

export function remove(table: TableName, key: string): Change {
  return { op: 'delete', table, key };
}

/** The changes that take the store from a delta list's `after` side back to its `before` side. */
export function inverseChanges(deltas: readonly RecordDelta[]): Change[] {
  return [...deltas].reverse().map((d) => (d.before === null ? remove(d.table, d.key) : put(d.table, d.before)));
}

/** The changes that take the store from a delta list's `before` side to its `after` side again. */
export function forwardChanges(deltas: readonly RecordDelta[]): Change[] {
  return deltas.map((d) => (d.after === null ? remove(d.table, d.key) : put(d.table, d.after)));
}

/**
 * Collapses a change list to the last change of each record, keeping first-seen order, so a
 * list that writes a record twice (create then edit) commits one write and one undo delta.
 */
export function lastChangePerRecord(changes: readonly Change[], keyOf: (c: Change) => string): Change[] {
  const last = new Map<string, Change>();
  for (const c of changes) {
    const id = `${c.table}\u0000${keyOf(c)}`;
    last.delete(id);
    last.set(id, c);
  }
  return [...last.values()];
}
