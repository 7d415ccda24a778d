import { forwardChanges, inverseChanges, type RecordDelta } from '../core/changes';
import { sameRecord } from '../core/same-record';
import { SCHEMA, SCHEMA_VERSION, withoutVolatile, type HistoryStep, type StoredRecord, type TableName } from '../core/schema';
import { commitTables, published, writeChanges } from './write-changes';
import { db } from './db';
import { migrateStep } from '../core/migrate-step';
import { BrokenReference } from './references';

/** How many undo steps each coder keeps per project. */
export const HISTORY_LIMIT = 300;

/** An undo or redo that cannot be applied as a whole; nothing of it was applied. */
export class UndoRefused extends Error {
  override name = 'UndoRefused';
}

const index = (projectId: string, coderId: string, undone: 0 | 1) =>
  db().history.where('[projectId+coderId+undone]').equals([projectId, coderId, undone]);

/** Stores one undo step inside the committing transaction and clears that coder's redo steps. */
export async function pushStep(label: string, coderId: string, deltas: RecordDelta[]): Promise<void> {
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

function nextStep(projectId: string, coderId: string, direction: 'undo' | 'redo') {
  const steps = index(projectId, coderId, direction === 'undo' ? 0 : 1);
  return direction === 'undo' ? steps.last() : steps.first();
}

/**
 * Applies a coder's next undo or redo step as a whole, through the same write as any change.
 * Every record the step touches must be as the step left it (another coder or a non-undoable
 * write may have changed it since), and the parents it restores must still exist; otherwise
 * nothing is applied, the step is taken off the list (it can never apply again), and
 * `UndoRefused` says why. Returns the step's label, or null when there is none.
 */
async function step(projectId: string, coderId: string, direction: 'undo' | 'redo'): Promise<string | null> {
  let refused: { seq: number; why: string; label: string } | null = null;
  const result = await db().transaction('rw', commitTables(), async () => {
    const stored = await nextStep(projectId, coderId, direction);
    if (!stored || stored.seq === undefined) return null;
    // Steps are migrated with the database; one of another version can only come from a tab of an
    // older app still writing, and its records are brought up to date the same way.
    const entry = migrateStep(stored, { segmentCoder: () => coderId, segmentDocument: () => undefined, rekey: (k) => k }, coderId);
    const undoing = direction === 'undo';
    const expected = undoing ? 'after' : 'before';
    const currentRecords = await currentOf(entry.deltas);
    const changed = entry.deltas.find((d, i) => !sameRecord(withoutVolatile(d.table, d[expected]), withoutVolatile(d.table, currentRecords[i]!)));
    const label = entry.label;
    if (changed) {
      refused = { seq: stored.seq, label, why: `a ${describe(changed.table)} it changed has been changed since` };
      throw new UndoRefused(refused.why);
    }
    const changes = keepVolatile(undoing ? inverseChanges(entry.deltas) : forwardChanges(entry.deltas), currentRecords, entry.deltas);
    let applied: RecordDelta[];
    try {
      applied = await writeChanges(changes, { keepBefore: false });
    } catch (e) {
      if (!(e instanceof BrokenReference)) throw e;
      refused = { seq: stored.seq, label, why: (e as Error).message.replace(/\.$/, '').replace(/^The /, 'the ') };
      throw e;
    }
    await db().history.update(stored.seq, { undone: undoing ? 1 : 0 });
    return { label, applied };
  }).catch(async (e: unknown) => {
    if (!refused) throw e;
    return null;
  });
  if (refused) {
    const r = refused as { seq: number; why: string; label: string };
    await db().history.delete(r.seq);
    throw new UndoRefused(`Cannot ${direction} “${r.label}”: ${r.why}. Nothing was changed, and that step has been taken off the ${direction} list.`);
  }
  if (!result) return null;
  published(result.applied);
  return result.label;
}

async function currentOf(deltas: readonly RecordDelta[]): Promise<(StoredRecord | null)[]> {
  return Promise.all(deltas.map(async (d) => ((await db().table(d.table).get(d.key)) as StoredRecord | undefined) ?? null));
}

/** Volatile fields (a quote reference assigned at export) keep the value they have now. */
function keepVolatile(changes: ReturnType<typeof inverseChanges>, current: (StoredRecord | null)[], deltas: readonly RecordDelta[]) {
  const now = new Map(deltas.map((d, i) => [`${d.table}\u0000${d.key}`, current[i] ?? null]));
  return changes.map((c) => {
    if (c.op !== 'put') return c;
    const volatile = SCHEMA[c.table].volatile;
    const key = (c.record as unknown as Record<string, string>)[SCHEMA[c.table].key]!;
    const present = now.get(`${c.table}\u0000${key}`) as Record<string, unknown> | null | undefined;
    if (!present || volatile.length === 0) return c;
    const record = { ...(c.record as unknown as Record<string, unknown>) };
    for (const f of volatile) if (present[f] !== undefined) record[f] = present[f];
    return { ...c, record: record as unknown as StoredRecord };
  });
}

function describe(table: TableName): string {
  return { segments: 'passage', codings: 'coding', codes: 'code', documents: 'document', texts: 'document text' }[table as string] ?? 'record';
}

/** Undoes the coder's latest action in the project; returns its label, or null when there is nothing to undo. */
export function undo(projectId: string, coderId: string): Promise<string | null> {
  return step(projectId, coderId, 'undo');
}

/** Redoes the coder's action undone last; returns its label, or null when there is nothing to redo. */
export function redo(projectId: string, coderId: string): Promise<string | null> {
  return step(projectId, coderId, 'redo');
}

/** Labels of the coder's next undo and redo steps, for menus and tooltips. */
export async function historyState(projectId: string, coderId: string): Promise<{ undo: string | null; redo: string | null }> {
  const [u, r] = await Promise.all([nextStep(projectId, coderId, 'undo'), nextStep(projectId, coderId, 'redo')]);
  return { undo: u?.label ?? null, redo: r?.label ?? null };
}

/** Removes every undo step of a project (when the project is deleted), inside the caller's transaction. */
export async function clearHistory(projectId: string): Promise<void> {
  await db().history.where('projectId').equals(projectId).delete();
}

export type { HistoryStep };
