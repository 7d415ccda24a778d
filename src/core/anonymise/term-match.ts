/**
 * Literal term matching for redaction. The term is literal (no regex syntax); spaces inside it
 * match any run of white space and `'` matches `’`. Whole-word matching is Unicode-aware: the
 * match must not touch a letter, digit or combining mark on either side, except that a plural
 * `s`/`es` may follow (`Melton` matches in `Meltons`, `Jane Smith` in `Jane Smith's`). `_` is a
 * boundary, unlike in `\w`, so `smith` is found in `jane_smith@…`: redacting too much is
 * safer than too little.
 *
 * Word boundaries are checked by hand with one shared expression rather than written into each
 * term's pattern: V8 takes over a millisecond to compile a pattern with `\p{…}` classes, which
 * a list of hundreds of names would pay on every export.
 */

/** A match, `[start, end)` in UTF-16 code units; a plural ending is not included. */
export interface TermRange {
  start: number;
  end: number;
}

export type TermMatcher = (text: string) => TermRange[];

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * Compiles one term; the matcher returns every occurrence left to right, including ones that
 * overlap each other (`é é` twice in `é é é`), so the caller can choose among them.
 */
export function termMatcher(term: string, caseSensitive: boolean, wholeWord: boolean): TermMatcher {
  const pattern = new RegExp(termBody(term), caseSensitive ? 'gu' : 'giu');
  return (text) => {
    const out: TermRange[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end > start && (!wholeWord || (!wordCharBefore(text, start) && wordEndsAt(text, end, caseSensitive)))) out.push({ start, end });
      // Look again from the next character, not past the match: occurrences may overlap.
      pattern.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
    }
    return out;
  };
}

/** The escaped pattern source for a term: literal, white space flexible, either apostrophe. */
export function termBody(term: string): string {
  return term
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
}

/** Whether a word may end at `end`: nothing word-like follows, or only a plural `s`/`es`. */
function wordEndsAt(text: string, end: number, caseSensitive: boolean): boolean {
  if (!wordCharAt(text, end)) return true;
  const is = (i: number, ch: string) => text[i] === ch || (!caseSensitive && text[i] === ch.toUpperCase());
  if (is(end, 's')) return !wordCharAt(text, end + 1);
  return is(end, 'e') && is(end + 1, 's') && !wordCharAt(text, end + 2);
}

function wordCharAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiWord(c);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) as number));
}

function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return isAsciiWord(c);
  const isLowSurrogate = c >= 0xdc00 && c <= 0xdfff;
  const from = isLowSurrogate && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(from) as number));
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
