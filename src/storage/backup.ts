import { useLiveQuery } from 'dexie-react-hooks';
import type { ProjectBundle } from '../core/bundle';
import { insert, put, type Change } from '../core/changes';
import { copyBundle } from '../core/operations/copy-project';
import { bundleRecords, deleteBundle } from '../core/operations/projects';
import { keyOf, RECORD_TABLES, type HistoryStep } from '../core/schema';
import type { ProjectFileContents } from '../io/project-file/format';
import type { ReadResult } from '../io/project-file/read';
import { loadBundle } from './bundle';
import { commit } from './commit';
import { db, newId } from './db';
import { clearHistory } from './history';
import { localCoder } from './local-coder';

const lastBackupKey = (projectId: string) => `last-backup:${projectId}`;

/**
 * Writes a project as a `.verbatim` file from one consistent snapshot: the records and (when
 * asked) the undo history are read in one transaction, so no write lands between them.
 * Remembers when the project was last backed up.
 */
export async function backupProject(projectId: string, options: { history: boolean }): Promise<{ bytes: Uint8Array; fileName: string }> {
  const d = db();
  const { bundle, steps } = await d.transaction('r', [...RECORD_TABLES.map((t) => d.table(t)), d.history], async () => ({
    bundle: await loadBundle(projectId),
    steps: options.history ? await d.history.where('projectId').equals(projectId).sortBy('seq') : undefined,
  }));
  const now = new Date();
  // The zip code loads on first use: the start screen, which offers backups, stays light.
  const { writeProjectFile } = await import('../io/project-file/write');
  const bytes = await writeProjectFile(bundle, steps ? { history: steps, now } : { now });
  await d.meta.put({ key: lastBackupKey(projectId), value: now.getTime() });
  return { bytes, fileName: backupFileName(bundle.project.name, now) };
}

/** `<project name> YYYY-MM-DD.verbatim`, without characters a file system refuses. */
export function backupFileName(name: string, at: Date): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'Project';
  const day = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
  return `${safe} ${day}.verbatim`;
}

/** When the project was last backed up in this browser (ms), or null. */
export function useLastBackup(projectId: string): number | null | undefined {
  return useLiveQuery(async () => ((await db().meta.get(lastBackupKey(projectId)))?.value as number | undefined) ?? null, [projectId]);
}

/** Reads a `.verbatim` file for this browser: an old file's "You" coder becomes the local coder. */
export async function readBackup(bytes: Uint8Array): Promise<ReadResult> {
  const { guid, name, color } = await localCoder();
  const { readProjectFile } = await import('../io/project-file/read');
  return readProjectFile(bytes, { localCoder: { guid, name, color }, newId });
}

/** The stored project a file would restore over, if there is one. */
export async function existingProject(projectId: string) {
  return db().projects.get(projectId);
}

export type RestoreMode = 'new' | 'replace' | 'copy';

/**
 * Restores a read project file in one commit (not an undo step): `new` needs the project's id
 * to be free; `replace` deletes the stored project of that id and writes the file's in the same
 * transaction (the caller has asked the user); `copy` writes it under new ids as "… (restored)".
 * With `new` and `replace` the project comes back exactly as it was, ids included, with its undo
 * history when the file holds one; a copy has none (its steps name the original's ids). Any
 * failure leaves everything as it was. Returns the restored project's id.
 */
export async function restoreProject(file: ProjectFileContents, options: { mode: RestoreMode }): Promise<string> {
  const bundle = options.mode === 'copy' ? copyBundle(file.bundle, `${file.bundle.project.name} (restored)`, newId) : file.bundle;
  const history = options.mode === 'copy' ? [] : file.history;
  const projectId = bundle.project.id;
  await commit(async () => {
    const stored = await db().projects.get(projectId);
    if (stored && options.mode !== 'replace') throw new Error(`A project “${stored.name}” with the same identity is already here; replace it or restore a copy.`);
    const existing = stored ? await loadBundle(projectId) : null;
    if (existing) await clearHistory(projectId);
    // Written here, inside commit's transaction, so the steps land with the records or not at all.
    if (history.length > 0) await db().history.bulkAdd(history.map(({ seq: _seq, ...step }) => step as HistoryStep));
    return existing ? replaceChanges(existing, bundle) : bundleRecords(bundle).map(({ table, record }) => insert(table, record));
  }, { label: null, coderId: null });
  return projectId;
}

/**
 * Deletes what the file lacks and writes the rest. A record the stored project holds is
 * overwritten; any other is inserted, which refuses a key another project already uses.
 */
function replaceChanges(existing: ProjectBundle, incoming: ProjectBundle): Change[] {
  const held = new Set(bundleRecords(existing).map(({ table, record }) => `${table}\u0000${keyOf(table, record)}`));
  const writes = bundleRecords(incoming).map(({ table, record }) => (held.has(`${table}\u0000${keyOf(table, record)}`) ? put(table, record) : insert(table, record)));
  return [...deleteBundle(existing), ...writes];
}
