/**
 * The kinds of identifying words suggested, in the order they are listed. Apart from the scan
 * itself, so a screen listing them does not load the language model.
 */
export const SUGGESTION_KINDS = ['participant', 'speaker', 'person', 'place', 'organisation', 'name', 'email', 'phone', 'postcode', 'url'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
