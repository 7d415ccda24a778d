import { binaryStats, UnitTally, type BinaryStats } from './tally';
import { unitRowsOfMerged, type AgreementUnit } from './units';
import { mergeSpans, type Span } from './spans';
import { UnitizingPool } from './unitizing-pool';
import { absentCoders, checkRequest, indexCodings, type AgreementRequest } from './request';

/**
 * The agreement table of issue 12: per code × document, per code (documents pooled) and overall
 * (codes and documents pooled), every coefficient for the chosen unit, plus the diagnostics that
 * say when a figure cannot be trusted.
 */

export interface AgreementRow extends BinaryStats {
  scope: 'code-document' | 'code' | 'overall';
  codeId: string | null;
  documentId: string | null;
  /** Krippendorff's (2004) uα of the code (overall: of all codes); character unit, two coders. */
  unitizingAlpha: number | null;
  /** |u-α (2016) of the code's spans against uncoded text (overall: of all codes as "coded"). */
  binaryUAlpha: number | null;
  /** u-α and cu-α (2016) over all codes as categories: overall row only. */
  uAlpha: number | null;
  cuAlpha: number | null;
}

export type AgreementDiagnostic =
  | { kind: 'rare-code'; codeId: string; prevalence: number }
  | { kind: 'coded-nothing'; coderId: string; documentId: string }
  | { kind: 'not-opened'; coderId: string; documentId: string };

export interface AgreementResult {
  unit: AgreementUnit;
  coderIds: string[];
  rows: AgreementRow[];
  diagnostics: AgreementDiagnostic[];
}

/** Below this share of coded ratings (or above 1 minus it) chance-corrected figures swing on a few units. */
export const RARE_PREVALENCE = 0.05;

/** Computes the whole agreement table for the request. */
export function computeAgreement(req: AgreementRequest): AgreementResult {
  checkRequest(req);
  const m = req.coderIds.length;
  const all = 2 ** m - 1;
  const index = indexCodings(req);
  const absent = absentCoders(req);
  const noSpans: Span[][] = req.coderIds.map(() => []);
  // The unitizing coefficients need every coder's data: documents someone never opened are left out.
  const unitizing = req.unit === 'character' ? new UnitizingPool(m, req.codeIds) : null;
  const rows: AgreementRow[] = [];
  const diagnostics: AgreementDiagnostic[] = [];
  const overall = new UnitTally(m);
  const perCode = new Map(req.codeIds.map((id) => [id, new UnitTally(m)] as const));

  for (const doc of req.documents) {
    const present = all & ~(absent.get(doc.id) ?? 0);
    const complete = present === all && doc.length > 0;
    const byCode = index.get(doc.id)!;
    if (unitizing && complete) unitizing.addDocument(doc.length, byCode);
    for (const codeId of req.codeIds) {
      const merged = (byCode.get(codeId) ?? noSpans).map((s) => mergeSpans(s, false));
      const unitRows = unitRowsOfMerged(req.unit, doc.length, doc.turns ?? [], merged);
      const tally = new UnitTally(m);
      for (const r of unitRows) tally.add(present, r.coded, r.weight);
      perCode.get(codeId)!.addAll(tally);
      const coefficients = unitizing && complete ? unitizing.addCode(codeId, doc.length, merged, unitRows) : NO_UNITIZING;
      rows.push({ scope: 'code-document', codeId, documentId: doc.id, ...binaryStats(tally), ...coefficients });
    }
    req.coderIds.forEach((coderId, i) => {
      if (!(present & (2 ** i))) diagnostics.push({ kind: 'not-opened', coderId, documentId: doc.id });
      else if (![...byCode.values()].some((perCoder) => perCoder[i]!.length > 0)) diagnostics.push({ kind: 'coded-nothing', coderId, documentId: doc.id });
    });
  }

  for (const codeId of req.codeIds) {
    const tally = perCode.get(codeId)!;
    overall.addAll(tally);
    const stats = binaryStats(tally);
    rows.push({ scope: 'code', codeId, documentId: null, ...stats, ...(unitizing ? unitizing.pooledCode(codeId) : NO_UNITIZING) });
    if (stats.prevalence !== null && (stats.prevalence < RARE_PREVALENCE || stats.prevalence > 1 - RARE_PREVALENCE)) {
      diagnostics.push({ kind: 'rare-code', codeId, prevalence: stats.prevalence });
    }
  }
  rows.push({ scope: 'overall', codeId: null, documentId: null, ...binaryStats(overall), ...(unitizing ? unitizing.pooledAll() : NO_UNITIZING) });
  // Diagnostics by kind, so a screen can list them in that order.
  const order = { 'not-opened': 0, 'coded-nothing': 1, 'rare-code': 2 };
  diagnostics.sort((a, b) => order[a.kind] - order[b.kind]);
  return { unit: req.unit, coderIds: [...req.coderIds], rows, diagnostics };
}

const NO_UNITIZING = { unitizingAlpha: null, binaryUAlpha: null, uAlpha: null, cuAlpha: null };
