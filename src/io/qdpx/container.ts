import type { IssueLog } from './issues';
import { reject } from './issues';
import { DEFAULT_ZIP_LIMITS, readZipDirectory, type ZipEntry, type ZipLimits } from './zip-directory';
import { extractEntry, InflateBudget } from './zip-inflate';

/** An opened .qdpx: its checked entry list, the chosen .qde, and bounded access to the files. */
export interface QdpxArchive {
  qde: ZipEntry;
  /** Files in `sources/`, keyed by lower-case file name. */
  sources: Map<string, ZipEntry>;
  /** Inflates one entry within the import's byte budget (see `extractEntry`). */
  read(entry: ZipEntry): Uint8Array;
  /** Finds `sources/<fileName>`, ignoring case and warning when case differs. */
  findSource(fileName: string): ZipEntry | undefined;
}

const SOURCES_DIR = 'sources/';

/**
 * Opens the archive: reads the central directory (nothing is inflated yet), rejects unsafe or
 * duplicate entry names, and picks the project XML (`project.qde`, else a case variant, else the
 * only root `.qde`). Throws `QdpxRejection` for every fatal container problem.
 */
export function openQdpx(bytes: Uint8Array, log: IssueLog, limits: ZipLimits = DEFAULT_ZIP_LIMITS): QdpxArchive {
  const entries = readZipDirectory(bytes, limits);
  for (const entry of entries) assertSafeEntryName(entry.name);
  assertUniqueNames(entries);
  const files = entries.filter((e) => !e.isDirectory && !e.isSymlink);
  const qde = pickQde(files, log);
  const sources = new Map<string, ZipEntry>();
  const exactFolder = new Set<string>();
  for (const entry of files) {
    if (entry.name.slice(0, SOURCES_DIR.length).toLowerCase() !== SOURCES_DIR) continue;
    const fileName = entry.name.slice(SOURCES_DIR.length);
    if (fileName.includes('/')) continue;
    sources.set(fileName.toLowerCase(), entry);
    if (entry.name.startsWith(SOURCES_DIR)) exactFolder.add(fileName.toLowerCase());
  }
  const budget = new InflateBudget(limits.maxTotalBytes);
  const warned = new Set<string>();
  const warnOnce = (key: string, message: string) => {
    if (warned.has(key)) return;
    warned.add(key);
    log.warn('W_CASE_MISMATCH', message);
  };
  return {
    qde,
    sources,
    read: (entry) => extractEntry(bytes, entry, budget, limits),
    findSource(fileName) {
      const entry = sources.get(fileName.toLowerCase());
      if (!entry) return undefined;
      if (!exactFolder.has(fileName.toLowerCase())) {
        warnOnce('folder', `Source files are in "${entry.name.slice(0, SOURCES_DIR.length)}" instead of "sources/"; read case-insensitively.`);
      }
      if (!entry.name.endsWith(`/${fileName}`)) {
        warnOnce('file', `"${fileName}" is stored as "${entry.name}"; file names were matched case-insensitively.`);
      }
      return entry;
    },
  };
}

/**
 * Rejects names that could escape a folder if anyone ever extracted them: `..` segments,
 * absolute paths, drive letters, backslashes, NUL and control characters (E_UNSAFE_ENTRY_NAME).
 */
export function assertSafeEntryName(name: string): void {
  const problem = unsafeNameProblem(name);
  if (problem) reject('E_UNSAFE_ENTRY_NAME', `Archive entry "${escapeControls(name)}" is unsafe: ${problem}.`);
}

function unsafeNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'it contains control characters';
  if (name.includes('\\')) return 'it contains a backslash';
  if (name.startsWith('/')) return 'it is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'it starts with a drive letter';
  if (name.split('/').includes('..')) return 'it contains a ".." segment';
  return undefined;
}

function escapeControls(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function assertUniqueNames(entries: ZipEntry[]): void {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      reject('E_ZIP_DUPLICATE_ENTRY', `The archive holds both "${earlier}" and "${entry.name}"; names must be unique, ignoring case.`);
    }
    seen.set(key, entry.name);
  }
}

function pickQde(files: ZipEntry[], log: IssueLog): ZipEntry {
  const atRoot = files.filter((e) => !e.name.includes('/') && e.name.toLowerCase().endsWith('.qde'));
  if (atRoot.length === 0) {
    const nested = files.find((e) => e.name.toLowerCase().endsWith('.qde'));
    const hint = nested ? ` ("${nested.name}" is inside a folder; the project XML must be at the root)` : '';
    return reject('E_NO_QDE', `The archive has no project.qde at its root${hint}.`);
  }
  let chosen = atRoot.find((e) => e.name === 'project.qde');
  if (!chosen) {
    chosen = atRoot.find((e) => e.name.toLowerCase() === 'project.qde');
    if (chosen) log.warn('W_CASE_MISMATCH', `The project XML is named "${chosen.name}" instead of "project.qde".`);
  }
  if (!chosen) {
    if (atRoot.length > 1) {
      reject('E_AMBIGUOUS_QDE', `The archive holds several .qde files (${atRoot.map((e) => `"${e.name}"`).join(', ')}) and none is named project.qde.`);
    }
    chosen = atRoot[0]!;
    log.warn('W_QDE_NOT_NAMED_PROJECT', `The project XML is named "${chosen.name}" instead of "project.qde"; it was read as the project.`);
  }
  for (const other of atRoot) {
    if (other !== chosen) log.warn('W_EXTRA_QDE', `"${other.name}" was ignored; the project was read from "${chosen.name}".`);
  }
  return chosen;
}
