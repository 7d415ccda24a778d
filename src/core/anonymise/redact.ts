import type { Id, RedactionRule } from '../model';
import { applyMatches, chooseNonOverlapping, doneCandidate, type Candidate } from './apply-matches';
import { termBody, termMatcher, type TermMatcher } from './term-match';
import type { RedactionMark, RedactionResult, RedactionRuleLike } from './redaction-types';
import { gateWord, textWordKeys } from './word-gate';

export type { RedactionMark, RedactionResult, RedactionRuleLike } from './redaction-types';

/**
 * Redaction of outputs (quotes, reports) through the project's term → replacement list.
 * Stored transcripts never change; these functions only transform text on its way out.
 *
 * Matching is literal and, with `wholeWord`, Unicode-aware whole-word (see `term-match.ts`):
 * `Melton` matches in `Meltons` and `Jane Smith` in `Jane Smith's`, and the suffix is kept after
 * the replacement (`[town]s`, `[chief executive]'s`). Longer matches win over shorter ones that
 * overlap them, so no two replacements ever overlap.
 */

/** A compiled rule list, reusable over many texts. */
export type Redactor = (text: string) => RedactionResult;

/** Shortest term accepted, in code points: a single letter would redact half of every text. */
export const MIN_TERM_LENGTH = 2;

/**
 * Compiles rules once; the returned function redacts a text in O(text length × rules that
 * could match it): a whole-word ASCII rule runs only on texts containing its first word (see
 * `word-gate.ts`), so hundreds of name rules stay cheap on short quotes.
 * Rules are tried in list order only to break ties between equally long matches at one place.
 */
export function createRedactor(rules: readonly RedactionRuleLike[]): Redactor {
  const always: CompiledRule[] = [];
  const byWord = new Map<string, CompiledRule[]>();
  // Only an unusable TERM drops a rule: a doubtful replacement still redacts, never leaks.
  rules.filter((rule) => termProblem(rule.term) === null).forEach((rule, order) => {
    const compiled = { rule, order, find: termMatcher(rule.term, rule.caseSensitive, rule.wholeWord) };
    const word = gateWord(rule.term.trim(), rule.wholeWord);
    const list = word === null ? always : byWord.get(word);
    if (list) list.push(compiled);
    else byWord.set(word as string, [compiled]);
  });
  const pass = (text: string, done: readonly RedactionMark[]): RedactionResult => {
    const candidates: Candidate[] = [];
    for (const compiled of rulesFor(text, always, byWord)) collectMatches(text, compiled, candidates);
    return applyMatches(text, chooseNonOverlapping(candidates, done.map((m) => doneCandidate(text, m))));
  };
  return (text) => {
    let result = pass(text, []);
    // A replacement ends in a non-word character, which can complete the word boundary of an
    // occurrence beside it that did not count before (`Meltons'x` → `[town]s'x`); look again,
    // leaving what is already replaced alone, a bounded number of times.
    for (let round = 0; round < MAX_EXTRA_PASSES && result.marks.length > 0; round++) {
      const next = pass(result.text, result.marks);
      if (next.marks.length === result.marks.length) break;
      result = next;
    }
    return result;
  };
}

/** Extra passes after the first; each one only runs when the previous one replaced something new. */
const MAX_EXTRA_PASSES = 3;

interface CompiledRule {
  rule: RedactionRuleLike;
  order: number;
  find: TermMatcher;
}

function rulesFor(text: string, always: readonly CompiledRule[], byWord: ReadonlyMap<string, CompiledRule[]>): CompiledRule[] {
  if (byWord.size === 0) return [...always];
  const chosen = new Set(always);
  for (const key of textWordKeys(text)) for (const compiled of byWord.get(key) ?? []) chosen.add(compiled);
  return [...chosen];
}

function collectMatches(text: string, { rule, order, find }: CompiledRule, into: Candidate[]): void {
  for (const { start, end } of find(text)) into.push({ start, end, order, rule });
}

/**
 * Redacts `text` with `rules`: `{ text, marks }`, where marks locate each replacement in the
 * returned text. Invalid rules (see `validateRule`) are ignored. The input is never modified.
 */
export function redact(text: string, rules: readonly RedactionRuleLike[]): RedactionResult {
  return createRedactor(rules)(text);
}

/**
 * Why a rule cannot be used, or null when it can: an empty or blank term, a term shorter than
 * two characters or without any letter or digit (it would match punctuation everywhere), an
 * empty replacement (a silent deletion hides that anything was removed), a replacement that
 * itself contains the term (the output would still hold it), or a term already in `existing`.
 */
export function validateRule(term: string, replacement: string, existing: readonly Pick<RedactionRule, 'id' | 'term'>[] = [], ownId?: Id): string | null {
  const problem = termProblem(term);
  if (problem !== null) return problem;
  const trimmed = term.trim();
  if (replacement.trim() === '') return 'Enter a replacement such as [role]; an empty one would hide that text was removed.';
  if (containsTerm(replacement, trimmed, false)) return 'The replacement contains the term itself, so the term would still appear.';
  const key = termKey(trimmed);
  if (existing.some((rule) => rule.id !== ownId && termKey(rule.term) === key)) return 'This term is already in the redaction list.';
  return null;
}

/** Why a term cannot be matched safely, or null. */
function termProblem(term: string): string | null {
  const trimmed = term.trim();
  if (trimmed === '') return 'Enter a word or phrase to redact.';
  if ([...trimmed].length < MIN_TERM_LENGTH) return `A term needs at least ${MIN_TERM_LENGTH} characters; a single letter would match too much.`;
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return 'A term needs at least one letter or digit; punctuation alone would match almost everywhere.';
  if (new RegExp(termBody(trimmed), 'u').test('')) return 'This term would match everything.';
  return null;
}

/** Whether `text` contains `term` as a whole word (same matching as redaction). */
export function containsTerm(text: string, term: string, caseSensitive = false): boolean {
  if (term.trim() === '') return false;
  return termMatcher(term.trim(), caseSensitive, true)(text).length > 0;
}

/** A term's identity for duplicate checks: NFC, trimmed, spaces collapsed, lower case. */
export function termKey(term: string): string {
  return term.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
