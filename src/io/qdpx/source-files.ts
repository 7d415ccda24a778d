import type { QdpxArchive } from './container';
import type { IssueLog } from './issues';
import { reject } from './issues';
import type { MediaFile, TextCarrier } from './parsed';
import type { QdpxSource } from './types';
import { boundedValue } from '../../core/text/bounded';
import { looksLikeBomlessUtf16 } from '../transcripts/decode';

/** Where a source path leads: a file in `sources/`, or somewhere a browser cannot read. */
export type SourceLocation =
  | { kind: 'internal'; fileName: string }
  | { kind: 'external'; path: string };

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s;

/**
 * Resolves a `plainTextPath` or `path` (§8.3). `internal://X` must name a single file (no `/`,
 * `\`, `..`, control characters: E_UNSAFE_SOURCE_PATH), so it can only ever be `sources/X`.
 * A bare file name without scheme (qc 1.3.2) is read as internal (W_PATH_WITHOUT_SCHEME); an
 * absolute path without scheme, and `relative://`/`absolute://`, are external.
 */
export function resolveSourcePath(raw: string, what: string, log: IssueLog): SourceLocation {
  const path = raw.trim();
  const m = SCHEME.exec(path);
  if (!m) {
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return { kind: 'external', path };
    log.warn('W_PATH_WITHOUT_SCHEME', `${what} has path "${path}" without internal:// (or another scheme); it was read from sources/.`);
    return { kind: 'internal', fileName: safeFileName(path, raw, what) };
  }
  if (m[1]!.toLowerCase() !== 'internal') return { kind: 'external', path };
  return { kind: 'internal', fileName: safeFileName(m[2]!, raw, what) };
}

function safeFileName(name: string, raw: string, what: string): string {
  // eslint-disable-next-line no-control-regex
  const unsafe = name === '' || name === '.' || name === '..' || /[/\\\u0000-\u001f\u007f]/.test(name);
  if (unsafe) {
    reject('E_UNSAFE_SOURCE_PATH', `${what} has path "${raw}"; an internal path must be a single file name inside sources/.`);
  }
  return name;
}

/** The text of a carrier as stored (BOM removed, nothing else changed), or why there is none. */
export interface CarrierText {
  text?: string;
  missing?: boolean;
  external?: boolean;
}

/**
 * Loads a text carrier: the file named by `plainTextPath` (preferred, W_CONTENT_AND_PATH when
 * inline content is also present) or the inline `PlainTextContent`. The file must be strict
 * UTF-8 (E_SOURCE_NOT_UTF8, collected in `log`); a missing file is W_SOURCE_FILE_MISSING.
 */
export function loadCarrierText(carrier: TextCarrier, archive: QdpxArchive, log: IssueLog): CarrierText {
  const inline = carrier.inlineText;
  if (carrier.plainTextPath === undefined) {
    if (inline === undefined && carrier.owner === 'source') {
      log.warn('W_NO_TEXT', `${carrier.what} has neither plainTextPath nor PlainTextContent; it has no text and its selections cannot be placed.`);
    }
    return inline === undefined ? {} : { text: inline };
  }
  const location = resolveSourcePath(carrier.plainTextPath, carrier.what, log);
  if (location.kind === 'external') {
    log.warn('W_EXTERNAL_SOURCE_UNRESOLVED', `${carrier.what} points to "${location.path}" outside the archive; a browser cannot open it. Attach the file to use it.`);
    return inline === undefined ? { external: true } : { text: inline };
  }
  const entry = archive.findSource(location.fileName);
  if (!entry) {
    const outcome = inline !== undefined ? 'its inline PlainTextContent was used'
      : carrier.owner === 'note' ? 'the note has no text' : 'the source is listed as missing and its selections are not placed';
    log.warn('W_SOURCE_FILE_MISSING', `${carrier.what}: "sources/${location.fileName}" is not in the archive; ${outcome}.`);
    return inline === undefined ? { missing: true } : { text: inline };
  }
  if (inline !== undefined) {
    log.warn('W_CONTENT_AND_PATH', `${carrier.what} has both PlainTextContent and plainTextPath; the file "${entry.name}" was used.`);
  }
  const bytes = archive.read(entry);
  if (bytes[0] !== 0xef && looksLikeBomlessUtf16(bytes)) {
    // Latin text in UTF-16 is valid UTF-8 byte by byte, NULs and all: it must be refused, not read.
    log.error('E_SOURCE_NOT_UTF8', `"${boundedValue(entry.name)}" (${carrier.what}) looks like UTF-16 without a byte-order mark; REFI-QDA plain text must be UTF-8.`);
    return {};
  }
  try {
    // fatal: invalid UTF-8 must not become U+FFFD, which would silently shift every offset.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    log.error('E_SOURCE_NOT_UTF8', `"${boundedValue(entry.name)}" (${carrier.what}) is not valid UTF-8; REFI-QDA plain text must be UTF-8.`);
    return {};
  }
}

/**
 * Checks that each media source's file is reachable without reading it: internal files must be
 * in the archive (W_SOURCE_FILE_MISSING, `missing`), external ones are flagged (`external`).
 */
export function checkMediaFiles(files: MediaFile[], sources: Map<string, QdpxSource>, archive: QdpxArchive, log: IssueLog): void {
  for (const file of files) {
    const source = sources.get(file.sourceGuid);
    if (!source) continue;
    const location = resolveSourcePath(file.path, file.what, log);
    if (location.kind === 'external') {
      source.external = true;
      log.warn('W_EXTERNAL_SOURCE_UNRESOLVED', `${file.what} points to "${location.path}" outside the archive; a browser cannot open it. Attach the file to use it.`);
    } else if (!archive.findSource(location.fileName)) {
      source.missing = true;
      log.warn('W_SOURCE_FILE_MISSING', `${file.what}: "sources/${location.fileName}" is not in the archive; the source is listed as missing.`);
    }
  }
}
