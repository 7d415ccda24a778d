/**
 * Project-wide text search: plain words or a regular expression over documents' normalised
 * texts, returning keyword-in-context hits. Offsets are UTF-16 code units, ranges `[start, end)`,
 * so a hit can be coded or opened exactly where it was found.
 */

export interface SearchText {
  documentId: string;
  text: string;
}

export interface SearchOptions {
  /** Treat the query as a JavaScript regular expression (Unicode mode) instead of plain words. */
  regex: boolean;
  caseSensitive: boolean;
  /** Only matches that neither start nor end inside a word. */
  wholeWord: boolean;
  /** Stop after this many hits (default `DEFAULT_MAX_HITS`). */
  maxHits?: number;
  /** Stop looking for more hits after this many milliseconds (default `DEFAULT_TIME_LIMIT_MS`). */
  timeLimitMs?: number;
  /** Clock in milliseconds; injectable for tests. */
  now?: () => number;
}

export interface SearchHit {
  documentId: string;
  start: number;
  end: number;
  /** Up to `CONTEXT_WIDTH` code units before the match, never splitting a surrogate pair. */
  before: string;
  /** `text.slice(start, end)`. */
  match: string;
  /** Up to `CONTEXT_WIDTH` code units after the match, never splitting a surrogate pair. */
  after: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Set when the query is not a valid regular expression; there are no hits then. */
  error?: string;
  /** More hits may exist: the search stopped at the hit cap or the time limit. */
  truncated: boolean;
  /** Why the search stopped early, when `truncated`. */
  truncatedBy?: 'hits' | 'time';
}

export const DEFAULT_MAX_HITS = 5000;
export const DEFAULT_TIME_LIMIT_MS = 2000;
export const CONTEXT_WIDTH = 50;

/** Characters that count as part of a word for whole-word matching. */
const WORD = String.raw`[\p{L}\p{M}\p{N}_]`;

function escapeRegExp(s: string): string {
  // Only syntax characters: in Unicode mode any other escaped character is an error.
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The regular expression a query compiles to, or a message saying why it cannot compile.
 * Plain words are escaped and any run of whitespace between them matches any run of whitespace
 * (so a phrase still matches across a line break). Returns `null` for an empty query.
 */
export function compileQuery(
  query: string, options: Pick<SearchOptions, 'regex' | 'caseSensitive' | 'wholeWord'>,
): { pattern: RegExp } | { error: string } | null {
  const q = query.normalize('NFC');
  let source: string;
  if (options.regex) {
    if (q.length === 0) return null;
    source = q;
  } else {
    const words = q.trim().split(/\s+/u).filter((w) => w.length > 0);
    if (words.length === 0) return null;
    source = words.map(escapeRegExp).join(String.raw`\s+`);
  }
  if (options.wholeWord) source = `(?<!${WORD})(?:${source})(?!${WORD})`;
  const flags = options.caseSensitive ? 'gu' : 'giu';
  try {
    return { pattern: new RegExp(source, flags) };
  } catch (e) {
    // Engines prefix the reason with the whole pattern ("Invalid regular expression: /(a/giu: …").
    const message = (e instanceof Error ? e.message : String(e))
      .replace(`/${source}/${flags}: `, '')
      .replace(/^Invalid regular expression: /, '');
    return { error: `Not a valid regular expression: ${message}` };
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `[start, end)` widened by up to `width` on each side, never cutting a surrogate pair. */
function contextBounds(text: string, start: number, end: number, width: number): { from: number; to: number } {
  let from = Math.max(0, start - width);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from += 1;
  let to = Math.min(text.length, end + width);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
  return { from: Math.min(from, start), to: Math.max(to, end) };
}

/** The offset one code point after `offset`. */
function nextCodePoint(text: string, offset: number): number {
  return isHighSurrogate(text.charCodeAt(offset)) && isLowSurrogate(text.charCodeAt(offset + 1)) ? offset + 2 : offset + 1;
}

/**
 * Finds every non-overlapping match of `query` in `texts`, in the order given, then by offset.
 * Never throws: an invalid regular expression gives `error`. Zero-length matches (`^`, `\b`,
 * `a*` where there is no `a`) are skipped. The search stops at `maxHits` hits or after
 * `timeLimitMs`, with `truncated` set; a single pathological match can still take long, so the
 * caller should run this off the main thread when the pattern comes from the user.
 */
export function findInTexts(texts: readonly SearchText[], query: string, options: SearchOptions): SearchResult {
  const compiled = compileQuery(query, options);
  if (compiled === null) return { hits: [], truncated: false };
  if ('error' in compiled) return { hits: [], error: compiled.error, truncated: false };
  const { pattern } = compiled;
  const maxHits = Math.max(0, options.maxHits ?? DEFAULT_MAX_HITS);
  const timeLimit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const now = options.now ?? Date.now;
  const startedAt = now();
  const hits: SearchHit[] = [];

  for (const { documentId, text } of texts) {
    pattern.lastIndex = 0;
    for (;;) {
      if (now() - startedAt > timeLimit) return { hits, truncated: true, truncatedBy: 'time' };
      const m = pattern.exec(text);
      if (m === null) break;
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        if (start >= text.length) break;
        pattern.lastIndex = nextCodePoint(text, start);
        continue;
      }
      if (hits.length >= maxHits) return { hits, truncated: true, truncatedBy: 'hits' };
      const { from, to } = contextBounds(text, start, end, CONTEXT_WIDTH);
      hits.push({ documentId, start, end, before: text.slice(from, start), match: m[0], after: text.slice(end, to) });
    }
  }
  return { hits, truncated: false };
}
