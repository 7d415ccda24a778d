import type { Turn } from '../model';
import type { Span } from './spans';
import type { AgreementUnit } from './units';

/** What agreement is computed over: coders, documents, codes, their codings, and the unit. */

export interface AgreementDocument {
  id: string;
  /** Length of the normalised text in UTF-16 code units. */
  length: number;
  /** Speaker turns, or paragraphs; for the `turn` unit (no turns: the whole text is one unit). */
  turns?: readonly Turn[];
}

export interface AgreementCoding {
  coderId: string;
  documentId: string;
  codeId: string;
  start: number;
  end: number;
}

export interface AgreementRequest {
  /** Two or more coders; their order is the column order of the raw data. */
  coderIds: readonly string[];
  documents: readonly AgreementDocument[];
  codeIds: readonly string[];
  /** Codings of other coders, documents or codes are ignored. */
  codings: readonly AgreementCoding[];
  unit: AgreementUnit;
  /** Coder × document pairs without data (a document the coder never opened): missing, not uncoded. */
  missing?: readonly { coderId: string; documentId: string }[];
}

/** Each coder's spans of each code in each document: spans[doc][code][coder]. */
export type SpanIndex = Map<string, Map<string, Span[][]>>;

export function indexCodings(req: AgreementRequest): SpanIndex {
  const coderIndex = new Map(req.coderIds.map((id, i) => [id, i] as const));
  const codes = new Set(req.codeIds);
  const index: SpanIndex = new Map(req.documents.map((d) => [d.id, new Map()]));
  for (const c of req.codings) {
    const i = coderIndex.get(c.coderId);
    const byCode = index.get(c.documentId);
    // A coding of no characters codes nothing.
    if (i === undefined || !byCode || !codes.has(c.codeId) || c.end <= c.start) continue;
    let perCoder = byCode.get(c.codeId);
    if (!perCoder) byCode.set(c.codeId, (perCoder = req.coderIds.map(() => [])));
    perCoder[i]!.push([c.start, c.end]);
  }
  return index;
}

export function checkRequest(req: AgreementRequest): void {
  if (new Set(req.coderIds).size !== req.coderIds.length) throw new RangeError('agreement: a coder is listed twice');
  const lengths = new Map(req.documents.map((d) => [d.id, d.length]));
  for (const c of req.codings) {
    const length = lengths.get(c.documentId);
    if (length === undefined) continue;
    if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.start < 0 || c.end < c.start || c.end > length) {
      throw new RangeError(`agreement: coding [${c.start}, ${c.end}) of ${c.coderId} lies outside document ${c.documentId} (${length} characters)`);
    }
  }
}

/** Per document, the coders (as a bit mask) without data there. */
export function absentCoders(req: AgreementRequest): Map<string, number> {
  const coderIndex = new Map(req.coderIds.map((id, i) => [id, i] as const));
  const absent = new Map<string, number>();
  for (const { coderId, documentId } of req.missing ?? []) {
    const i = coderIndex.get(coderId);
    if (i !== undefined) absent.set(documentId, (absent.get(documentId) ?? 0) | (2 ** i));
  }
  return absent;
}
