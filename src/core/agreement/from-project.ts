import type { Coding, DocumentText, Id, Segment } from '../model';
import type { AgreementRequest } from './request';
import type { AgreementUnit } from './units';

export interface ProjectAgreementChoice {
  coderIds: readonly Id[];
  /** Empty: every transcript. */
  documentIds: readonly Id[];
  /** Empty: every code that any chosen coder applied. */
  codeIds: readonly Id[];
  unit: AgreementUnit;
}

/**
 * The agreement request for a project's records: each chosen coder's codings as spans (a coding
 * takes its segment's range), over the chosen documents and codes.
 */
export function projectAgreementRequest(
  data: { segments: readonly Segment[]; codings: readonly Coding[]; texts: readonly DocumentText[] },
  choice: ProjectAgreementChoice,
): AgreementRequest {
  const coders = new Set(choice.coderIds);
  const documents = choice.documentIds.length > 0 ? new Set(choice.documentIds) : null;
  const segments = new Map(data.segments.map((s) => [s.id, s]));
  const codings = data.codings.flatMap((c) => {
    const s = segments.get(c.segmentId);
    if (!s || !coders.has(c.coderId) || (documents && !documents.has(c.documentId))) return [];
    return [{ coderId: c.coderId, documentId: s.documentId, codeId: c.codeId, start: s.start, end: s.end }];
  });
  const codeIds = choice.codeIds.length > 0 ? [...choice.codeIds] : [...new Set(codings.map((c) => c.codeId))];
  return {
    coderIds: [...choice.coderIds],
    documents: data.texts.filter((t) => !documents || documents.has(t.documentId)).map((t) => ({ id: t.documentId, length: t.text.length, turns: t.turns })),
    codeIds,
    codings,
    unit: choice.unit,
  };
}
