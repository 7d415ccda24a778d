/**
 * How deeply an XML document nests, found by a linear scan of its bytes before any parser sees
 * it: parsers recurse (or build a list of open elements) per level, so a hostile file nested a
 * million levels deep must be stopped before parsing, not by the parser.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

/**
 * Whether the element nesting of `bytes` (UTF-8 or any ASCII-compatible encoding) goes deeper
 * than `limit`. Comments, CDATA, declarations and processing instructions are skipped; a `>`
 * inside an attribute value may end a tag early, which can only make the count lower for that
 * tag, never run the scan away. Stops at the first level past the limit.
 */
export function xmlDeeperThan(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let at = bytes.indexOf(LT);
  while (at !== -1) {
    const next = bytes[at + 1];
    if (next === BANG || next === QUESTION) {
      at = skipMarkup(bytes, at);
    } else {
      const close = bytes.indexOf(GT, at + 1);
      if (close === -1) return false;
      if (next === SLASH) depth -= 1;
      else if (bytes[close - 1] !== SLASH) {
        depth += 1;
        if (depth > limit) return true;
      }
      at = close;
    }
    if (at === -1) return false;
    at = bytes.indexOf(LT, at + 1);
  }
  return false;
}

/** End of a comment, CDATA section, declaration or processing instruction starting at `at`. */
function skipMarkup(bytes: Uint8Array, at: number): number {
  const ends = (text: string): number => {
    const pattern = new TextEncoder().encode(text);
    for (let i = bytes.indexOf(pattern[0] as number, at + 2); i !== -1; i = bytes.indexOf(pattern[0] as number, i + 1)) {
      if (pattern.every((b, k) => bytes[i + k] === b)) return i + pattern.length - 1;
    }
    return -1;
  };
  if (bytes[at + 2] === 0x2d && bytes[at + 3] === 0x2d) return ends('-->');
  if (bytes[at + 2] === 0x5b) return ends(']]>');
  return bytes.indexOf(GT, at + 1);
}
