import type { AttributeDef, AttributeValue, Id, Participant } from '../model';
import { containsTerm } from '../anonymise/redact';

export { speakerParticipants, speakerResolver } from './speakers';
export type { PassageSpeakers, PassageSpeakerResolver } from './speakers';

/**
 * Attribution labels for quotes: a role, never a name.
 *
 * A template is literal text with placeholders in braces: `{role}`, `{organisation type}`
 * (attribute names, matched ignoring case and extra spaces), `{ref}` (the participant's
 * pseudonymous reference, `P07`) and `{number}` (the digits of the ref as written, `07`).
 * `{ref}` and `{number}` win over attributes of the same name. A placeholder with no value
 * renders as a visible marker, `[role?]`, so a gap is noticed rather than printed blank.
 */

export type AttributionResult = { ok: true; text: string } | { ok: false; error: string };

/** Placeholders that would print a person's name; a template using one is refused. */
const NAME_PLACEHOLDERS = new Set([
  'name', 'full name', 'fullname', 'first name', 'firstname', 'forename', 'given name',
  'last name', 'lastname', 'surname', 'family name', 'participant name', 'real name', 'initials',
]);

/** Joins the attributions of several speakers in one passage, in speaking order. */
export const SPEAKER_SEPARATOR = '; ';

/** Shown when a passage's speaker cannot be determined. */
export const UNKNOWN_SPEAKER = '[speaker?]';

/** Shown for a passage only the interviewer speaks; never their label, which may be a name. */
export const INTERVIEWER_ATTRIBUTION = '[interviewer]';

/**
 * Why a template cannot be used, or null: unbalanced or nested braces, an empty `{}`, or a
 * placeholder that would print a name (`{name}`, `{surname}`, …).
 */
export function validateTemplate(template: string): string | null {
  const stray = template.replace(/\{[^{}]*\}/g, '');
  if (/[{}]/.test(stray)) return 'The template has an unmatched { or }.';
  for (const match of template.matchAll(/\{([^{}]*)\}/g)) {
    const key = placeholderKey(match[1] ?? '');
    if (key === '') return 'The template has an empty {} placeholder.';
    if (NAME_PLACEHOLDERS.has(key)) return `{${(match[1] ?? '').trim()}} would print the participant's name; use a role or {ref} instead.`;
  }
  return null;
}

/**
 * Renders `template` for one participant. `attributes` maps attribute names to values (names
 * matched ignoring case and spacing); an empty value counts as missing. Refuses (ok: false) an
 * invalid template, and a result that would contain the participant's full name as a whole
 * word — say, a role attribute someone filled with the name. Error texts never contain the name.
 */
export function renderAttribution(
  template: string,
  attributes: Readonly<Record<string, string>>,
  participant: Pick<Participant, 'name' | 'ref'>,
): AttributionResult {
  const problem = validateTemplate(template);
  if (problem !== null) return { ok: false, error: problem };
  const values = new Map(Object.entries(attributes).map(([k, v]) => [placeholderKey(k), v.trim()] as const));
  const text = template.replace(/\{([^{}]*)\}/g, (_whole, raw: string) => placeholderValue(raw, values, participant.ref));
  const name = participant.name.trim();
  if ([...name].length >= 2 && containsTerm(text, name)) {
    return { ok: false, error: `The attribution for ${participant.ref || 'a participant'} would contain their name; check its attribute values.` };
  }
  return { ok: true, text: text.trim() };
}

/** A participant's attribute values keyed by attribute name; attributes without a value are left out. */
export function participantAttributes(
  participantId: Id,
  defs: readonly AttributeDef[],
  values: readonly AttributeValue[],
): Record<string, string> {
  const nameOf = new Map(defs.map((d) => [d.id, d.name] as const));
  const out: Record<string, string> = {};
  for (const v of values) {
    const name = nameOf.get(v.attributeId);
    if (v.participantId === participantId && name !== undefined && v.value.trim() !== '') out[name] = v.value;
  }
  return out;
}

/**
 * A participant's attribution: their `attributionOverride` when set (itself a template, so it
 * may use placeholders too), otherwise the project template. Same refusals as `renderAttribution`.
 */
export function attributionFor(
  participant: Participant,
  defs: readonly AttributeDef[],
  values: readonly AttributeValue[],
  template: string,
): AttributionResult {
  const override = participant.attributionOverride;
  const chosen = override !== null && override.trim() !== '' ? override : template;
  return renderAttribution(chosen, participantAttributes(participant.id, defs, values), participant);
}

/**
 * A memoised `attributionFor` over one project's attributes, for attributing many passages:
 * each participant's label is rendered once, and values are grouped by participant once.
 */
export function attributionResolver(
  defs: readonly AttributeDef[],
  values: readonly AttributeValue[],
  template: string,
): (participant: Participant) => AttributionResult {
  const valuesOf = new Map<Id, AttributeValue[]>();
  for (const v of values) {
    const list = valuesOf.get(v.participantId);
    if (list) list.push(v);
    else valuesOf.set(v.participantId, [v]);
  }
  const cache = new Map<Id, AttributionResult>();
  return (participant) => {
    let result = cache.get(participant.id);
    if (!result) {
      result = attributionFor(participant, defs, valuesOf.get(participant.id) ?? [], template);
      cache.set(participant.id, result);
    }
    return result;
  };
}

/**
 * The attribution of a passage: each speaking participant's attribution in speaking order,
 * joined with `; `; `[speaker?]` when nobody could be identified. The first refusal wins.
 */
export function passageAttribution(
  speakers: readonly Participant[],
  attributionOf: (participant: Participant) => AttributionResult,
): AttributionResult {
  if (speakers.length === 0) return { ok: true, text: UNKNOWN_SPEAKER };
  const texts: string[] = [];
  for (const participant of speakers) {
    const result = attributionOf(participant);
    if (!result.ok) return result;
    texts.push(result.text);
  }
  return { ok: true, text: texts.join(SPEAKER_SEPARATOR) };
}

function placeholderValue(raw: string, values: ReadonlyMap<string, string>, ref: string): string {
  const key = placeholderKey(raw);
  const missing = `[${raw.trim()}?]`;
  if (key === 'ref') return ref.trim() === '' ? missing : ref.trim();
  if (key === 'number') return ref.replace(/\D/g, '') || missing;
  const value = values.get(key);
  return value === undefined || value === '' ? missing : value;
}

/** Placeholder identity: trimmed, lower case, `_`/`-` and runs of spaces as one space. */
function placeholderKey(raw: string): string {
  return raw.trim().replace(/[\s_-]+/g, ' ').toLocaleLowerCase('en');
}
