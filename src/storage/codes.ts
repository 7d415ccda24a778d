import type { Code, Coding } from '../core/model';
import * as ops from '../core/operations/codebook';
import type { CodePatch, NewCode } from '../core/operations/codebook';
import { put } from '../core/changes';
import { commit } from './commit';
import { db, newId } from './db';
import { localCoderId } from './local-coder';
import { projectRecords } from './project-records';

export type { CodePatch, NewCode };

function projectCodes(projectId: string): Promise<Code[]> {
  return db().codes.where('projectId').equals(projectId).toArray();
}

/** Commits a codebook change as one undo step of the local coder. */
async function codebookChange(projectId: string, label: string, compute: (codes: Code[]) => Promise<ReturnType<typeof ops.pinCode>>) {
  const coderId = await localCoderId(projectId);
  await commit(async () => compute(await projectCodes(projectId)), { label, coderId });
}

/** Creates a code (undoable); returns its id. */
export async function createCode(projectId: string, input: NewCode): Promise<string> {
  let id = '';
  await codebookChange(projectId, `Create code “${input.name.trim()}”`, async (codes) => {
    const created = ops.createCode(codes, projectId, input, newId);
    id = created.code.id;
    return created.changes;
  });
  return id;
}

/** Renames, recolours, describes or annotates a code (undoable). */
export async function updateCode(projectId: string, codeId: string, patch: CodePatch, label = 'Edit code'): Promise<void> {
  await codebookChange(projectId, label, async (codes) => ops.updateCode(codes, codeId, patch));
}

/** Pins a code to number key 1–9 (taking the key from any other code), or unpins it with null. */
export async function pinCode(projectId: string, codeId: string, key: number | null): Promise<void> {
  if (key !== null && (key < 1 || key > 9)) throw new Error('Pin keys are 1 to 9.');
  await codebookChange(projectId, key === null ? 'Unpin code' : `Pin code to ${key}`, async (codes) => ops.pinCode(codes, codeId, key));
}

/** Moves a code under a new parent to `index` among its siblings (undoable, one step; see `ops.moveCode`). */
export async function moveCode(projectId: string, codeId: string, parentId: string | null, index?: number): Promise<void> {
  if (index !== undefined && !Number.isInteger(index)) throw new RangeError(`A code's position is a whole number, not ${index}.`);
  await codebookChange(projectId, 'Move code', async (codes) => ops.moveCode(codes, codeId, parentId, index));
}

/** Merges `sourceId` into `targetId`: every coder's codings and the sub-codes move to the target (undoable). */
export async function mergeCodes(projectId: string, sourceId: string, targetId: string): Promise<void> {
  if (sourceId === targetId) throw new Error('Choose two different codes to merge.');
  await codebookChange(projectId, 'Merge codes', async (codes) => ops.mergeCodes(codes, await projectRecords<Coding>('codings', projectId), sourceId, targetId));
}

/** What deleting a code (with its sub-codes) would remove, for the confirmation. */
export async function codeDeletionImpact(projectId: string, codeId: string) {
  return ops.codeDeletionImpact(await projectCodes(projectId), await projectRecords<Coding>('codings', projectId), codeId);
}

/** Deletes a code, its sub-codes, every coder's codings of them and passages left with no code (undoable). */
export async function deleteCode(projectId: string, codeId: string): Promise<void> {
  await codebookChange(projectId, 'Delete code', async (codes) => ops.deleteCode(codes, await projectRecords<Coding>('codings', projectId), codeId));
}

/** Applies a merged codebook (a .qdc import): new codes and updated ones, as one undo step. */
export async function applyCodebookMerge(projectId: string, added: Code[], updated: Code[]): Promise<void> {
  for (const c of [...added, ...updated]) if (c.projectId !== projectId) throw new Error('That codebook belongs to another project.');
  await codebookChange(projectId, `Import codebook (${added.length} new codes)`, async () => [...added, ...updated].map((c) => put('codes', c)));
}
