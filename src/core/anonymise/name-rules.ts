import type { Participant, RedactionRule } from '../model';
import { MIN_TERM_LENGTH, type RedactionRuleLike } from './redact';

/** What an unlisted participant name becomes in outputs. */
export const NAME_REPLACEMENT = '[name]';

/** Titles that are not part of what identifies a person. */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'cllr', 'councillor', 'sir', 'dame',
  'lord', 'lady', 'rev', 'revd', 'hon',
]);

/** Lower-case particles inside surnames (`von der Leyen`), which alone identify nobody. */
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'le', 'la', 'bin', 'ibn', 'al', 'el']);

/**
 * The words of a name that identify the person, in order: no titles, no initials (a word needs
 * two letters), no lower-case surname particles. `Dr Jane van Dijk` → `Jane`, `Dijk`.
 */
export function nameParts(name: string): string[] {
  return name
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => [...w].length >= 2 && !HONORIFICS.has(w.toLocaleLowerCase('en')) && !PARTICLES.has(w));
}

/**
 * A safety net under the project's redaction list: rules that replace every participant's
 * full name (any case) and each of its name parts (exact case only, so `Will` the name goes but
 * `will` the verb stays) with `[name]`. Put them after the project's rules: a project rule for
 * the same text wins because, at equal length, earlier rules win.
 */
export function participantNameRules(participants: readonly Pick<Participant, 'id' | 'name'>[]): RedactionRuleLike[] {
  const rules: RedactionRuleLike[] = [];
  const seen = new Set<string>();
  const add = (term: string, caseSensitive: boolean, id: string): void => {
    const key = `${caseSensitive ? 'c' : 'i'}:${caseSensitive ? term : term.toLocaleLowerCase('en')}`;
    if ([...term].length < MIN_TERM_LENGTH || seen.has(key)) return;
    seen.add(key);
    rules.push({ id, term, replacement: NAME_REPLACEMENT, caseSensitive, wholeWord: true });
  };
  for (const p of participants) {
    const full = p.name.trim().replace(/\s+/g, ' ');
    add(full, false, `participant-name:${p.id}`);
    for (const part of nameParts(full)) add(part, true, `participant-name:${p.id}`);
  }
  return rules;
}

/** The project's rules followed by the participant-name safety net. */
export function outputRules(
  projectRules: readonly RedactionRule[],
  participants: readonly Pick<Participant, 'id' | 'name'>[],
): RedactionRuleLike[] {
  return [...projectRules, ...participantNameRules(participants)];
}
