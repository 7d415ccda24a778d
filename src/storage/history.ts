import { db, RECORD_TABLES, type RecordTable } from './db';
import type { RecordChange } from './history-types';

/** How many undo steps a project keeps. */
export const HISTORY_LIMIT = 300;

/**
 * Writes records inside one transaction and remembers what each write replaced, so the whole
 * action can be undone as one step.
 */
export class ChangeRecorder {
  readonly changes: RecordChange[] = [];

  async put<T extends object>(table: RecordTable, key: string, record: T): Promise<void> {
    const t = db().table(table);
    const before = (await t.get(key)) ?? null;
    await t.put(record);
    this.changes.push({ table, key, before, after: record });
  }

  async delete(table: RecordTable, key: string): Promise<void> {
    const t = db().table(table);
    const before = (await t.get(key)) ?? null;
    if (before === null) return;
    await t.delete(key);
    this.changes.push({ table, key, before, after: null });
  }
}

function allTables() {
  const d = db();
  return [...RECORD_TABLES.map((n) => d.table(n)), d.history];
}

/**
 * Runs `work` in one read-write transaction over every table: either all its writes land, or
 * none do. When `undoLabel` is given, the writes become one undo step and the redo stack is cleared.
 */
export async function mutate<R>(
  projectId: string,
  undoLabel: string | null,
  work: (rec: ChangeRecorder) => Promise<R>,
): Promise<R> {
  return db().transaction('rw', allTables(), async () => {
    const rec = new ChangeRecorder();
    const result = await work(rec);
    if (undoLabel && rec.changes.length > 0) await pushHistory(projectId, undoLabel, rec.changes);
    return result;
  });
}

async function pushHistory(projectId: string, label: string, changes: RecordChange[]): Promise<void> {
  const d = db();
  await d.history.where('[projectId+undone]').equals([projectId, 1]).delete();
  await d.history.add({ projectId, label, at: Date.now(), undone: 0, changes });
  const kept = await d.history.where('[projectId+undone]').equals([projectId, 0]).primaryKeys();
  if (kept.length > HISTORY_LIMIT) await d.history.bulkDelete(kept.slice(0, kept.length - HISTORY_LIMIT));
}

/**
 * A quote reference, once exported, names that passage for good: undo and redo restore a
 * segment's other fields but keep the reference it has now.
 */
async function keepAssignedOnce(table: string, key: string, record: object): Promise<object> {
  if (table !== 'segments' || 'quoteRef' in record) return record;
  const current = (await db().segments.get(key)) as { quoteRef?: string } | undefined;
  return current?.quoteRef ? { ...record, quoteRef: current.quoteRef } : record;
}

async function applySide(changes: RecordChange[], side: 'before' | 'after'): Promise<void> {
  const ordered = side === 'before' ? [...changes].reverse() : changes;
  for (const c of ordered) {
    const record = c[side];
    if (record === null || record === undefined) await db().table(c.table).delete(c.key);
    else await db().table(c.table).put(await keepAssignedOnce(c.table, c.key, record as object));
  }
}

/** The next undo step (latest not undone) or redo step (earliest undone) of a project. */
function nextStep(projectId: string, direction: 'undo' | 'redo') {
  const steps = db().history.where('[projectId+undone]').equals([projectId, direction === 'undo' ? 0 : 1]);
  return direction === 'undo' ? steps.last() : steps.first();
}

/** Applies the next undo or redo step in one transaction; returns its label, or null when there is none. */
async function step(projectId: string, direction: 'undo' | 'redo'): Promise<string | null> {
  return db().transaction('rw', allTables(), async () => {
    const entry = await nextStep(projectId, direction);
    if (!entry || entry.seq === undefined) return null;
    await applySide(entry.changes, direction === 'undo' ? 'before' : 'after');
    await db().history.update(entry.seq, { undone: direction === 'undo' ? 1 : 0 });
    return entry.label;
  });
}

/** Undoes the project's latest action; returns its label, or null when there is nothing to undo. */
export function undo(projectId: string): Promise<string | null> {
  return step(projectId, 'undo');
}

/** Redoes the action undone last; returns its label, or null when there is nothing to redo. */
export function redo(projectId: string): Promise<string | null> {
  return step(projectId, 'redo');
}

/** Labels of the next undo and redo steps, for menus and tooltips. */
export async function historyState(projectId: string): Promise<{ undo: string | null; redo: string | null }> {
  const [u, r] = await Promise.all([nextStep(projectId, 'undo'), nextStep(projectId, 'redo')]);
  return { undo: u?.label ?? null, redo: r?.label ?? null };
}

/** Removes every undo step of a project (when the project is deleted). */
export async function clearHistory(projectId: string): Promise<void> {
  await db().history.where('projectId').equals(projectId).delete();
}

