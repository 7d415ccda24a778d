import { absentCoders, checkRequest, indexCodings, type AgreementRequest } from './request';
import { mergeSpans, type Span } from './spans';
import { unitRowsOfMerged } from './units';

/**
 * The unit × coder data behind the agreement table, for export: one row per unit (a turn, a
 * transcript) or per run of characters coded alike, with each coder's value, 1 coded, 0 not,
 * null where the coder has no data (a transcript never opened). A run's `weight` is how many
 * characters it stands for; repeating each row `weight` times gives one row per character.
 */
export interface UnitCoderRow {
  documentId: string;
  codeId: string;
  start: number;
  end: number;
  weight: number;
  values: (0 | 1 | null)[];
}

/** The rows of every code × transcript of the request, or of one code and/or one transcript. */
export function unitCoderData(req: AgreementRequest, only: { codeId?: string; documentId?: string } = {}): UnitCoderRow[] {
  checkRequest(req);
  const index = indexCodings(req);
  const absent = absentCoders(req);
  const none: Span[][] = req.coderIds.map(() => []);
  const out: UnitCoderRow[] = [];
  for (const doc of req.documents) {
    if (only.documentId !== undefined && doc.id !== only.documentId) continue;
    const missing = absent.get(doc.id) ?? 0;
    for (const codeId of req.codeIds) {
      if (only.codeId !== undefined && codeId !== only.codeId) continue;
      const merged = (index.get(doc.id)!.get(codeId) ?? none).map((s) => mergeSpans(s, false));
      for (const r of unitRowsOfMerged(req.unit, doc.length, doc.turns ?? [], merged)) {
        const values = req.coderIds.map((_, i): 0 | 1 | null => (missing & (2 ** i) ? null : r.coded & (2 ** i) ? 1 : 0));
        out.push({ documentId: doc.id, codeId, start: r.start, end: r.end, weight: r.weight, values });
      }
    }
  }
  return out;
}
