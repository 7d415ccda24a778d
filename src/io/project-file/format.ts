import { RECORD_TABLES, type HistoryStep, type TableName } from '../../core/schema';
import type { ProjectBundle } from '../../core/bundle';

/** The version of the file layout (entry names, manifest fields); record shapes go by `schemaVersion`. */
export const FORMAT_VERSION = 1;

export const FILE_TYPE = 'verbatim-project';
export const FILE_EXTENSION = '.verbatim';

export interface ProjectFileManifest {
  type: typeof FILE_TYPE;
  version: number;
  /** The record schema the tables were written at (`SCHEMA_VERSION` of the writing app). */
  schemaVersion: number;
  /** `Verbatim <package version>`: for a person reading the file, never for decisions. */
  app: string;
  createdAt: string;
}

/** What a project file holds once read: one whole project, and its undo history when it was included. */
export interface ProjectFileContents {
  manifest: ProjectFileManifest;
  bundle: ProjectBundle;
  /** In stored order (oldest first); empty when the file was written without history. */
  history: HistoryStep[];
}

/** A file that cannot be opened: `error` in the user's words, `detail` for a bug report. */
export interface ProjectFileError {
  error: string;
  detail?: string;
}

export const MANIFEST_ENTRY = 'manifest.json';
export const HISTORY_ENTRY = 'history.json';
export const tableEntry = (table: TableName) => `tables/${table}.json`;

/** Every entry a file of this format version may hold; anything else is refused. */
export const KNOWN_ENTRIES: ReadonlySet<string> = new Set([MANIFEST_ENTRY, HISTORY_ENTRY, ...RECORD_TABLES.map(tableEntry)]);

const MiB = 1024 * 1024;

/**
 * Bounds checked before anything is inflated and again while inflating. One entry stays well
 * under the longest string a browser will build for JSON.parse (~512 MiB in Chromium); a
 * 200-transcript study is tens of MiB.
 */
export interface ProjectFileLimits {
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Inflated/compressed ratio above which an entry over `ratioFloor` bytes is taken for a bomb. */
  maxRatio: number;
  ratioFloor: number;
}

export const DEFAULT_LIMITS: ProjectFileLimits = {
  maxEntryBytes: 400 * MiB,
  maxTotalBytes: 1024 * MiB,
  maxRatio: 200,
  ratioFloor: MiB,
};
