import type { ProjectBundle } from '../bundle';
import { insert, put, remove, type Change } from '../changes';
import type { Coder, Id, Project } from '../model';
import { keyOf, RECORD_TABLES, type StoredRecord, type TableName } from '../schema';

/** A new empty project and its first coder (who creates it). */
export function createProject(name: string, coder: Omit<Coder, 'id' | 'projectId'>, newId: () => string, now: number): { project: Project; coder: Coder; changes: Change[] } {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A project needs a name.');
  const project: Project = { id: newId(), name: trimmed, createdAt: now, updatedAt: now, memo: '', attributionTemplate: '{role}' };
  const first: Coder = { ...coder, id: newId(), projectId: project.id };
  return { project, coder: first, changes: [put('projects', project), put('coders', first)] };
}

export function updateProject(project: Project, patch: Partial<Project>, now: number): Change[] {
  return [put('projects', { ...project, ...patch, id: project.id, updatedAt: now })];
}

/** Table name of each bundle field that holds records. */
export const BUNDLE_TABLES = {
  coders: 'coders', documents: 'documents', texts: 'texts', codes: 'codes', segments: 'segments',
  codings: 'codings', participants: 'participants', attributes: 'attributes',
  attributeValues: 'attributeValues', redactions: 'redactions', nonParticipantSpeakers: 'nonParticipantSpeakers',
} as const satisfies Partial<Record<keyof ProjectBundle, TableName>>;

/** Every record of a bundle, parents before children, with its table. */
export function bundleRecords(bundle: ProjectBundle): { table: TableName; record: StoredRecord }[] {
  const out: { table: TableName; record: StoredRecord }[] = [{ table: 'projects', record: bundle.project }];
  for (const table of RECORD_TABLES) {
    if (table === 'projects') continue;
    for (const record of bundle[table as keyof typeof BUNDLE_TABLES] as StoredRecord[]) out.push({ table, record });
  }
  return out;
}

/** Writes a whole project (an import, the demo, a restored backup); refuses to overwrite any stored record. */
export function saveBundle(bundle: ProjectBundle): Change[] {
  return bundleRecords(bundle).map(({ table, record }) => insert(table, record));
}

/** Deletes a whole project: every record of it, children first. */
export function deleteBundle(bundle: ProjectBundle): Change[] {
  return bundleRecords(bundle).reverse().map(({ table, record }) => remove(table, keyOf(table, record)));
}

/** The project's record for the local coder, or the changes that add it. */
export function ensureCoder(coders: readonly Coder[], projectId: Id, local: { guid: string; name: string; color: string }, newId: () => string): { coderId: Id; changes: Change[] } {
  const mine = coders.find((c) => c.guid === local.guid);
  if (mine) return { coderId: mine.id, changes: [] };
  const coder: Coder = { id: newId(), projectId, name: local.name, color: local.color, guid: local.guid };
  return { coderId: coder.id, changes: [put('coders', coder)] };
}
