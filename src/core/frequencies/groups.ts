import type { AttributeDef, AttributeValue } from '../model';
import { createBitset, setBit, type Bitset } from './bitset';
import type { Universe } from './theme-sets';

/** The value standing for participants with no value for the attribute. */
export const NO_VALUE = '(no value)';

/** The participants sharing one value of an attribute. */
export interface ParticipantGroup {
  /** `organisation type=District`. */
  label: string;
  value: string;
  members: Bitset;
  size: number;
}

/**
 * Splits ALL participants by their value of `attribute` (trimmed; exact otherwise), so the
 * groups partition the participants: those without a value form a `(no value)` group, listed
 * last. Other groups are in natural order of their values (`2` before `10`).
 */
export function participantGroups(attribute: AttributeDef, values: readonly AttributeValue[], universe: Universe): ParticipantGroup[] {
  const valueOf = new Map<number, string>();
  for (const v of values) {
    const p = universe.participantIndex.get(v.participantId);
    if (v.attributeId === attribute.id && p !== undefined && v.value.trim() !== '') valueOf.set(p, v.value.trim());
  }
  const byValue = new Map<string, number[]>();
  universe.participantIds.forEach((_id, p) => {
    const value = valueOf.get(p) ?? NO_VALUE;
    const list = byValue.get(value);
    if (list) list.push(p);
    else byValue.set(value, [p]);
  });
  const order = (a: string, b: string) => Number(a === NO_VALUE) - Number(b === NO_VALUE) || a.localeCompare(b, 'en', { numeric: true });
  return [...byValue.keys()].sort(order).map((value) => {
    const members = createBitset(universe.participantIds.length);
    const list = byValue.get(value) as number[];
    for (const p of list) setBit(members, p);
    return { label: `${attribute.name}=${value}`, value, members, size: list.length };
  });
}
