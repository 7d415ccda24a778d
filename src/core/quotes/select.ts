import type { ProjectBundle } from '../bundle';
import type { Coding, Id, Segment } from '../model';
import { createRedactor, type Redactor } from '../anonymise/redact';
import { outputRules } from '../anonymise/name-rules';
import { descendantIds, indexCodes, sortedTree } from '../codebook/tree';
import { SPEAKER_SEPARATOR } from './attribution';
import { passageAttributor, segmentSpeakers, type PublishedAttribution, type SegmentSpeakers } from './passage-attribution';
import { assignQuoteRefs } from './quote-refs';
import { inProjectOrder } from '../document-order';
import { unlabelledPassageCheck } from './unlabelled-speakers';

export { assignQuoteRefs, formatQuoteRef } from './quote-refs';

/** The parts of a project that quote selection reads. */
export type QuoteSource = Pick<ProjectBundle,
  'project' | 'documents' | 'texts' | 'codes' | 'segments' | 'codings' | 'participants'
  | 'attributes' | 'attributeValues' | 'redactions' | 'nonParticipantSpeakers'>;

/** Participants whose value of `attributeId` is one of `values` (trimmed, case-insensitive). */
export interface AttributeFilter {
  attributeId: Id;
  values: readonly string[];
}

export interface QuoteFilter {
  /** Codes to quote; empty or absent = every code. */
  codeIds?: readonly Id[];
  /** Also quote segments coded with codes below the chosen ones (default true). */
  includeSubcodes?: boolean;
  /** All must hold for at least one speaker of the passage; absent = everyone. */
  attributeFilters?: readonly AttributeFilter[];
  /** Documents to quote from; empty or absent = every document (no filter) */
  documentIds?: readonly Id[];
  /** Redact participants' names even where the redaction list misses them (default true). */
  redactParticipantNames?: boolean;
}

/** One quote for one code: a segment coded with two selected codes gives two rows. */
export interface QuoteRow {
  quoteRef: string;
  codeId: Id;
  /** After redaction, like the quote: a code named after a place or person is redacted too. */
  codePath: string;
  segmentId: Id;
  documentId: Id;
  /** The segment's quote after redaction. */
  quote: string;
  /** The speakers' attributions, `; `-joined, after redaction; never a name. */
  attribution: string;
  /** The speakers' pseudonymous refs, `; `-joined ('' when unknown); export only on request. */
  participantRef: string;
}

export interface QuoteSelection {
  /** In code-tree order, then document order, then position in its document */
  rows: QuoteRow[];
  /** Selected segments that had no quote ref and got one: storage must save them. */
  newlyReferenced: Segment[];
  /** Problems shown to the user (refused attributions); they never contain names. */
  warnings: string[];
}

export { WITHHELD_ATTRIBUTION } from './passage-attribution';

interface SelectedSegment {
  segment: Segment;
  codeIds: Id[];
  passage: SegmentSpeakers;
}

/**
 * Selects coded segments by code (with or without sub-codes), speaker attribute values and
 * document, and turns them into quote rows: quote, attribution and code path redacted with the
 * project's rules (plus the participant-name safety net unless turned off), attributed by role
 * (`[interviewer]` for a passage only the interviewer speaks), with a quote ref. New refs
 * continue after the highest in the project (see `assignQuoteRefs`) and are only stable once
 * `newlyReferenced` is saved: a preview that is not saved may number them differently later.
 */
export function selectQuotes(source: QuoteSource, filter: QuoteFilter = {}): QuoteSelection {
  const selected = selectSegments(source, filter);
  const documentOrder = inProjectOrder(source.documents).map((d) => d.id);
  const refs = assignQuoteRefs(selected.map((s) => s.segment), source.segments, documentOrder);
  const refOf = new Map(refs.segments.map((s) => [s.id, s.quoteRef ?? ''] as const));
  const rules = filter.redactParticipantNames === false ? source.redactions : outputRules(source.redactions, source.participants);
  const rows: QuoteRow[] = [];
  const warnings = new Set<string>();
  const redactor = createRedactor(rules);
  const tools: RowTools = { redactor, attribute: passageAttributor(source, redactor) };
  const unlabelled = unlabelledPassageCheck(source);
  for (const item of selected) {
    const common = quoteCommon(item, tools, warnings);
    if (unlabelled(item.segment)) {
      warnings.add(`${refOf.get(item.segment.id) ?? 'A quote'} starts after a "Name:" label that is not its participant's, in a document read as paragraphs: it may be someone else's words. Read the document as speaker turns (its menu in Code) before publishing.`);
    }
    for (const codeId of item.codeIds) rows.push({ ...common, codeId, codePath: '', quoteRef: refOf.get(item.segment.id) ?? '' });
  }
  return { rows: orderRows(source, rows, tools.redactor), newlyReferenced: refs.assigned, warnings: [...warnings] };
}

