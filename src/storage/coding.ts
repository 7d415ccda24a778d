import type { Coding, Segment } from '../core/model';
import { createCode, type NewCode } from '../core/operations/codebook';
import {
  codeRanges, resizeSegment as resizeOp, setSegmentMemo as memoOp, uncode, type CodeRange, type DocumentState, type PresetIds,
} from '../core/operations/coding';
import { commit } from './commit';
import { db, newId } from './db';

export type { CodeRange, PresetIds };

/** What coding one coder's passages needs of each document the ranges touch, read in the writing transaction. */
async function documentStates(documentIds: Iterable<string>, coderId: string): Promise<Map<string, DocumentState>> {
  const states = new Map<string, DocumentState>();
  for (const documentId of new Set(documentIds)) {
    const [text, segments, codings] = await Promise.all([
      db().texts.get(documentId),
      // getAll, then filter in JS: a Dexie filter walks a cursor record by record, several times slower.
      db().segments.where('documentId').equals(documentId).toArray(),
      db().codings.where('documentId').equals(documentId).toArray(),
    ]);
    if (!text) throw new Error('That document no longer exists.');
    states.set(documentId, { text: text.text, segments: segments.filter((s) => s.coderId === coderId), codings: codings.filter((c) => c.coderId === coderId) });
  }
  return states;
}

function context(projectId: string, coderId: string) {
  return { projectId, coderId, now: Date.now(), newId };
}

/** Codes one passage with one or several codes as one undo step; returns the segment id. */
export async function applyCodes(
  projectId: string, range: CodeRange, codeIds: string[], coderId: string, preset: PresetIds = {},
): Promise<string> {
  if (codeIds.length === 0) throw new Error('Choose a code to apply.');
  let segmentId = '';
  await commit(async () => {
    const result = codeRanges(context(projectId, coderId), await documentStates([range.documentId], coderId), [range], codeIds, preset);
    segmentId = result.segmentIds[0]!;
    return result.changes;
  }, { label: codeIds.length === 1 ? 'Apply code' : `Apply ${codeIds.length} codes`, coderId });
  return segmentId;
}

/** Codes many passages (search hits) with one code as one undo step. */
export async function applyCodeToRanges(projectId: string, ranges: CodeRange[], codeId: string, coderId: string): Promise<number> {
  if (ranges.length === 0) throw new Error('No passages chosen.');
  await commit(async () => codeRanges(context(projectId, coderId), await documentStates(ranges.map((r) => r.documentId), coderId), ranges, [codeId]).changes,
    { label: `Code ${ranges.length} passages`, coderId });
  return ranges.length;
}

/** Creates a code named after the selection (in vivo) and applies it, as one undo step. */
export async function codeInVivo(
  projectId: string, range: CodeRange, code: NewCode, coderId: string, preset: PresetIds = {},
): Promise<{ codeId: string; segmentId: string }> {
  const out = { codeId: '', segmentId: '' };
  await commit(async () => {
    const created = createCode(await db().codes.where('projectId').equals(projectId).toArray(), projectId, code, newId);
    const coded = codeRanges(context(projectId, coderId), await documentStates([range.documentId], coderId), [range], [created.code.id], preset);
    out.codeId = created.code.id;
    out.segmentId = coded.segmentIds[0]!;
    return [...created.changes, ...coded.changes];
  }, { label: `Create and apply “${code.name.trim()}”`, coderId });
  return out;
}

/** Removes one of the coder's codings from a passage; a passage left with no code goes too (undoable). */
export async function removeCoding(projectId: string, codingId: string, coderId: string): Promise<void> {
  await commit(async () => {
    const coding = await db().codings.get(codingId);
    if (!coding || coding.projectId !== projectId) return [];
    if (coding.coderId !== coderId) throw new Error('That coding is another coder’s: only they can remove it.');
    const siblings = (await db().codings.where('documentId').equals(coding.documentId).toArray()).filter((c) => c.segmentId === coding.segmentId);
    return uncode(coding, siblings);
  }, { label: 'Remove code from passage', coderId });
}

async function ownSegment(segmentId: string, coderId: string): Promise<Segment> {
  const segment = await db().segments.get(segmentId);
  if (!segment) throw new Error('That passage no longer exists.');
  if (segment.coderId !== coderId) throw new Error('That passage is another coder’s: only they can change it.');
  return segment;
}

/** Extends or shrinks one of the coder's passages to `[start, end)`, refreshing its stored quote (undoable). */
export async function resizeSegment(projectId: string, segmentId: string, start: number, end: number, coderId: string): Promise<void> {
  await commit(async () => {
    const segment = await ownSegment(segmentId, coderId);
    const text = await db().texts.get(segment.documentId);
    if (!text) throw new Error('That document no longer exists.');
    return resizeOp(segment, text.text, start, end);
  }, { label: 'Adjust passage', coderId });
}

/** Sets the memo of one of the coder's passages (undoable). */
export async function setSegmentMemo(projectId: string, segmentId: string, memo: string, coderId: string): Promise<void> {
  await commit(async () => memoOp(await ownSegment(segmentId, coderId), memo), { label: 'Edit passage memo', coderId });
}

export type { Coding };
