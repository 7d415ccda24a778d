import { assertSafeEntryName } from '../qdpx/container';
import { QdpxRejection } from '../qdpx/issues';
import { readZipDirectory, type ZipEntry, type ZipLimits } from '../qdpx/zip-directory';
import { extractEntry, InflateBudget } from '../qdpx/zip-inflate';
import { damaged, clip } from './check';
import { KNOWN_ENTRIES, type ProjectFileError, type ProjectFileLimits } from './format';

/** An archive whose directory has passed every check; entries are inflated only on `read`. */
export interface CheckedArchive {
  entries: Map<string, ZipEntry>;
  read(entry: ZipEntry): Uint8Array;
}

/** A zip structure problem, already in the user's words. */
export class FileRefused extends Error {
  constructor(readonly result: ProjectFileError) {
    super(result.error);
  }
}

const refuse = (result: ProjectFileError): never => { throw new FileRefused(result); };

/**
 * Reads and checks the zip's directory before inflating anything: a bounded number of entries,
 * only the names this format uses (no folders, no paths that climb out, no duplicates), each
 * entry's declared size and compression ratio within bounds, and their sum within the total cap.
 * Inflation is then counted again against the same bounds (the sizes are only claims).
 */
export function openArchive(bytes: Uint8Array, limits: ProjectFileLimits): CheckedArchive {
  const zipLimits: ZipLimits = { maxEntries: KNOWN_ENTRIES.size, ...limits };
  let list: ZipEntry[];
  try {
    list = readZipDirectory(bytes, zipLimits);
    for (const e of list) assertSafeEntryName(e.name);
  } catch (e) {
    return refuse(fromZipError(e, bytes));
  }
  const entries = new Map<string, ZipEntry>();
  let declared = 0;
  for (const e of list) {
    if (!KNOWN_ENTRIES.has(e.name) || e.isSymlink) {
      refuse({ error: 'This file is refused: it holds something a Verbatim project file never holds. Nothing was restored.', detail: clip(`unexpected entry "${e.name}"`) });
    }
    if (entries.has(e.name)) refuse(damaged('a part of it appears twice', e.name));
    if (e.size > limits.maxEntryBytes || (e.size > limits.ratioFloor && e.size > limits.maxRatio * Math.max(1, e.compressedSize))) {
      refuse(tooLarge(`"${e.name}" declares ${e.size} bytes from ${e.compressedSize} compressed`));
    }
    declared += e.size;
    entries.set(e.name, e);
  }
  if (declared > limits.maxTotalBytes) refuse(tooLarge(`entries declare ${declared} bytes in all`));
  const budget = new InflateBudget(limits.maxTotalBytes);
  return {
    entries,
    read(entry) {
      try {
        return extractEntry(bytes, entry, budget, zipLimits);
      } catch (e) {
        return refuse(fromZipError(e, bytes));
      }
    },
  };
}

function tooLarge(detail: string): ProjectFileError {
  return {
    error: 'This file is refused: it would unpack to far more data than a project holds (it may be a “zip bomb”). Nothing was restored.',
    detail: clip(detail),
  };
}

function fromZipError(e: unknown, bytes: Uint8Array): ProjectFileError {
  if (!(e instanceof QdpxRejection)) return damaged('it could not be read', e instanceof Error ? e.message : String(e));
  const detail = e.issue.message;
  switch (e.issue.code) {
    case 'E_NOT_ZIP':
      return bytes[0] === 0x50 && bytes[1] === 0x4b
        ? damaged('it is incomplete (perhaps cut short while it was saved or copied)', detail)
        : { error: 'This is not a Verbatim project file (a .verbatim backup). Nothing was restored.', detail: clip(detail) };
    case 'E_ZIP_TOO_LARGE':
      return tooLarge(detail);
    case 'E_ZIP_TOO_MANY_ENTRIES':
      return { error: 'This file is refused: it holds more parts than a Verbatim project file has. Nothing was restored.', detail: clip(detail) };
    case 'E_UNSAFE_ENTRY_NAME':
      return { error: 'This file is refused: it holds a file path that points outside its own folder. Nothing was restored.', detail: clip(detail) };
    case 'E_ZIP_ENCRYPTED':
      return { error: 'This file is password-protected; Verbatim project files never are. Nothing was restored.', detail: clip(detail) };
    default:
      return damaged('part of it is corrupt', detail);
  }
}
