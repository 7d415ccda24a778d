/**
 * The coded-segments table as data: one row per coding (a segment with one of its codes), the
 * filters the table offers, and its sort orders. Pure, so 50,000 rows can be tested without a
 * browser; the screen only renders what these functions return.
 */
import { codePaths, descendantIds } from '../codebook/tree';
import type { Code, Coder, Coding, DocumentMeta, Segment, Turn } from '../model';
import { turnIndexAt } from '../transcript/blocks';

export interface SegmentRow {
  codingId: string;
  segmentId: string;
  documentId: string;
  documentTitle: string;
  /** Position of the document in the document list, for the default order. */
  documentOrder: number;
  start: number;
  end: number;
  quote: string;
  codeId: string;
  codePath: string;
  codeColor: string;
  /** Speaker of the turn the passage starts in; null when that turn has no speaker. */
  speaker: string | null;
  /** What a quote of the passage is attributed to when published (a role, never a name); '' when not given. */
  attribution: string;
  coderId: string;
  coderName: string;
  memo: string;
  /** Lower-cased text of the shown columns, for the text filter. */
  haystack: string;
}

export interface SegmentRowSources {
  segments: readonly Segment[];
  codings: readonly Coding[];
  codes: readonly Code[];
  /** In list order. */
  documents: readonly DocumentMeta[];
  coders: readonly Coder[];
  /** Turns of each document, sorted by start; a document missing here has no speakers. */
  turns: ReadonlyMap<string, readonly Turn[]>;
  /** A passage's published attribution (see `core/quotes/passage-attribution`); absent: none shown. */
  attributionOf?: (segment: Segment) => string;
}

export const SEGMENT_COLUMNS = ['quote', 'code', 'document', 'speaker', 'attribution', 'coder', 'memo'] as const;
export type SegmentColumnId = (typeof SEGMENT_COLUMNS)[number];

export function isSegmentColumn(id: string): id is SegmentColumnId {
  return (SEGMENT_COLUMNS as readonly string[]).includes(id);
}

export interface SegmentSort {
  id: SegmentColumnId;
  desc: boolean;
}

export interface SegmentFilter {
  /** Only rows with this code (null: any code). */
  codeId: string | null;
  /** With `codeId`, also rows with any code below it in the tree. */
  includeSubcodes: boolean;
  /** null: any document at all */
  documentId: string | null;
  /** null: any speaker; `NO_SPEAKER`: passages in turns without a speaker. */
  speaker: string | null;
  /** Every whitespace-separated term must occur (case-insensitive) in some column. */
  text: string;
}

export const NO_SPEAKER = '';

export const EMPTY_FILTER: SegmentFilter = Object.freeze({
  codeId: null, includeSubcodes: true, documentId: null, speaker: null, text: '',
});

/** Speaker of the turn containing `offset` (the last turn starting at or before it). */
export function speakerAt(turns: readonly Turn[] | undefined, offset: number): string | null {
  if (!turns || turns.length === 0) return null;
  const i = turnIndexAt(turns, offset);
  return i < 0 ? null : (turns[i] as Turn).speaker;
}

/** One row per coding whose segment, code and document exist. */
export function buildSegmentRows(src: SegmentRowSources): SegmentRow[] {
  const segments = new Map(src.segments.map((s) => [s.id, s]));
  const codes = new Map(src.codes.map((c) => [c.id, c]));
  const paths = codePaths(src.codes);
  const documents = new Map(src.documents.map((d, i) => [d.id, { doc: d, order: i }]));
  const coders = new Map(src.coders.map((c) => [c.id, c.name]));
  // A segment with several codes is attributed once.
  const attributions = new Map<string, string>();
  const attributionOf = (segment: Segment): string => {
    if (!src.attributionOf) return '';
    let text = attributions.get(segment.id);
    if (text === undefined) {
      text = src.attributionOf(segment);
      attributions.set(segment.id, text);
    }
    return text;
  };
  const rows: SegmentRow[] = [];
  for (const coding of src.codings) {
    const segment = segments.get(coding.segmentId);
    const code = codes.get(coding.codeId);
    const doc = segment && documents.get(segment.documentId);
    if (!segment || !code || !doc) continue;
    const speaker = speakerAt(src.turns.get(segment.documentId), segment.start);
    const codePath = paths.get(code.id) ?? code.name;
    const coderName = coders.get(coding.coderId) ?? 'Unknown coder';
    const attribution = attributionOf(segment);
    rows.push({
      codingId: coding.id, segmentId: segment.id, documentId: segment.documentId,
      documentTitle: doc.doc.title, documentOrder: doc.order,
      start: segment.start, end: segment.end, quote: segment.quote,
      codeId: code.id, codePath, codeColor: code.color, speaker, attribution, coderId: coding.coderId, coderName, memo: segment.memo,
      haystack: [segment.quote, codePath, doc.doc.title, speaker ?? '', attribution, coderName, segment.memo].join('\n').toLowerCase(),
    });
  }
  return rows;
}

