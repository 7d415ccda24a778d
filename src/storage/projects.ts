import type { Coder, Project } from '../core/model';
import { db, newId, RECORD_TABLES } from './db';
import { clearHistory, mutate } from './history';
import { DOCUMENT_SCOPED, projectDocumentIds, projectRecords } from './project-records';

export const LOCAL_CODER_NAME = 'You';

/** Creates an empty project with the local coder; returns its id. */
export async function createProject(name: string): Promise<string> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A project needs a name.');
  const now = Date.now();
  const project: Project = {
    id: newId(), name: trimmed, createdAt: now, updatedAt: now, memo: '', attributionTemplate: '{role}',
  };
  const coder: Coder = { id: newId(), projectId: project.id, name: LOCAL_CODER_NAME };
  await mutate(project.id, null, async (rec) => {
    await rec.put('projects', project.id, project);
    await rec.put('coders', coder.id, coder);
  });
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
  await mutate(projectId, label, async (rec) => {
    const p = await db().projects.get(projectId);
    if (!p) throw new Error('That project no longer exists.');
    await rec.put('projects', projectId, { ...p, ...patch, id: projectId, updatedAt: Date.now() });
  });
}

/** What deleting a project would remove, for the confirmation that names it. */
export async function projectContents(projectId: string) {
  const d = db();
  const [documents, codes, segments] = await Promise.all([
    d.documents.where('projectId').equals(projectId).count(),
    d.codes.where('projectId').equals(projectId).count(),
    projectRecords('segments', projectId).then((s) => s.length),
  ]);
  return { documents, codes, segments };
}

/** Deletes a project and everything in it, in one transaction. Not undoable: the UI confirms first. */
export async function deleteProject(projectId: string): Promise<void> {
  const d = db();
  await d.transaction('rw', [...RECORD_TABLES.map((t) => d.table(t)), d.history], async () => {
    const documentIds = await projectDocumentIds(projectId);
    for (const t of DOCUMENT_SCOPED) await d.table(t).where('documentId').anyOf(documentIds).delete();
    for (const t of RECORD_TABLES) {
      if (t === 'projects' || (DOCUMENT_SCOPED as readonly string[]).includes(t)) continue;
      await d.table(t).where('projectId').equals(projectId).delete();
    }
    await clearHistory(projectId);
    await d.projects.delete(projectId);
  });
}

/** The coder this browser codes as, creating it for projects imported without one. */
export async function localCoderId(projectId: string): Promise<string> {
  const coders = await db().coders.where('projectId').equals(projectId).toArray();
  const mine = coders.find((c) => c.name === LOCAL_CODER_NAME) ?? null;
  if (mine) return mine.id;
  const coder: Coder = { id: newId(), projectId, name: LOCAL_CODER_NAME };
  await db().coders.put(coder);
  return coder.id;
}

/** Marks a project as just used, for the recent-projects list. */
export async function touchProject(projectId: string): Promise<void> {
  await db().projects.update(projectId, { updatedAt: Date.now() });
}
