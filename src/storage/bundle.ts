import type { ProjectBundle } from '../core/bundle';
import { BUNDLE_TABLES, saveBundle as bundleChanges } from '../core/operations/projects';
import { commit } from './commit';
import { db } from './db';
import { DOCUMENT_SCOPED, projectDocumentIds } from './project-records';
import { RECORD_TABLES } from '../core/schema';

/**
 * Stores a whole project (an import, the demo, a restored backup) in one transaction: all of it
 * lands or none does. Refuses to overwrite an existing project. Not an undo step.
 */
export async function saveBundle(bundle: ProjectBundle): Promise<void> {
  await commit(async () => {
    if (await db().projects.get(bundle.project.id)) throw new Error('A project with that id already exists.');
    return bundleChanges(bundle);
  }, { label: null, coderId: null });
}

/** Reads a whole project in one consistent snapshot (exports, reports, backups). */
export async function loadBundle(projectId: string): Promise<ProjectBundle> {
  const d = db();
  return d.transaction('r', RECORD_TABLES.map((t) => d.table(t)), async () => {
    const project = await d.projects.get(projectId);
    if (!project) throw new Error('That project no longer exists.');
    const documentIds = await projectDocumentIds(projectId);
    const read = <K extends keyof typeof BUNDLE_TABLES>(field: K) => {
      const table = d.table(BUNDLE_TABLES[field]);
      const scoped = (DOCUMENT_SCOPED as readonly string[]).includes(BUNDLE_TABLES[field]);
      return (scoped
        ? Promise.all(documentIds.map((id) => table.where('documentId').equals(id).toArray())).then((parts) => parts.flat())
        : table.where('projectId').equals(projectId).toArray()) as Promise<ProjectBundle[K]>;
    };
    const [coders, documents, texts, codes, segments, codings, participants, attributes, attributeValues, redactions, nonParticipantSpeakers] =
      await Promise.all([
        read('coders'), read('documents'), read('texts'), read('codes'), read('segments'), read('codings'),
        read('participants'), read('attributes'), read('attributeValues'), read('redactions'), read('nonParticipantSpeakers'),
      ]);
    return { project, coders, documents, texts, codes, segments, codings, participants, attributes, attributeValues, redactions, nonParticipantSpeakers };
  });
}
