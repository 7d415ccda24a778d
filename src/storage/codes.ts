import { siblingsAfterMove } from '../core/codebook/reorder';
import { descendantIds, wouldCreateCycle } from '../core/codebook/tree';
import { EMPTY_DESCRIPTION, type Code, type CodeDescription, type Coding } from '../core/model';
import { db, newId } from './db';
import { projectRecords } from './project-records';
import { mutate, type ChangeRecorder } from './history';

export interface NewCode {
  name: string;
  color: string;
  parentId?: string | null;
  description?: CodeDescription;
  /** Lets the caller draw the code before the write commits. */
  id?: string;
}

async function projectCodes(projectId: string): Promise<Code[]> {
  return db().codes.where('projectId').equals(projectId).toArray();
}

function assertUniqueSiblingName(codes: Code[], parentId: string | null, name: string, selfId?: string): void {
  const clash = codes.find((c) => c.parentId === parentId && c.id !== selfId
    && c.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (clash) throw new Error(`A code named “${clash.name}” already exists there.`);
}

/** Creates a code inside an open mutation; returns it. */
export async function createCodeIn(rec: ChangeRecorder, projectId: string, input: NewCode): Promise<Code> {
  const name = input.name.trim();
  if (!name) throw new Error('A code needs a name.');
  const codes = await projectCodes(projectId);
  const parentId = input.parentId ?? null;
  assertUniqueSiblingName(codes, parentId, name);
  // After moves the siblings' orders can have gaps, so their count could tie with one of them.
  const order = codes.reduce((next, c) => (c.parentId === parentId ? Math.max(next, c.order + 1) : next), 0);
  const code: Code = {
    id: input.id ?? newId(), projectId, parentId, name, color: input.color,
    description: input.description ?? { ...EMPTY_DESCRIPTION }, order,
    pinnedKey: null, isCodable: true, memo: '',
  };
  await rec.put('codes', code.id, code);
  return code;
}

/** Creates a code (undoable); returns its id. */
export async function createCode(projectId: string, input: NewCode): Promise<string> {
  return mutate(projectId, `Create code “${input.name.trim()}”`, async (rec) => (await createCodeIn(rec, projectId, input)).id);
}

export type CodePatch = Partial<Pick<Code, 'name' | 'color' | 'description' | 'memo' | 'isCodable'>>;

/** Renames, recolours, describes or annotates a code (undoable). */
export async function updateCode(projectId: string, codeId: string, patch: CodePatch, label = 'Edit code'): Promise<void> {
  await mutate(projectId, label, async (rec) => {
    const codes = await projectCodes(projectId);
    const code = codes.find((c) => c.id === codeId);
    if (!code) throw new Error('That code no longer exists.');
    const next = { ...code, ...patch };
    next.name = next.name.trim();
    if (!next.name) throw new Error('A code needs a name.');
    if (patch.name !== undefined) assertUniqueSiblingName(codes, code.parentId, next.name, codeId);
    await rec.put('codes', codeId, next);
  });
}

/** Pins a code to number key 1–9 (taking the key from any other code), or unpins it with null. */
export async function pinCode(projectId: string, codeId: string, key: number | null): Promise<void> {
  if (key !== null && (key < 1 || key > 9)) throw new Error('Pin keys are 1 to 9.');
  await mutate(projectId, key === null ? 'Unpin code' : `Pin code to ${key}`, async (rec) => {
    const codes = await projectCodes(projectId);
    for (const c of codes) {
      if (c.id === codeId) await rec.put('codes', c.id, { ...c, pinnedKey: key });
      else if (key !== null && c.pinnedKey === key) await rec.put('codes', c.id, { ...c, pinnedKey: null });
    }
  });
}

/**
 * Moves a code under a new parent (null: top level) to `index` among that parent's other
 * children, or last without one (undoable, one step). Every sibling whose `order` differs from
 * its new position is renumbered, so the tree shows exactly the order asked for; a move that
 * changes nothing records no undo step.
 */
export async function moveCode(projectId: string, codeId: string, parentId: string | null, index?: number): Promise<void> {
  if (index !== undefined && !Number.isInteger(index)) throw new RangeError(`A code's position is a whole number, not ${index}.`);
  await mutate(projectId, 'Move code', async (rec) => {
    const codes = await projectCodes(projectId);
    const code = codes.find((c) => c.id === codeId);
    if (!code) throw new Error('That code no longer exists.');
    if (parentId !== null && !codes.some((c) => c.id === parentId)) throw new Error('That parent code no longer exists.');
    if (wouldCreateCycle(codes, codeId, parentId)) throw new Error('A code cannot move inside itself.');
    assertUniqueSiblingName(codes, parentId, code.name, codeId);
    const byId = new Map(codes.map((c) => [c.id, c] as const));
    const ordered = siblingsAfterMove(codes, codeId, { parentId, index: index ?? codes.length });
    for (const [order, id] of ordered.entries()) {
      const sibling = byId.get(id) as Code;
      const nextParent = id === codeId ? parentId : sibling.parentId;
      if (sibling.order !== order || sibling.parentId !== nextParent) await rec.put('codes', id, { ...sibling, parentId: nextParent, order });
    }
  });
}

/** Merges `sourceId` into `targetId`: codings and sub-codes move to the target, the source goes (undoable). */
export async function mergeCodes(projectId: string, sourceId: string, targetId: string): Promise<void> {
  if (sourceId === targetId) throw new Error('Choose two different codes to merge.');
  await mutate(projectId, 'Merge codes', async (rec) => {
    const codes = await projectCodes(projectId);
    const source = codes.find((c) => c.id === sourceId);
    const target = codes.find((c) => c.id === targetId);
    if (!source || !target) throw new Error('One of those codes no longer exists.');
    if (descendantIds(codes, sourceId).includes(targetId)) throw new Error('A code cannot merge into its own sub-code.');
    const projectCodings = await projectRecords<Coding>('codings', projectId);
    const targetCodings = projectCodings.filter((c) => c.codeId === targetId);
    const have = new Set(targetCodings.map((c) => `${c.segmentId}|${c.coderId}`));
    for (const coding of projectCodings.filter((c) => c.codeId === sourceId)) {
      const key = `${coding.segmentId}|${coding.coderId}`;
      if (have.has(key)) await rec.delete('codings', coding.id);
      else { have.add(key); await rec.put('codings', coding.id, { ...coding, codeId: targetId }); }
    }
    for (const child of codes.filter((c) => c.parentId === sourceId)) {
      await rec.put('codes', child.id, { ...child, parentId: targetId });
    }
    const memo = [target.memo, source.memo].filter(Boolean).join('\n\n');
    await rec.put('codes', targetId, { ...target, memo });
    await rec.delete('codes', sourceId);
  });
}

/** What deleting a code (with its sub-codes) would remove, for the confirmation. */
export async function codeDeletionImpact(projectId: string, codeId: string) {
  const codes = await projectCodes(projectId);
  const ids = descendantIds(codes, codeId);
  const codings = await codingsOfCodes(projectId, ids);
  return { codes: ids.length, codings: codings.length, segments: new Set(codings.map((c) => c.segmentId)).size };
}

/** Deletes a code, its sub-codes, their codings and passages left with no code (undoable). */
export async function deleteCode(projectId: string, codeId: string): Promise<void> {
  await mutate(projectId, 'Delete code', async (rec) => {
    const codes = await projectCodes(projectId);
    const ids = descendantIds(codes, codeId);
    const codings = await codingsOfCodes(projectId, ids);
    for (const c of codings) await rec.delete('codings', c.id);
    await deleteSegmentsLeftEmpty(rec, new Set(codings.map((c) => c.segmentId)));
    for (const id of ids) await rec.delete('codes', id);
  });
}

async function codingsOfCodes(projectId: string, codeIds: string[]) {
  const wanted = new Set(codeIds);
  return (await projectRecords<Coding>('codings', projectId)).filter((c) => wanted.has(c.codeId));
}

/** Deletes those of `segmentIds` that no longer carry any coding. */
export async function deleteSegmentsLeftEmpty(rec: ChangeRecorder, segmentIds: Set<string>): Promise<void> {
  const codedByDocument = new Map<string, Set<string>>();
  for (const segmentId of segmentIds) {
    const segment = await db().segments.get(segmentId);
    if (!segment) continue;
    let coded = codedByDocument.get(segment.documentId);
    if (!coded) {
      const codings = await db().codings.where('documentId').equals(segment.documentId).toArray();
      coded = new Set(codings.map((c) => c.segmentId));
      codedByDocument.set(segment.documentId, coded);
    }
    if (!coded.has(segmentId)) await rec.delete('segments', segmentId);
  }
}

/** Applies a merged codebook (a .qdc import): new codes and updated ones, as one undo step. */
export async function applyCodebookMerge(projectId: string, added: Code[], updated: Code[]): Promise<void> {
  await mutate(projectId, `Import codebook (${added.length} new codes)`, async (rec) => {
    for (const c of [...added, ...updated]) {
      if (c.projectId !== projectId) throw new Error('That codebook belongs to another project.');
      await rec.put('codes', c.id, c);
    }
  });
}
