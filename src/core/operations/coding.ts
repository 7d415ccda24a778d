import { put, remove, type Change } from '../changes';
import type { Coding, Id, Segment } from '../model';
import { quoteContext } from '../transcript/blocks';

export interface CodeRange {
  documentId: Id;
  start: number;
  end: number;
}

/** Where new ids and the time come from, and who is coding. */
export interface OperationContext {
  projectId: Id;
  coderId: Id;
  now: number;
  newId(): string;
}

/** What coding needs to know of one document: its text and the coder's records on it. */
export interface DocumentState {
  text: string;
  segments: readonly Segment[];
  codings: readonly Coding[];
}

/** Ids chosen by the caller so the screen can draw the coding before the write commits. */
export interface PresetIds {
  segmentId?: string;
  codingIds?: string[];
}

function assertRange(text: string, start: number, end: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end)) {
    throw new Error(`Cannot code [${start}, ${end}): the passage is outside the text.`);
  }
}

/**
 * Codes ranges with codes, as the context's coder. A range that is exactly one of this coder's
 * segments reuses it (another coder's segment on the same words is never touched: each coder gets
 * their own), and a code the coder already applied there is not applied twice. Returns the
 * changes and the segment id of each range.
 */
export function codeRanges(
  ctx: OperationContext, documents: ReadonlyMap<Id, DocumentState>, ranges: readonly CodeRange[], codeIds: readonly Id[], preset: PresetIds = {},
): { changes: Change[]; segmentIds: Id[] } {
  const changes: Change[] = [];
  const segmentIds: Id[] = [];
  const created = new Map<string, Segment>();
  let presetIndex = 0;
  for (const range of ranges) {
    const doc = documents.get(range.documentId);
    if (!doc) throw new Error('That document no longer exists.');
    assertRange(doc.text, range.start, range.end);
    const rangeKey = `${range.documentId}:${range.start}:${range.end}`;
    const existing = created.get(rangeKey) ?? doc.segments.find((s) => s.coderId === ctx.coderId && s.start === range.start && s.end === range.end);
    const segment = existing ?? newSegment(ctx, range, doc.text, ranges.length === 1 ? preset.segmentId : undefined);
    if (!existing) { changes.push(put('segments', segment)); created.set(rangeKey, segment); }
    const have = new Set(doc.codings.filter((c) => c.segmentId === segment.id).map((c) => c.codeId));
    for (const c of changes) if (c.op === 'put' && c.table === 'codings' && (c.record as Coding).segmentId === segment.id) have.add((c.record as Coding).codeId);
    for (const codeId of codeIds) {
      if (have.has(codeId)) continue;
      have.add(codeId);
      const coding: Coding = {
        id: preset.codingIds?.[presetIndex++] ?? ctx.newId(), projectId: ctx.projectId, segmentId: segment.id,
        documentId: segment.documentId, codeId, coderId: ctx.coderId, createdAt: ctx.now,
      };
      changes.push(put('codings', coding));
    }
    segmentIds.push(segment.id);
  }
  return { changes, segmentIds };
}

function newSegment(ctx: OperationContext, range: CodeRange, text: string, id?: string): Segment {
  return {
    id: id ?? ctx.newId(), projectId: ctx.projectId, documentId: range.documentId, coderId: ctx.coderId,
    start: range.start, end: range.end, ...quoteContext(text, range.start, range.end), memo: '', createdAt: ctx.now,
  };
}

/**
 * Removes one coding; its segment goes too when no other coding is left on it (a segment is one
 * coder's, so this never touches another coder's records).
 */
export function uncode(coding: Coding, segmentCodings: readonly Coding[]): Change[] {
  const others = segmentCodings.some((c) => c.id !== coding.id && c.segmentId === coding.segmentId);
  return others ? [remove('codings', coding.id)] : [remove('codings', coding.id), remove('segments', coding.segmentId)];
}

/** Extends or shrinks a segment to `[start, end)`, refreshing its stored quote and context. */
export function resizeSegment(segment: Segment, text: string, start: number, end: number): Change[] {
  assertRange(text, start, end);
  return [put('segments', { ...segment, start, end, ...quoteContext(text, start, end) })];
}

export function setSegmentMemo(segment: Segment, memo: string): Change[] {
  return [put('segments', { ...segment, memo })];
}

/** Deletes those of `segmentIds` that `remaining` codings no longer point at. */
export function segmentsLeftEmpty(segmentIds: Iterable<Id>, remaining: readonly Coding[]): Change[] {
  const coded = new Set(remaining.map((c) => c.segmentId));
  return [...new Set(segmentIds)].filter((id) => !coded.has(id)).map((id) => remove('segments', id));
}
