/**
 * Find in the open document: every match of a typed query in one text, and moving between
 * matches. Matching is the project search's (`findInTexts`), so a phrase matches across line
 * breaks here exactly as it does there. Offsets are UTF-16 code units, ranges `[start, end)`.
 */
import type { TextRange } from '../spans/range';
import { findInTexts } from './find';

/**
 * Beyond this many matches the count reads "10,000+": a one-letter query in a 20 MB transcript
 * would otherwise allocate millions of ranges on a keystroke. 100k characters stay far below it.
 */
export const MAX_DOCUMENT_MATCHES = 10_000;

export interface DocumentMatches {
  /** Sorted by start and non-overlapping. */
  ranges: readonly TextRange[];
  /** More matches exist after the last range. */
  truncated: boolean;
}

export const NO_MATCHES: DocumentMatches = Object.freeze({ ranges: Object.freeze([]), truncated: false });

/** Every match of `query` as plain words, ignoring case. An empty query matches nothing. */
export function documentMatches(text: string, query: string): DocumentMatches {
  const { hits, truncated } = findInTexts([{ documentId: '', text }], query, {
    regex: false, caseSensitive: false, wholeWord: false, maxHits: MAX_DOCUMENT_MATCHES,
  });
  if (hits.length === 0 && !truncated) return NO_MATCHES;
  return { ranges: hits.map(({ start, end }) => ({ start, end })), truncated };
}

/** The index of the first range with `end > offset`, or `ranges.length`. O(log n). */
function firstEndingAfter(ranges: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranges[mid]!.end > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Where finding starts: the first match starting at or after `offset` (the reader's place), or
 * the first match when none is after it. -1 when there are no matches.
 */
export function matchFrom(ranges: readonly TextRange[], offset: number): number {
  if (ranges.length === 0) return -1;
  let i = firstEndingAfter(ranges, offset);
  if (i < ranges.length && ranges[i]!.start < offset) i += 1;
  return i < ranges.length ? i : 0;
}

/** The match after (`1`) or before (`-1`) `index`, wrapping around; -1 when there are none. */
export function stepMatch(index: number, count: number, direction: 1 | -1): number {
  if (count <= 0) return -1;
  if (index < 0 || index >= count) return direction > 0 ? 0 : count - 1;
  return (index + direction + count) % count;
}

/**
 * The indices `[from, to)` of the matches overlapping `[start, end)`, so painting one rendered
 * turn looks at its own matches only, however many the document has.
 */
export function matchesIn(ranges: readonly TextRange[], start: number, end: number): { from: number; to: number } {
  const from = firstEndingAfter(ranges, start);
  let to = from;
  while (to < ranges.length && ranges[to]!.start < end) to += 1;
  return { from, to };
}
