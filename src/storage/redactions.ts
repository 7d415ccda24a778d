import * as ops from '../core/operations/redactions';
import type { NewRedaction } from '../core/operations/redactions';
import { commit } from './commit';
import { db, newId } from './db';
import { localCoderId } from './local-coder';

export type { NewRedaction };

/** Adds redaction rules (one or many, e.g. accepted suggestions) as one undo step; skips terms already listed. */
export async function addRedactions(projectId: string, rules: NewRedaction[]): Promise<number> {
  const coderId = await localCoderId(projectId);
  let added = 0;
  await commit(async () => {
    const result = ops.addRedactions(await db().redactions.where('projectId').equals(projectId).toArray(), projectId, rules, newId, Date.now());
    added = result.added;
    return result.changes;
  }, { label: rules.length === 1 ? 'Add redaction' : `Add ${rules.length} redactions`, coderId });
  return added;
}

/** Edits a redaction rule (undoable). */
export async function updateRedaction(projectId: string, id: string, patch: Partial<NewRedaction>): Promise<void> {
  const coderId = await localCoderId(projectId);
  await commit(async () => {
    const r = await db().redactions.get(id);
    if (!r) throw new Error('That redaction no longer exists.');
    return ops.updateRedaction(r, patch);
  }, { label: 'Edit redaction', coderId });
}

/** Removes a redaction rule (undoable). */
export async function deleteRedaction(projectId: string, id: string): Promise<void> {
  const coderId = await localCoderId(projectId);
  await commit(ops.deleteRedaction(id), { label: 'Remove redaction', coderId });
}

/** Stores quote references assigned at export, so every later export keeps them (not an undo step). */
export async function saveQuoteRefs(_projectId: string, refs: { segmentId: string; quoteRef: string }[]): Promise<void> {
  if (refs.length === 0) return;
  await commit(async () => ops.assignQuoteRefs(await db().segments.bulkGet(refs.map((r) => r.segmentId)), refs), { label: null, coderId: null });
}
