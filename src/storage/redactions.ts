import type { RedactionRule } from '../core/model';
import { db, newId } from './db';
import { mutate } from './history';

export interface NewRedaction {
  term: string;
  replacement: string;
  caseSensitive?: boolean;
  wholeWord?: boolean;
}

/** Adds redaction rules (one or many, e.g. accepted suggestions) as one undo step; skips terms already listed. */
export async function addRedactions(projectId: string, rules: NewRedaction[]): Promise<number> {
  return mutate(projectId, rules.length === 1 ? 'Add redaction' : `Add ${rules.length} redactions`, async (rec) => {
    const existing = new Set((await db().redactions.where('projectId').equals(projectId).toArray()).map((r) => r.term.toLocaleLowerCase()));
    let added = 0;
    for (const [i, r] of rules.entries()) {
      const term = r.term.trim();
      if (!term || existing.has(term.toLocaleLowerCase())) continue;
      existing.add(term.toLocaleLowerCase());
      const rule: RedactionRule = {
        id: newId(), projectId, term, replacement: r.replacement, caseSensitive: r.caseSensitive ?? false,
        wholeWord: r.wholeWord ?? true, createdAt: Date.now() + i,
      };
      await rec.put('redactions', rule.id, rule);
      added++;
    }
    return added;
  });
}

/** Edits a redaction rule (undoable). */
export async function updateRedaction(projectId: string, id: string, patch: Partial<NewRedaction>): Promise<void> {
  await mutate(projectId, 'Edit redaction', async (rec) => {
    const r = await db().redactions.get(id);
    if (!r) throw new Error('That redaction no longer exists.');
    await rec.put('redactions', id, { ...r, ...patch });
  });
}

/** Removes a redaction rule (undoable). */
export async function deleteRedaction(projectId: string, id: string): Promise<void> {
  await mutate(projectId, 'Remove redaction', async (rec) => rec.delete('redactions', id));
}

/** Stores quote references assigned at export, so every later export keeps them (not an undo step). */
export async function saveQuoteRefs(projectId: string, refs: { segmentId: string; quoteRef: string }[]): Promise<void> {
  if (refs.length === 0) return;
  await mutate(projectId, null, async (rec) => {
    for (const { segmentId, quoteRef } of refs) {
      const s = await db().segments.get(segmentId);
      if (s && !s.quoteRef) await rec.put('segments', segmentId, { ...s, quoteRef });
    }
  });
}
