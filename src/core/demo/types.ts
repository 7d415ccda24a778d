/** Shapes of the demo project's source data, before ids and offsets are assigned. */

/** The speaker label of the interviewer in every demo transcript (a non-participant speaker). */
export const INTERVIEWER = 'Interviewer';

/** Participant attributes of the demo, in display order. All are categories. */
export const DEMO_ATTRIBUTES = ['role', 'organisation type', 'region'] as const;
export type DemoAttribute = (typeof DEMO_ATTRIBUTES)[number];

/** One invented interview: who was interviewed and what was said, turn by turn. */
export interface DemoInterview {
  /** Pseudonymous participant reference, e.g. `P01`. */
  ref: string;
  /** The interviewee's invented name, also their speaker label in the transcript. */
  name: string;
  title: string;
  memo: string;
  attributes: Record<DemoAttribute, string>;
  /** `[speaker, body]` in order; the speaker is `INTERVIEWER` or `name`. */
  turns: readonly (readonly [string, string])[];
}

/** A code of the demo codebook; `parent` names the parent code, if any. */
export interface DemoCode {
  name: string;
  parent?: string;
  definition: string;
  whenToUse: string;
  whenNotToUse: string;
  example: string;
}

/**
 * A coded passage: `phrase` must occur exactly once in the interview `ref`'s text, starting and
 * ending on word boundaries; it is coded with each of `codes` (names from the codebook).
 */
export interface DemoPassage {
  ref: string;
  phrase: string;
  codes: readonly string[];
  memo?: string;
}
