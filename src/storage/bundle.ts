import type { ProjectBundle } from '../core/bundle';
import { db, RECORD_TABLES } from './db';
import { DOCUMENT_SCOPED, projectDocumentIds } from './project-records';

/** Table name for each bundle field that holds records. */
const BUNDLE_TABLES = {
  coders: 'coders', documents: 'documents', texts: 'texts', codes: 'codes', segments: 'segments',
  codings: 'codings', participants: 'participants', attributes: 'attributes',
  attributeValues: 'attributeValues', redactions: 'redactions', nonParticipantSpeakers: 'nonParticipantSpeakers',
} as const satisfies Partial<Record<keyof ProjectBundle, (typeof RECORD_TABLES)[number]>>;

/**
 * Stores a whole project (an import, the demo) in one transaction: all of it lands or none does.
 * Refuses to overwrite an existing project.
 */
export async function saveBundle(bundle: ProjectBundle): Promise<void> {
  const d = db();
  await d.transaction('rw', RECORD_TABLES.map((t) => d.table(t)), async () => {
    if (await d.projects.get(bundle.project.id)) throw new Error('A project with that id already exists.');
    await d.projects.add(bundle.project);
    for (const [field, table] of Object.entries(BUNDLE_TABLES)) {
      const records = bundle[field as keyof typeof BUNDLE_TABLES];
      if (records.length > 0) await d.table(table).bulkAdd(records);
    }
  });
}

/** Reads a whole project in one consistent snapshot (exports, reports). */
export async function loadBundle(projectId: string): Promise<ProjectBundle> {
  const d = db();
  return d.transaction('r', RECORD_TABLES.map((t) => d.table(t)), async () => {
    const project = await d.projects.get(projectId);
    if (!project) throw new Error('That project no longer exists.');
    const documentIds = await projectDocumentIds(projectId);
    const read = <K extends keyof typeof BUNDLE_TABLES>(field: K) => {
      const table = d.table(BUNDLE_TABLES[field]);
      const scoped = (DOCUMENT_SCOPED as readonly string[]).includes(BUNDLE_TABLES[field]);
      return (scoped ? table.where('documentId').anyOf(documentIds) : table.where('projectId').equals(projectId)).toArray() as Promise<ProjectBundle[K]>;
    };
    const [coders, documents, texts, codes, segments, codings, participants, attributes, attributeValues, redactions, nonParticipantSpeakers] =
      await Promise.all([
        read('coders'), read('documents'), read('texts'), read('codes'), read('segments'), read('codings'),
        read('participants'), read('attributes'), read('attributeValues'), read('redactions'), read('nonParticipantSpeakers'),
      ]);
    return { project, coders, documents, texts, codes, segments, codings, participants, attributes, attributeValues, redactions, nonParticipantSpeakers };
  });
}
