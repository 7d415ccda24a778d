import { quoteContext } from '../core/transcript/blocks';
import type { Coding, Segment } from '../core/model';
import { createCodeIn, deleteSegmentsLeftEmpty, type NewCode } from './codes';
import { db, newId } from './db';
import { mutate, type ChangeRecorder } from './history';

export interface CodeRange {
  documentId: string;
  start: number;
  end: number;
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

async function documentText(documentId: string): Promise<string> {
  const t = await db().texts.get(documentId);
  if (!t) throw new Error('That document no longer exists.');
  return t.text;
}

/**
 * Applies codes to ranges inside an open mutation. A range that matches an existing segment
 * exactly reuses it; a code the coder already applied there is not applied twice.
 * Returns the segment id of each range.
 */
export async function applyCodesIn(
  rec: ChangeRecorder, projectId: string, ranges: CodeRange[], codeIds: string[], coderId: string, preset: PresetIds = {},
): Promise<string[]> {
  const texts = new Map<string, string>();
  const segmentIds: string[] = [];
  let presetIndex = 0;
  for (const range of ranges) {
    let text = texts.get(range.documentId);
    if (text === undefined) { text = await documentText(range.documentId); texts.set(range.documentId, text); }
    assertRange(text, range.start, range.end);
    const existing = (await db().segments.where('documentId').equals(range.documentId).toArray())
      .find((s) => s.start === range.start && s.end === range.end);
    const segment = existing ?? newSegment(projectId, range, text, ranges.length === 1 ? preset.segmentId : undefined);
    if (!existing) await rec.put('segments', segment.id, segment);
    const have = new Set((await db().codings.where('documentId').equals(range.documentId).toArray())
      .filter((c) => c.segmentId === segment.id && c.coderId === coderId).map((c) => c.codeId));
    for (const codeId of codeIds) {
      if (have.has(codeId)) continue;
      const coding: Coding = {
        id: preset.codingIds?.[presetIndex++] ?? newId(), projectId, segmentId: segment.id, documentId: segment.documentId, codeId, coderId, createdAt: Date.now(),
      };
      await rec.put('codings', coding.id, coding);
    }
    segmentIds.push(segment.id);
  }
  return segmentIds;
}

function newSegment(projectId: string, range: CodeRange, text: string, id?: string): Segment {
  const { quote, prefix, suffix } = quoteContext(text, range.start, range.end);
  return {
    id: id ?? newId(), projectId, documentId: range.documentId, start: range.start, end: range.end,
    quote, prefix, suffix, memo: '', createdAt: Date.now(),
  };
}

/** Codes one passage with one or several codes as one undo step; returns the segment id. */
export async function applyCodes(
  projectId: string, range: CodeRange, codeIds: string[], coderId: string, preset: PresetIds = {},
): Promise<string> {
  if (codeIds.length === 0) throw new Error('Choose a code to apply.');
  const label = codeIds.length === 1 ? 'Apply code' : `Apply ${codeIds.length} codes`;
  const [id] = await mutate(projectId, label, (rec) => applyCodesIn(rec, projectId, [range], codeIds, coderId, preset));
  return id!;
}

/** Codes many passages (search hits) with one code as one undo step. */
export async function applyCodeToRanges(projectId: string, ranges: CodeRange[], codeId: string, coderId: string): Promise<number> {
  if (ranges.length === 0) throw new Error('No passages chosen.');
  await mutate(projectId, `Code ${ranges.length} passages`, (rec) => applyCodesIn(rec, projectId, ranges, [codeId], coderId));
  return ranges.length;
}

/** Creates a code named after the selection (in vivo) and applies it, as one undo step. */
export async function codeInVivo(
  projectId: string, range: CodeRange, code: NewCode, coderId: string, preset: PresetIds = {},
): Promise<{ codeId: string; segmentId: string }> {
  return mutate(projectId, `Create and apply “${code.name.trim()}”`, async (rec) => {
    const created = await createCodeIn(rec, projectId, code);
    const [segmentId] = await applyCodesIn(rec, projectId, [range], [created.id], coderId, preset);
    return { codeId: created.id, segmentId: segmentId! };
  });
}

/** Removes one code from a passage; a passage left with no code goes too (undoable). */
export async function removeCoding(projectId: string, codingId: string): Promise<void> {
  await mutate(projectId, 'Remove code from passage', async (rec) => {
    const coding = await db().codings.get(codingId);
    if (!coding) return;
    await rec.delete('codings', codingId);
    await deleteSegmentsLeftEmpty(rec, new Set([coding.segmentId]));
  });
}

/** Extends or shrinks a coded passage to `[start, end)`, refreshing its stored quote (undoable). */
export async function resizeSegment(projectId: string, segmentId: string, start: number, end: number): Promise<void> {
  await mutate(projectId, 'Adjust passage', async (rec) => {
    const segment = await db().segments.get(segmentId);
    if (!segment) throw new Error('That passage no longer exists.');
    const text = await documentText(segment.documentId);
    assertRange(text, start, end);
    const { quote, prefix, suffix } = quoteContext(text, start, end);
    await rec.put('segments', segmentId, { ...segment, start, end, quote, prefix, suffix });
  });
}

/** Sets the memo of a coded passage (undoable). */
export async function setSegmentMemo(projectId: string, segmentId: string, memo: string): Promise<void> {
  await mutate(projectId, 'Edit passage memo', async (rec) => {
    const segment = await db().segments.get(segmentId);
    if (!segment) throw new Error('That passage no longer exists.');
    await rec.put('segments', segmentId, { ...segment, memo });
  });
}
