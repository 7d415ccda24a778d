/**
 * Re-anchoring a coded passage after its transcript was corrected: find the passage again from
 * its stored offsets, quote and context, as hypothesis/client does for web annotations.
 */
import { editDistance, findApproximate } from './fuzzy';

/** What a segment stores to be found again (see `Segment`): offsets plus quote and context. */
export interface AnchorSelector {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export interface Anchored {
  start: number;
  end: number;
  /** True when the text at `[start, end)` equals the quote; false for a fuzzy match. */
  exact: boolean;
}

/** Share of a quote's length that may be edited and still count as the same passage. */
export const MAX_ERROR_RATE = 0.25;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/**
 * Finds a stored passage in (possibly corrected) `text`. In order:
 * 1. the stored offsets, when the text there still equals the quote;
 * 2. exact occurrences of the quote, ranked by how well the text around each matches the stored
 *    prefix and suffix, then by nearness to the old position;
 * 3. approximate occurrences within `MAX_ERROR_RATE` × quote length edits (at least one edit
 *    for quotes of 4 or more code units), ranked by edits, context and nearness.
 * Returns null when none is found or the quote is empty. Offsets are UTF-16 code units.
 */
export function reanchor(text: string, selector: AnchorSelector): Anchored | null {
  const { start, end, quote } = selector;
  if (quote.length === 0) return null;
  if (start >= 0 && end <= text.length && text.slice(start, end) === quote) return { start, end, exact: true };
  const exact = exactOccurrences(text, quote);
  if (exact.length > 0) return { ...pickBest(text, selector, exact), exact: true };
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATE);
  if (maxErrors === 0) return null;
  const fuzzy = findApproximate(text, quote, maxErrors);
  if (fuzzy.length === 0) return null;
  return { ...pickBest(text, selector, fuzzy), exact: false };
}

function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/**
 * Scores a candidate out of 92: 50 for the quote's similarity, 20 each for the prefix and
 * suffix, 2 for nearness to the old start. The weights follow hypothesis/client: the quote
 * dominates, context separates equals, position only breaks the last ties.
 */
function score(text: string, selector: AnchorSelector, candidate: Candidate): number {
  const quoteScore = 1 - candidate.errors / selector.quote.length;
  const before = text.slice(Math.max(0, candidate.start - selector.prefix.length), candidate.start);
  const after = text.slice(candidate.end, candidate.end + selector.suffix.length);
  const prefixScore = similarity(selector.prefix, before);
  const suffixScore = similarity(selector.suffix, after);
  const distance = Math.abs(candidate.start - selector.start);
  const positionScore = 1 - distance / Math.max(text.length, 1);
  return 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore;
}

/** 1 for equal strings, 0 for wholly different ones; two empty strings are equal. */
function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

function pickBest(text: string, selector: AnchorSelector, candidates: Candidate[]): { start: number; end: number } {
  let best = candidates[0] as Candidate;
  let bestScore = score(text, selector, best);
  for (const candidate of candidates.slice(1)) {
    const candidateScore = score(text, selector, candidate);
    if (candidateScore > bestScore) {
      best = candidate;
      bestScore = candidateScore;
    }
  }
  return { start: best.start, end: best.end };
}
