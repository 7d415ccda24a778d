import { forwardChanges, inverseChanges, type RecordDelta } from '../core/changes';
import { sameRecord } from '../core/same-record';
import { SCHEMA, withoutVolatile, type HistoryStep, type StoredRecord, type TableName } from '../core/schema';
import { commit } from './commit';
import { db } from './db';
import { migrateStep } from '../core/migrate-step';
import { BrokenReference } from './references';

/** An undo or redo that cannot be applied as a whole; nothing of it was applied. */
export class UndoRefused extends Error {
  override name = 'UndoRefused';
}

/** The undo steps of one coder in one project, done (0) or undone (1). */
export const stepsOf = (projectId: string, coderId: string, undone: 0 | 1) =>
  db().history.where('[projectId+coderId+undone]').equals([projectId, coderId, undone]);

function nextStep(projectId: string, coderId: string, direction: 'undo' | 'redo') {
  const steps = stepsOf(projectId, coderId, direction === 'undo' ? 0 : 1);
  return direction === 'undo' ? steps.last() : steps.first();
}

/**
 * Applies a coder's next undo or redo step as a whole, through `commit` like any change. Every
 * record the step touches must be as the step left it (another coder or a non-undoable write may
 * have changed it since), and the parents it restores must still exist; otherwise nothing is
 * applied, the step is taken off the list (it can never apply again), and `UndoRefused` says
 * why. Returns the step's label, or null when there is none.
 */
async function step(projectId: string, coderId: string, direction: 'undo' | 'redo'): Promise<string | null> {
  const undoing = direction === 'undo';
  let found: { seq: number; label: string } | null = null;
  try {
    await commit(async () => {
      const stored = await nextStep(projectId, coderId, direction);
      if (!stored || stored.seq === undefined) return [];
      // Steps are migrated with the database; one of another version can only come from a tab of
      // an older app still writing, and its records are brought up to date the same way.
      const entry = migrateStep(stored, { segmentCoder: () => coderId, segmentDocument: () => undefined, rekey: (k) => k }, coderId);
      found = { seq: stored.seq, label: entry.label };
      const expected = undoing ? 'after' : 'before';
      const current = await currentOf(entry.deltas);
      const changed = entry.deltas.find((d, i) => !sameRecord(withoutVolatile(d.table, d[expected]), withoutVolatile(d.table, current[i]!)));
      if (changed) throw new UndoRefused(`a ${describe(changed.table)} it changed has been changed since`);
      await db().history.update(stored.seq, { undone: undoing ? 1 : 0 });
      return keepVolatile(undoing ? inverseChanges(entry.deltas) : forwardChanges(entry.deltas), current, entry.deltas);
    }, { label: null, coderId: null });
  } catch (e) {
    const step = found as { seq: number; label: string } | null;
    if (!step || !(e instanceof UndoRefused || e instanceof BrokenReference)) throw e;
    await db().history.delete(step.seq);
    const why = e.message.replace(/\.$/, '').replace(/^The /, 'the ');
    throw new UndoRefused(`Cannot ${direction} “${step.label}”: ${why}. Nothing was changed, and that step has been taken off the ${direction} list.`);
  }
  return (found as { label: string } | null)?.label ?? null;
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
