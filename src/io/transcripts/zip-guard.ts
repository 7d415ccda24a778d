/**
 * Checks a .docx whole before a full parser opens it: it must be a zip whose central directory,
 * local headers, sizes and checksums all agree, with a well-formed `word/document.xml` that
 * does not nest deeper than `MAX_DOCX_DEPTH`, and neither its declared nor its actual inflated
 * size may be out of proportion (a zip bomb). mammoth's own zip and XML readers then only meet
 * files they can read, and a damaged file is reported in the user's words.
 */
import { XMLValidator } from 'fast-xml-parser';
import { boundedValue } from '../../core/text/bounded';
import { QdpxRejection } from '../qdpx/issues';
import { DEFAULT_ZIP_LIMITS, readZipDirectory, type ZipEntry } from '../qdpx/zip-directory';
import { extractEntry, InflateBudget } from '../qdpx/zip-inflate';
import { xmlDeeperThan } from '../xml-depth';
import { MAX_DOCX_INFLATED_BYTES, MAX_DOCX_INFLATE_RATIO, MIN_DOCX_INFLATE_ALLOWANCE, formatMegabytes } from './limits';

/**
 * Deepest element nesting accepted in `word/document.xml`. Body, table, row, cell and paragraph
 * make five levels per table, so this allows tables nested dozens deep, and keeps well clear of
 * the depth at which a recursive reader runs out of stack.
 */
export const MAX_DOCX_DEPTH = 256;

const DAMAGED = 'is a damaged Word document: its zip archive could not be read';

type Refusal = { error: string; details?: string };

/** Most the file may inflate to, in bytes. */
export function inflateLimit(fileBytes: number): number {
  return Math.min(MAX_DOCX_INFLATED_BYTES, Math.max(MIN_DOCX_INFLATE_ALLOWANCE, fileBytes * MAX_DOCX_INFLATE_RATIO));
}

function bombError(limit: number): Refusal {
  return { error: `inflates to far more than its size (over ${formatMegabytes(limit)}), as a zip bomb does, so it was not opened` };
}

/**
 * Null when `bytes` look like a safe, readable .docx, else the reason (with the technical
 * detail apart): an old .doc or encrypted file (OLE compound document), not a zip, a damaged
 * zip (directory, headers, sizes or checksums disagree), no `word/document.xml`, inflating
 * beyond `inflateLimit` by the sizes declared or by actually inflating, a document that is not
 * well-formed XML or nests deeper than `MAX_DOCX_DEPTH`.
 */
export function checkDocxZip(bytes: Uint8Array): Refusal | null {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { error: 'is an old-format (.doc) or password-protected Word file: save it as .docx without a password and import again' };
  }
  if (!startsWith(bytes, [0x50, 0x4b])) return { error: 'is not a valid .docx file: it is not a zip archive' };
  const limit = inflateLimit(bytes.length);
  let document: Uint8Array | undefined;
  try {
    const entries = readZipDirectory(bytes, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: limit });
    if (!entries.some((entry) => entry.name === 'word/document.xml')) {
      return { error: 'is a zip archive but not a Word document: it has no word/document.xml' };
    }
    if (entries.reduce((sum, entry) => sum + entry.size, 0) > limit) return bombError(limit);
    const budget = new InflateBudget(limit);
    for (const entry of entries) {
      const inflated = inflate(bytes, entry, budget, limit);
      if (entry.name === 'word/document.xml') document = inflated;
    }
  } catch (error) {
    return zipRefusal(error, limit);
  }
  return document ? checkDocumentXml(document) : null;
}

function inflate(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, limit: number): Uint8Array {
  if (entry.isDirectory) return new Uint8Array();
  return extractEntry(bytes, entry, budget, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: limit });
}

function zipRefusal(error: unknown, limit: number): Refusal {
  if (!(error instanceof QdpxRejection)) return { error: DAMAGED, details: boundedValue(String(error), 300) };
  const { code, message } = error.issue;
  if (code === 'E_ZIP_TOO_LARGE') return bombError(limit);
  if (code === 'E_ZIP_ENCRYPTED') return { error: 'is password-protected: save it as .docx without a password and import again' };
  return { error: code === 'E_NOT_ZIP' ? 'is not a valid .docx file: the zip archive is damaged' : DAMAGED, details: boundedValue(message, 300) };
}

function checkDocumentXml(xml: Uint8Array): Refusal | null {
  if (xmlDeeperThan(xml, MAX_DOCX_DEPTH)) {
    return { error: 'is too deeply nested to read (tables inside tables, many levels down)', details: `word/document.xml nests elements deeper than ${MAX_DOCX_DEPTH} levels` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(xml);
  } catch {
    return { error: 'is a damaged Word document: its text is not readable', details: 'word/document.xml is not valid UTF-8' };
  }
  const verdict = XMLValidator.validate(text);
  if (verdict === true) return null;
  return {
    error: 'is a damaged Word document: its text is not readable',
    details: boundedValue(`word/document.xml, line ${verdict.err.line}: ${verdict.err.msg}`, 300),
  };
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}