interface RowTools {
  redactor: Redactor;
  attribute: (passage: SegmentSpeakers) => PublishedAttribution;
}

/** The parts of a row shared by all its codes. */
function quoteCommon(item: SelectedSegment, tools: RowTools, warnings: Set<string>): Omit<QuoteRow, 'codeId' | 'codePath' | 'quoteRef'> {
  const attribution = tools.attribute(item.passage);
  if (attribution.problem !== null) warnings.add(attribution.problem);
  return {
    segmentId: item.segment.id,
    documentId: item.segment.documentId,
    quote: tools.redactor(item.segment.quote).text,
    attribution: attribution.text,
    participantRef: item.passage.speakers.map((p) => p.ref).join(SPEAKER_SEPARATOR),
  };
}

/** Segments passing the filter, each with its selected codes (distinct) and its speakers. */
function selectSegments(source: QuoteSource, filter: QuoteFilter): SelectedSegment[] {
  const codes = chosenCodes(source, filter);
  const documents = new Set(filter.documentIds?.length ? filter.documentIds : source.documents.map((d) => d.id));
  const allowed = allowedParticipants(source, filter.attributeFilters ?? []);
  const codesOf = codesBySegment(source.codings, codes);
  const speakersOf = segmentSpeakers(source);
  const out: SelectedSegment[] = [];
  for (const segment of source.segments) {
    const codeIds = codesOf.get(segment.id);
    if (!codeIds || !documents.has(segment.documentId)) continue;
    const passage = speakersOf(segment);
    if (allowed && !passage.filterIds.some((id) => allowed.has(id))) continue;
    out.push({ segment, codeIds, passage });
  }
  return out;
}

function chosenCodes(source: QuoteSource, filter: QuoteFilter): Set<Id> {
  if (!filter.codeIds?.length) return new Set(source.codes.map((c) => c.id));
  if (filter.includeSubcodes === false) return new Set(filter.codeIds);
  const index = indexCodes(source.codes);
  return new Set(filter.codeIds.flatMap((id) => descendantIds(index, id)));
}

function codesBySegment(codings: readonly Coding[], codes: ReadonlySet<Id>): Map<Id, Id[]> {
  const out = new Map<Id, Id[]>();
  for (const c of codings) {
    if (!codes.has(c.codeId)) continue;
    const list = out.get(c.segmentId) ?? [];
    if (!list.includes(c.codeId)) list.push(c.codeId);
    out.set(c.segmentId, list);
  }
  return out;
}

/** Participants passing every attribute filter, or null when there is no filter. */
function allowedParticipants(source: QuoteSource, filters: readonly AttributeFilter[]): Set<Id> | null {
  if (filters.length === 0) return null;
  const fold = (v: string) => v.trim().toLocaleLowerCase('en');
  const passing = filters.map((f) => {
    const wanted = new Set(f.values.map(fold));
    return new Set(source.attributeValues.filter((v) => v.attributeId === f.attributeId && wanted.has(fold(v.value))).map((v) => v.participantId));
  });
  return new Set(source.participants.map((p) => p.id).filter((id) => passing.every((set) => set.has(id))));
}

function orderRows(source: QuoteSource, rows: QuoteRow[], redactor: Redactor): QuoteRow[] {
  const tree = sortedTree(source.codes);
  const codeRank = new Map(tree.map((r, i) => [r.code.id, i] as const));
  const pathOf = new Map(tree.map((r) => [r.code.id, redactor(r.path).text] as const));
  const docRank = new Map(inProjectOrder(source.documents).map((d, i) => [d.id, i] as const));
  const segmentOf = new Map(source.segments.map((s) => [s.id, s] as const));
  const last = Number.MAX_SAFE_INTEGER;
  return rows
    .map((row) => {
      const segment = segmentOf.get(row.segmentId);
      return { row, code: codeRank.get(row.codeId) ?? last, doc: docRank.get(row.documentId) ?? last, start: segment?.start ?? last, end: segment?.end ?? last };
    })
    .sort((a, b) => a.code - b.code || a.doc - b.doc || a.start - b.start || a.end - b.end || (a.row.quoteRef < b.row.quoteRef ? -1 : a.row.quoteRef > b.row.quoteRef ? 1 : 0))
    .map(({ row }) => ({ ...row, codePath: pathOf.get(row.codeId) ?? '' }));
}
