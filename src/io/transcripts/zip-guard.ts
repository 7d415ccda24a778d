/**
 * Checks a .docx before a full parser opens it: it must be a zip with `word/document.xml`, and
 * neither its declared nor its actual inflated size may be out of proportion (a zip bomb).
 */
import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate';
import { MAX_DOCX_INFLATED_BYTES, MAX_DOCX_INFLATE_RATIO, MIN_DOCX_INFLATE_ALLOWANCE, formatMegabytes } from './limits';

/** Compressed bytes pushed to the inflater at a time: bounds one step's output to about 16 MB. */
const PUSH_CHUNK = 16 * 1024;

const CORRUPT = 'is not a valid .docx file: the zip archive is damaged';

/** Most the file may inflate to, in bytes. */
export function inflateLimit(fileBytes: number): number {
  return Math.min(MAX_DOCX_INFLATED_BYTES, Math.max(MIN_DOCX_INFLATE_ALLOWANCE, fileBytes * MAX_DOCX_INFLATE_RATIO));
}

function bombError(limit: number): { error: string } {
  return { error: `inflates to far more than its size (over ${formatMegabytes(limit)}), as a zip bomb does, so it was not opened` };
}

/**
 * Null when `bytes` look like a safe .docx, else the reason: an old .doc or encrypted file (OLE
 * compound document), not a zip, damaged, no `word/document.xml`, or inflating beyond
 * `inflateLimit` by the sizes the archive declares or by actually inflating it in small steps.
 */
export function checkDocxZip(bytes: Uint8Array): { error: string } | null {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { error: 'is an old-format (.doc) or password-protected Word file: save it as .docx without a password and import again' };
  }
  if (!startsWith(bytes, [0x50, 0x4b])) return { error: 'is not a valid .docx file: it is not a zip archive' };
  const listing = listEntries(bytes);
  if ('error' in listing) return listing;
  if (!listing.names.has('word/document.xml')) {
    return { error: 'is a zip archive but not a Word document: it has no word/document.xml' };
  }
  const limit = inflateLimit(bytes.length);
  if (listing.declaredBytes > limit) return bombError(limit);
  const inflated = measureInflated(bytes, limit);
  if (inflated === 'corrupt') return { error: CORRUPT };
  return inflated > limit ? bombError(limit) : null;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Entry names and their summed declared uncompressed sizes, read from the central directory. */
function listEntries(bytes: Uint8Array): { names: Set<string>; declaredBytes: number } | { error: string } {
  const names = new Set<string>();
  let declaredBytes = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        names.add(entry.name);
        declaredBytes += entry.originalSize;
        return false;
      },
    });
  } catch {
    return { error: CORRUPT };
  }
  return { names, declaredBytes };
}

/**
 * Bytes the archive actually inflates to, counting until `limit` is passed (then stopping), or
 * 'corrupt' when inflating fails. The archive is pushed in small steps so even a bomb only
 * inflates one step's worth before it is caught.
 */
function measureInflated(bytes: Uint8Array, limit: number): number | 'corrupt' {
  let total = 0;
  let failed = false;
  const unzip = new Unzip((file: UnzipFile) => {
    file.ondata = (error, chunk) => {
      if (error) failed = true;
      else total += chunk.length;
      if (total > limit || failed) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && total <= limit && !failed; at += PUSH_CHUNK) {
      unzip.push(bytes.subarray(at, at + PUSH_CHUNK), at + PUSH_CHUNK >= bytes.length);
    }
  } catch {
    return 'corrupt';
  }
  return failed ? 'corrupt' : total;
}
