/**
 * Bytes of a text transcript into a string: UTF-8 (with or without a BOM), or UTF-16 LE/BE with
 * a BOM. Anything else is refused with the reason rather than decoded into mojibake.
 */

export type Decoded = { text: string; warnings: string[] } | { error: string };

/** Share of control characters above which a file is taken for binary rather than text. */
export const MAX_CONTROL_SHARE = 0.05;

const NOT_UTF8 = 'is not UTF-8 text: save it as UTF-8 and import again';
const BINARY = 'is a binary file, not text';

/**
 * Decodes a text file's bytes. Errors (never throws): empty, binary (NUL bytes, or more than
 * `MAX_CONTROL_SHARE` control characters), UTF-16 without a BOM, invalid UTF-8 or UTF-16. Form
 * feeds become line breaks; a few stray control characters become spaces, with a warning. The
 * text is not yet normalised (it may hold CRLF and decomposed accents); callers normalise.
 */
export function decodeTranscriptBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { error: 'is empty' };
  const utf16 = utf16Encoding(bytes);
  let text: string;
  if (utf16) {
    const decoded = decodeStrict(utf16, bytes.subarray(2));
    if (decoded === null) return { error: `is not valid ${utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} text: save it as UTF-8 and import again` };
    text = decoded;
  } else {
    if (looksLikeBomlessUtf16(bytes)) return { error: 'looks like UTF-16 text without a byte-order mark: save it as UTF-8 and import again' };
    if (bytes.includes(0)) return { error: BINARY };
    const decoded = decodeStrict('utf-8', bytes);
    if (decoded === null) return { error: NOT_UTF8 };
    text = decoded;
  }
  return cleanControls(text);
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Decodes or returns null on any invalid sequence; a UTF-8 BOM is dropped. */
function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM shows as a NUL in every other byte for Latin text. Checks the first 4 KB:
 * more than a third of the even or of the odd bytes being NUL.
 */
export function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const half = sample.length / 2;
  return sample.length >= 4 && (evenNuls > half / 3 || oddNuls > half / 3) && Math.min(evenNuls, oddNuls) < half / 10;
}

/** Control characters other than tab, line feed, form feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/** Form feeds (page breaks in exported text) become line breaks; other controls, spaces. */
function cleanControls(decoded: string): Decoded {
  const text = decoded.replace(/\f/g, '\n');
  const count = text.match(CONTROL)?.length ?? 0;
  if (count === 0) return { text, warnings: [] };
  if (count > text.length * MAX_CONTROL_SHARE) return { error: BINARY };
  const warning = `${count} control ${count === 1 ? 'character was' : 'characters were'} replaced by spaces`;
  return { text: text.replace(CONTROL, ' '), warnings: [warning] };
}
