import type { Id, RedactionRule } from '../model';

/**
 * The shapes redaction works in, shared by the redactor (redact.ts) and the step that applies
 * its matches (apply-matches.ts): kept apart so neither of those imports the other.
 */

/** A replaced range in the OUTPUT text, `[start, end)` in UTF-16 code units. */
export interface RedactionMark {
  start: number;
  end: number;
  ruleId: Id;
}

export interface RedactionResult {
  text: string;
  /** One mark per replacement, in order; ranges never overlap. */
  marks: RedactionMark[];
}

/** The fields of a rule that redaction needs. */
export type RedactionRuleLike = Pick<RedactionRule, 'id' | 'term' | 'replacement' | 'caseSensitive' | 'wholeWord'>;
