import * as ops from '../core/operations/projects';
import type { Project } from '../core/model';
import { commit } from './commit';
import { db, newId } from './db';
import { clearHistory } from './history';
import { localCoder, localCoderId } from './local-coder';
import { loadBundle } from './bundle';

export { localCoderId };

/** Creates an empty project with the local coder; returns its id. */
export async function createProject(name: string): Promise<string> {
  const local = await localCoder();
  const { project, changes } = ops.createProject(name, { name: local.name, color: local.color, guid: local.guid }, newId, Date.now());
  await commit(changes, { label: null, coderId: null });
  return project.id;
}

/** Renames a project (undoable). */
export async function renameProject(projectId: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A project needs a name.');
  await updateProject(projectId, 'Rename project', { name: trimmed });
}

/** Sets the project memo (undoable). */
export async function setProjectMemo(projectId: string, memo: string): Promise<void> {
  await updateProject(projectId, 'Edit project memo', { memo });
}

/** Updates fields of the project record as one undo step. */
export async function updateProject(projectId: string, label: string, patch: Partial<Project>): Promise<void> {
  const coderId = await localCoderId(projectId);
  await commit(async () => {
    const p = await db().projects.get(projectId);
    if (!p) throw new Error('That project no longer exists.');
    return ops.updateProject(p, patch, Date.now());
  }, { label, coderId });
}

/** What deleting a project would remove, for the confirmation that names it. */
export async function projectContents(projectId: string) {
  const d = db();
  const [documents, codes, segments] = await Promise.all([
    d.documents.where('projectId').equals(projectId).count(),
    d.codes.where('projectId').equals(projectId).count(),
    d.projectRecords('segments', projectId).then((s) => s.length),
  ]);
  return { documents, codes, segments };
}

/**
 * Deletes a project and everything in it, in one transaction, with its undo history (so no step
 * can point into it). Not undoable: the confirmation says so; a backup file is the way back.
 */
export async function deleteProject(projectId: string): Promise<void> {
  await commit(async () => {
    if (!(await db().projects.get(projectId))) return [];
    await clearHistory(projectId);
    return ops.deleteBundle(await loadBundle(projectId));
  }, { label: null, coderId: null });
}

/** Marks a project as just used, for the recent-projects list (not an undo step). */
export async function touchProject(projectId: string): Promise<void> {
  await commit(async () => {
    const p = await db().projects.get(projectId);
    return p ? [ops.updateProject(p, {}, Date.now())[0]!] : [];
  }, { label: null, coderId: null });
}
