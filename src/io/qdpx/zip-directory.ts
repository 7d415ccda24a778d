import { reject } from './issues';

/** One file of a ZIP archive as its central directory describes it. Sizes are in bytes. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** Declared uncompressed size: a claim, checked again while inflating. */
  size: number;
  localHeaderOffset: number;
  isDirectory: boolean;
  isSymlink: boolean;
}

export interface ZipLimits {
  maxEntries: number;
  /** Total bytes the import may inflate, over all entries it reads. */
  maxTotalBytes: number;
  /** Largest entry the standard allows (§8.5: 2^31 − 1). */
  maxEntryBytes: number;
  /** Inflated/compressed ratio above which an entry bigger than `ratioFloor` is a bomb. */
  maxRatio: number;
  ratioFloor: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 500 * MiB,
  maxEntryBytes: 2 ** 31 - 1,
  maxRatio: 200,
  ratioFloor: MiB,
};

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

interface DirectoryLocation {
  count: number;
  offset: number;
  size: number;
}

/**
 * Reads the central directory of `bytes` without inflating anything. Rejects with E_NOT_ZIP
 * when there is no readable directory, E_ZIP_TOO_MANY_ENTRIES before reading the entries
 * when the directory announces more than `limits.maxEntries`, and E_ZIP_ENCRYPTED /
 * E_ZIP_TOO_LARGE for entries that must never be opened.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const location = locateDirectory(bytes, view);
  if (location.count > limits.maxEntries) {
    reject('E_ZIP_TOO_MANY_ENTRIES',
      `The archive holds ${location.count} entries; at most ${limits.maxEntries} are accepted.`);
  }
  if (location.offset + location.size > bytes.length) notZip('its central directory lies beyond the end of the file');
  const entries: ZipEntry[] = [];
  let p = location.offset;
  for (let i = 0; i < location.count; i++) {
    const entry = readCentralEntry(bytes, view, p);
    checkEntry(entry.value, limits);
    entries.push(entry.value);
    p = entry.next;
  }
  return entries;
}

function notZip(why: string): never {
  return reject('E_NOT_ZIP', `This file is not a readable ZIP archive (a .qdpx must be one): ${why}.`);
}

function u32(view: DataView, p: number): number {
  return view.getUint32(p, true);
}

function u16(view: DataView, p: number): number {
  return view.getUint16(p, true);
}

function u64(view: DataView, p: number): number {
  const value = view.getBigUint64(p, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) notZip('a ZIP64 field is too large');
  return Number(value);
}

function locateDirectory(bytes: Uint8Array, view: DataView): DirectoryLocation {
  if (bytes.length < EOCD_SIZE) notZip('it is too short');
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let p = bytes.length - EOCD_SIZE; p >= lowest; p--) {
    if (u32(view, p) !== EOCD_SIG) continue;
    const location = { count: u16(view, p + 10), size: u32(view, p + 12), offset: u32(view, p + 16) };
    const usesZip64 = location.count === 0xffff || location.size === 0xffffffff || location.offset === 0xffffffff;
    return usesZip64 ? locateZip64Directory(view, p) : location;
  }
  return notZip('no end-of-central-directory record was found');
}

function locateZip64Directory(view: DataView, eocd: number): DirectoryLocation {
  const locator = eocd - 20;
  if (locator < 0 || u32(view, locator) !== ZIP64_LOCATOR_SIG) notZip('the ZIP64 locator is missing');
  const record = u64(view, locator + 8);
  if (record + 56 > view.byteLength || u32(view, record) !== ZIP64_EOCD_SIG) notZip('the ZIP64 directory record is damaged');
  return { count: u64(view, record + 32), size: u64(view, record + 40), offset: u64(view, record + 48) };
}

function readCentralEntry(bytes: Uint8Array, view: DataView, p: number): { value: ZipEntry; next: number } {
  if (p + 46 > bytes.length || u32(view, p) !== CENTRAL_SIG) notZip(`central directory entry at byte ${p} is damaged`);
  const flags = u16(view, p + 8);
  const nameLength = u16(view, p + 28);
  const extraLength = u16(view, p + 30);
  const commentLength = u16(view, p + 32);
  const next = p + 46 + nameLength + extraLength + commentLength;
  if (next > bytes.length) notZip(`central directory entry at byte ${p} runs past the end of the file`);
  const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLength));
  const host = view.getUint8(p + 5);
  const mode = u32(view, p + 38) >>> 16;
  const value: ZipEntry = {
    name,
    flags,
    method: u16(view, p + 10),
    crc: u32(view, p + 16),
    compressedSize: u32(view, p + 20),
    size: u32(view, p + 24),
    localHeaderOffset: u32(view, p + 42),
    isDirectory: name.endsWith('/'),
    isSymlink: host === UNIX_HOST && (mode & S_IFMT) === S_IFLNK,
  };
  applyZip64Extra(value, view, p + 46 + nameLength, extraLength);
  return { value, next };
}

/** Replaces 0xFFFFFFFF placeholders with the 64-bit values of the ZIP64 extra field. */
function applyZip64Extra(entry: ZipEntry, view: DataView, start: number, length: number): void {
  const needs = entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff;
  if (!needs) return;
  for (let p = start; p + 4 <= start + length;) {
    const id = u16(view, p);
    const size = u16(view, p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (entry.size === 0xffffffff) { entry.size = u64(view, q); q += 8; }
      if (entry.compressedSize === 0xffffffff) { entry.compressedSize = u64(view, q); q += 8; }
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = u64(view, q);
      return;
    }
    p += 4 + size;
  }
  notZip(`entry "${entry.name}" needs a ZIP64 extra field that is missing`);
}

/** Names are UTF-8 when flagged and in practice also when not: GUID file names are ASCII. */
function decodeName(raw: Uint8Array): string {
  return new TextDecoder('utf-8').decode(raw);
}

function checkEntry(entry: ZipEntry, limits: ZipLimits): void {
  if (entry.flags & 0x1) {
    reject('E_ZIP_ENCRYPTED', `Entry "${entry.name}" is encrypted; REFI-QDA archives must not be.`);
  }
  if (entry.size > limits.maxEntryBytes) {
    reject('E_ZIP_TOO_LARGE', `Entry "${entry.name}" declares ${entry.size} bytes, more than the ${limits.maxEntryBytes} the standard allows.`);
  }
}
