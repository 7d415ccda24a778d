import type { AttributeDef, AttributeType, AttributeValue, Participant } from '../../core/model';
import { fitsType } from '../../io/csv/attributes-csv';

export type Checked = { ok: true; value: string } | { ok: false; error: string };

/**
 * Checks a typed value against its attribute's type with the same rule an attribute import
 * uses: numbers are plain decimals (`12`, `-3.5`), dates real ISO days (`2024-03-31`);
 * categories and text take anything. An empty value clears the cell. `badInput` is the
 * browser's own verdict on a number or date field it could not read.
 */
export function checkAttributeValue(type: AttributeType, raw: string, badInput = false): Checked {
  const value = raw.trim();
  if (badInput) return { ok: false, error: type === 'date' ? 'Not a date: use a full date such as 2024-03-31. Nothing was saved.' : 'Not a number: use digits such as 12 or 3.5. Nothing was saved.' };
  if (value === '') return { ok: true, value };
  if (type === 'number' && !fitsType(value, 'number')) return { ok: false, error: `“${value}” is not a number: use digits such as 12 or 3.5. Nothing was saved.` };
  if (type === 'date' && !fitsType(value, 'date')) return { ok: false, error: `“${value}” is not a date: use YYYY-MM-DD, such as 2024-03-31. Nothing was saved.` };
  return { ok: true, value };
}

/** Participant names must be present and not repeat another participant's (ignoring case). */
export function checkParticipantName(raw: string, participants: readonly Participant[], selfId: string | null): Checked {
  const value = raw.trim();
  if (value === '') return { ok: false, error: 'A participant needs a name or label.' };
  const clash = participants.some((p) => p.id !== selfId && p.name.toLocaleLowerCase() === value.toLocaleLowerCase());
  return clash ? { ok: false, error: `There is already a participant called “${value}”.` } : { ok: true, value };
}

/** References must be present and unique, since quotes and exports are labelled with them. */
export function checkParticipantRef(raw: string, participants: readonly Participant[], selfId: string): Checked {
  const value = raw.trim();
  if (value === '') return { ok: false, error: 'A participant needs a reference such as P07.' };
  const clash = participants.some((p) => p.id !== selfId && p.ref.toLocaleLowerCase() === value.toLocaleLowerCase());
  return clash ? { ok: false, error: `Another participant is already ${value}.` } : { ok: true, value };
}

/** Attribute names must be present and unique (ignoring case). */
export function checkAttributeName(raw: string, attributes: readonly AttributeDef[]): Checked {
  const value = raw.trim();
  if (value === '') return { ok: false, error: 'An attribute needs a name.' };
  const clash = attributes.some((a) => a.name.toLocaleLowerCase() === value.toLocaleLowerCase());
  return clash ? { ok: false, error: `There is already an attribute called “${value}”.` } : { ok: true, value };
}

/** Values keyed `${participantId}:${attributeId}`, as stored. */
export function valueIndex(values: readonly AttributeValue[]): Map<string, string> {
  return new Map(values.map((v) => [`${v.participantId}:${v.attributeId}`, v.value] as const));
}

/** The distinct values already used for an attribute, sorted, for a category's suggestions. */
export function usedValues(attributeId: string, values: readonly AttributeValue[]): string[] {
  const set = new Set(values.filter((v) => v.attributeId === attributeId && v.value.trim() !== '').map((v) => v.value.trim()));
  return [...set].sort((a, b) => a.localeCompare(b));
}

/** How many values an attribute holds (what deleting it would remove). */
export function valueCount(attributeId: string, values: readonly AttributeValue[]): number {
  return values.filter((v) => v.attributeId === attributeId).length;
}

export const TYPE_LABELS: Record<AttributeType, string> = {
  category: 'Category', number: 'Number', date: 'Date', text: 'Text',
};

/** The input type for an attribute's cell. */
export function inputType(type: AttributeType): 'text' | 'number' | 'date' {
  return type === 'number' ? 'number' : type === 'date' ? 'date' : 'text';
}