/** The rows that pass every filter, in their given order. */
export function filterSegmentRows(rows: readonly SegmentRow[], filter: SegmentFilter, codes: readonly Code[]): SegmentRow[] {
  const codeIds = filter.codeId === null ? null
    : filter.includeSubcodes ? new Set(descendantIds(codes, filter.codeId)) : new Set([filter.codeId]);
  const terms = filter.text.toLowerCase().split(/\s+/u).filter((t) => t.length > 0);
  return rows.filter((r) =>
    (codeIds === null || codeIds.has(r.codeId))
    && (filter.documentId === null || r.documentId === filter.documentId)
    && (filter.speaker === null || (r.speaker ?? NO_SPEAKER) === filter.speaker)
    && terms.every((t) => r.haystack.includes(t)));
}

/** Distinct speakers of the rows, sorted; `NO_SPEAKER` last when some passage has none. */
export function speakerChoices(rows: readonly SegmentRow[]): string[] {
  const named = new Set<string>();
  let unnamed = false;
  for (const r of rows) {
    if (r.speaker === null) unnamed = true;
    else named.add(r.speaker);
  }
  const list = [...named].sort(collator.compare);
  return unnamed ? [...list, NO_SPEAKER] : list;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function sortValue(row: SegmentRow, column: SegmentColumnId): string {
  switch (column) {
    case 'quote': return row.quote;
    case 'code': return row.codePath;
    case 'document': return row.documentTitle;
    case 'speaker': return row.speaker ?? '';
    case 'attribution': return row.attribution;
    case 'coder': return row.coderName;
    case 'memo': return row.memo;
  }
}

/** Document list order, then position in the document, then code path. */
function compareDefault(a: SegmentRow, b: SegmentRow): number {
  return a.documentOrder - b.documentOrder || a.start - b.start || a.end - b.end
    || (a.codePath < b.codePath ? -1 : a.codePath > b.codePath ? 1 : 0)
    || (a.codingId < b.codingId ? -1 : a.codingId > b.codingId ? 1 : 0);
}

/**
 * Rows sorted by one column (locale-aware, numbers in names in numeric order), ties in default
 * order; blank values (no speaker, no memo) come last in either direction. With no sort, the
 * default order: by document, then where the passage starts.
 */
export function sortSegmentRows(rows: readonly SegmentRow[], sort: SegmentSort | null): SegmentRow[] {
  if (sort === null) return [...rows].sort(compareDefault);
  // Rank each distinct value once so the sort itself compares integers, not strings.
  const values = new Map<string, number>();
  for (const r of rows) values.set(sortValue(r, sort.id), 0);
  const distinct = [...values.keys()].sort(collator.compare);
  let rank = 0;
  distinct.forEach((v, i) => {
    if (i > 0 && collator.compare(distinct[i - 1] as string, v) !== 0) rank += 1;
    values.set(v, rank);
  });
  const direction = sort.desc ? -1 : 1;
  const keyed = rows.map((row) => {
    const value = sortValue(row, sort.id);
    return { row, blank: value.trim() === '', rank: values.get(value) as number };
  });
  keyed.sort((a, b) => Number(a.blank) - Number(b.blank) || direction * (a.rank - b.rank) || compareDefault(a.row, b.row));
  return keyed.map((k) => k.row);
}

/** "12 of 340 coded segments". */
export function describeSegmentCount(shown: number, total: number): string {
  return `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} coded segment${total === 1 ? '' : 's'}`;
}

/**
 * The filter with a code, document or speaker that no longer exists (deleted, or its last
 * passage uncoded) set back to "any", so the filter never hides rows behind a choice the
 * controls cannot show. Returns `filter` itself when nothing changed.
 */
export function reconcileFilter(
  filter: SegmentFilter,
  known: { codeIds: ReadonlySet<string>; documentIds: ReadonlySet<string>; speakers: readonly string[] },
): SegmentFilter {
  const codeId = filter.codeId !== null && !known.codeIds.has(filter.codeId) ? null : filter.codeId;
  const documentId = filter.documentId !== null && !known.documentIds.has(filter.documentId) ? null : filter.documentId;
  const speaker = filter.speaker !== null && !known.speakers.includes(filter.speaker) ? null : filter.speaker;
  if (codeId === filter.codeId && documentId === filter.documentId && speaker === filter.speaker) return filter;
  return { ...filter, codeId, documentId, speaker };
}

/** Whether any filter narrows the rows. */
export function isFiltered(filter: SegmentFilter): boolean {
  return filter.codeId !== null || filter.documentId !== null || filter.speaker !== null || filter.text.trim() !== '';
}
