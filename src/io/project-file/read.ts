import type { ProjectBundle } from '../../core/bundle';
import { migrateTables, type LocalCoder, type Tables } from '../../core/migrate-tables';
import type { StoredStep } from '../../core/migrate-step';
import { DEFAULT_CODER_COLOR, RECORD_TABLES, SCHEMA_VERSION, type HistoryStep } from '../../core/schema';
import { checkHistory, checkTables, clip, damaged } from './check';
import {
  DEFAULT_LIMITS, FILE_TYPE, FORMAT_VERSION, HISTORY_ENTRY, MANIFEST_ENTRY, tableEntry,
  type ProjectFileContents, type ProjectFileError, type ProjectFileLimits, type ProjectFileManifest,
} from './format';
import { FileRefused, openArchive, type CheckedArchive } from './zip';

export interface ReadOptions {
  /** Who reads the file: an old file's "You" coder becomes them (see `migrateTables`). */
  localCoder?: LocalCoder;
  newId?: () => string;
  limits?: ProjectFileLimits;
}

export type ReadResult = { value: ProjectFileContents } | ProjectFileError;

const NEWER: ProjectFileError = { error: 'This project file was made by a newer version of Verbatim: update Verbatim to open it. Nothing was restored.' };

/**
 * Reads a `.verbatim` file without trusting any of it: the zip is checked before anything is
 * inflated (see `openArchive`), the manifest before any table, every table is parsed as JSON
 * and migrated from the file's schema version, and the whole is checked as one project (shapes,
 * ownership, references) before it is returned. Never throws: every problem is a bounded
 * message in the user's words, with the technical reason in `detail`.
 */
export async function readProjectFile(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  try {
    return read(bytes, options);
  } catch (e) {
    if (e instanceof FileRefused) return e.result;
    return damaged('it could not be read', e instanceof Error ? e.message : String(e));
  }
}

function read(bytes: Uint8Array, options: ReadOptions): ReadResult {
  if (bytes.length === 0) return { error: 'This file is empty. Nothing was restored.' };
  const archive = openArchive(bytes, options.limits ?? DEFAULT_LIMITS);
  const manifestEntry = archive.entries.get(MANIFEST_ENTRY);
  if (!manifestEntry) return { error: 'This is not a Verbatim project file: it has no manifest. Nothing was restored.' };
  const manifest = parseJson(archive, MANIFEST_ENTRY);
  const problem = manifestProblem(manifest);
  if (problem) return problem;
  const m = manifest as ProjectFileManifest;
  const tables = {} as Tables;
  for (const table of RECORD_TABLES) {
    if (!archive.entries.has(tableEntry(table))) return damaged(`its ${table} table is missing`, tableEntry(table));
    const records = parseJson(archive, tableEntry(table));
    if (!Array.isArray(records)) return damaged(`its ${table} table is not a list of records`, tableEntry(table));
    tables[table] = records as object[];
  }
  let history: unknown[] = [];
  if (archive.entries.has(HISTORY_ENTRY)) {
    const parsed = parseJson(archive, HISTORY_ENTRY);
    if (!Array.isArray(parsed) || parsed.some((s) => typeof s !== 'object' || s === null)) return damaged('its undo history is malformed');
    history = parsed;
  }
  const migrated = migrate(tables, history, m.schemaVersion, options);
  if ('error' in migrated) return migrated;
  const wrong = checkTables(migrated.tables) ?? checkHistory(migrated.history, migrated.tables);
  if (wrong) return wrong;
  return { value: { manifest: m, bundle: toBundle(migrated.tables), history: migrated.history } };
}

function manifestProblem(manifest: unknown): ProjectFileError | null {
  const m = manifest as Partial<Record<keyof ProjectFileManifest, unknown>> | null;
  if (typeof m !== 'object' || m === null || m.type !== FILE_TYPE) {
    return { error: 'This is not a Verbatim project file (a .verbatim backup). Nothing was restored.', detail: 'manifest type' };
  }
  const whole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
  if (!whole(m.version) || !whole(m.schemaVersion) || typeof m.createdAt !== 'string' || typeof m.app !== 'string') {
    return damaged('its manifest is incomplete', 'manifest.json');
  }
  if (m.version > FORMAT_VERSION || m.schemaVersion > SCHEMA_VERSION) {
    return { ...NEWER, detail: clip(`file format ${m.version}, record schema ${m.schemaVersion}, written by ${m.app}; this app reads format ${FORMAT_VERSION}, schema ${SCHEMA_VERSION}`) };
  }
  return null;
}

function parseJson(archive: CheckedArchive, name: string): unknown {
  const raw = archive.read(archive.entries.get(name)!);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new FileRefused(damaged(`${name} is not text`, name));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new FileRefused(damaged(`${name} is not valid JSON`, (e as Error).message));
  }
}

function migrate(tables: Tables, history: unknown[], from: number, options: ReadOptions): { tables: Tables; history: HistoryStep[] } | ProjectFileError {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const local = options.localCoder ?? { guid: newId(), name: 'You', color: DEFAULT_CODER_COLOR };
  try {
    return migrateTables(tables, history as StoredStep[], from, local, newId);
  } catch (e) {
    return damaged(`its records could not be brought up to date from version ${from}`, e instanceof Error ? e.message : String(e));
  }
}

function toBundle(tables: Tables): ProjectBundle {
  const t = tables as unknown as { [K in keyof ProjectBundle]: ProjectBundle[K] } & { projects: ProjectBundle['project'][] };
  return {
    project: t.projects[0]!, coders: t.coders, documents: t.documents, texts: t.texts, codes: t.codes, segments: t.segments,
    codings: t.codings, participants: t.participants, attributes: t.attributes, attributeValues: t.attributeValues,
    redactions: t.redactions, nonParticipantSpeakers: t.nonParticipantSpeakers,
  };
}
