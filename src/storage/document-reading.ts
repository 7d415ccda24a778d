/**
 * Reading a stored document again as speaker turns or as paragraphs, its coded passages carried
 * over (see `core/operations/document-reading`): a preview that writes nothing, and the change
 * itself as one undo step.
 */
import { planDocumentReading, type ReadingPlan, type RereadDocument } from '../core/operations/document-reading';
import { commit } from './commit';
import { db } from './db';
import { localCoderId } from './local-coder';

/** What reading the document again would do to its coded passages; nothing is written. */
export async function previewDocumentReading(documentId: string, reread: RereadDocument): Promise<Omit<ReadingPlan, 'changes'>> {
  const d = db();
  return d.transaction('r', [d.documents, d.texts, d.segments, d.codings], async () => {
    const plan = await planFor(documentId, reread);
    return { carried: plan.carried, approximate: plan.approximate, unplaced: plan.unplaced };
  });
}

/**
 * Replaces the document's text and turns with `reread` and moves its passages, as one undo step
 * of the local coder named `label`. Returns what became of the passages (those not placed were
 * removed with their codings, and undo brings them back).
 */
export async function applyDocumentReading(projectId: string, documentId: string, reread: RereadDocument, label: string): Promise<Omit<ReadingPlan, 'changes'>> {
  const coderId = await localCoderId(projectId);
  let outcome: Omit<ReadingPlan, 'changes'> = { carried: 0, approximate: 0, unplaced: [] };
  await commit(async () => {
    const plan = await planFor(documentId, reread);
    outcome = { carried: plan.carried, approximate: plan.approximate, unplaced: plan.unplaced };
    return plan.changes;
  }, { label, coderId });
  return outcome;
}

async function planFor(documentId: string, reread: RereadDocument): Promise<ReadingPlan> {
  const d = db();
  const [meta, text, segments, codings] = await Promise.all([
    d.documents.get(documentId), d.texts.get(documentId),
    d.segments.where('documentId').equals(documentId).toArray(), d.codings.where('documentId').equals(documentId).toArray(),
  ]);
  if (!meta || !text) throw new Error('That document no longer exists.');
  return planDocumentReading(meta, text, reread, segments, codings);
}
