import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { QdpxRejection, reject } from './issues';
import type { ZipEntry, ZipLimits } from './zip-directory';

const LOCAL_SIG = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes per push: deflate expands at most ~1032:1, so one push yields ≤ ~16 MiB. */
const CHUNK = 16 * 1024;

/** Bytes the whole import may still inflate; shared by every entry it opens. */
export class InflateBudget {
  remaining: number;

  constructor(total: number) {
    this.remaining = total;
  }
}

/**
 * Returns the uncompressed bytes of `entry`. Never trusts header sizes: the output is counted
 * while inflating (fflate's streaming `Inflate`, fed in small chunks) and the import is rejected
 * with E_ZIP_TOO_LARGE as soon as it passes the entry's declared size, the remaining `budget`,
 * or `limits.maxRatio` for an entry over `limits.ratioFloor` bytes. A CRC mismatch is E_ZIP_CORRUPT.
 */
export function extractEntry(zip: Uint8Array, entry: ZipEntry, budget: InflateBudget, limits: ZipLimits): Uint8Array {
  if (entry.size > budget.remaining) {
    tooLarge(entry, `declares ${entry.size} bytes, more than the ${budget.remaining} bytes left of the import's limit`);
  }
  const compressed = compressedData(zip, entry);
  let output: Uint8Array;
  if (entry.method === STORED) {
    if (compressed.length !== entry.size) corrupt(entry, 'stored size and declared size differ');
    output = compressed;
  } else if (entry.method === DEFLATED) {
    output = inflateCounted(compressed, entry, budget.remaining, limits);
  } else {
    return reject('E_ZIP_UNSUPPORTED_METHOD',
      `Entry "${entry.name}" uses compression method ${entry.method}; only stored (0) and deflate (8) are supported.`);
  }
  if (output.length !== entry.size) corrupt(entry, `inflated to ${output.length} bytes but declares ${entry.size}`);
  if (crc32(output) !== entry.crc) corrupt(entry, 'its checksum does not match');
  budget.remaining -= output.length;
  return output;
}

function tooLarge(entry: ZipEntry, why: string): never {
  return reject('E_ZIP_TOO_LARGE', `Entry "${entry.name}" ${why}; the import was stopped (possible zip bomb).`);
}

function corrupt(entry: ZipEntry, why: string): never {
  return reject('E_ZIP_CORRUPT', `Entry "${entry.name}" is damaged: ${why}.`);
}

function compressedData(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  const p = entry.localHeaderOffset;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  if (p + 30 > zip.length || view.getUint32(p, true) !== LOCAL_SIG) corrupt(entry, 'its local header is missing');
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > zip.length) corrupt(entry, 'its data runs past the end of the archive');
  return zip.subarray(start, end);
}

function inflateCounted(compressed: Uint8Array, entry: ZipEntry, allowance: number, limits: ZipLimits): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    chunks.push(chunk);
    produced += chunk.length;
  });
  try {
    let offset = 0;
    do {
      const end = Math.min(offset + CHUNK, compressed.length);
      inflater.push(compressed.subarray(offset, end), end === compressed.length);
      if (produced > entry.size) tooLarge(entry, `inflates past its declared size of ${entry.size} bytes`);
      if (produced > allowance) tooLarge(entry, `inflates past the import's limit of ${limits.maxTotalBytes} bytes`);
      if (produced > limits.ratioFloor && produced > limits.maxRatio * end) {
        tooLarge(entry, `expands more than ${limits.maxRatio}:1`);
      }
      offset = end;
    } while (offset < compressed.length);
  } catch (error) {
    if (error instanceof QdpxRejection) throw error;
    corrupt(entry, `deflate data is invalid (${(error as Error).message})`);
  }
  return concat(chunks, produced);
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let p = 0;
  for (const chunk of chunks) {
    out.set(chunk, p);
    p += chunk.length;
  }
  return out;
}
