import type { RedactionMark, RedactionResult, RedactionRuleLike } from './redaction-types';

/** A possible replacement: `[start, end)` of the input text by `rule.replacement`. */
export interface Candidate {
  start: number;
  end: number;
  /** The rule's position in the list: breaks ties between equally long matches at one place. */
  order: number;
  rule: Pick<RedactionRuleLike, 'id' | 'replacement'>;
}

/** An earlier pass's mark as a candidate that replaces its text with itself. */
export function doneCandidate(text: string, mark: RedactionMark): Candidate {
  return { start: mark.start, end: mark.end, order: -1, rule: { id: mark.ruleId, replacement: text.slice(mark.start, mark.end) } };
}

/**
 * The candidates to apply, sorted by start and never overlapping: everything in `kept` first
 * (an earlier pass's replacements), then longest first, then earliest, then list order, each
 * taken when it overlaps nothing taken so far.
 */
export function chooseNonOverlapping(candidates: Candidate[], kept: Candidate[] = []): Candidate[] {
  candidates.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const chosen = [...kept].sort((a, b) => a.start - b.start);
  for (const c of candidates) {
    const at = insertionPoint(chosen, c.start);
    const before = chosen[at - 1];
    const after = chosen[at];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    chosen.splice(at, 0, c);
  }
  return chosen;
}

function insertionPoint(sorted: readonly Candidate[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as Candidate).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the output text and the marks of the replacements in it (output offsets). */
export function applyMatches(text: string, matches: readonly Candidate[]): RedactionResult {
  if (matches.length === 0) return { text, marks: [] };
  const parts: string[] = [];
  const marks: RedactionMark[] = [];
  let inputAt = 0;
  let outputLength = 0;
  for (const m of matches) {
    const kept = text.slice(inputAt, m.start);
    parts.push(kept, m.rule.replacement);
    outputLength += kept.length;
    marks.push({ start: outputLength, end: outputLength + m.rule.replacement.length, ruleId: m.rule.id });
    outputLength += m.rule.replacement.length;
    inputAt = m.end;
  }
  parts.push(text.slice(inputAt));
  return { text: parts.join(''), marks };
}
