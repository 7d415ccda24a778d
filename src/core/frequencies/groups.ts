import type { AttributeDef, AttributeValue } from '../model';
import { createBitset, setBit, type Bitset } from '../bitset';
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
 * Splits ALL participants by their value of `attribute`, so the groups partition the
 * participants: those without a value form a `(no value)` group, listed last. Values that differ
 * only in case or spacing are one group (`District`, `district `), labelled as first written
 * (in participant order). Groups are in natural order of their values (`2` before `10`).
 */
export function participantGroups(attribute: AttributeDef, values: readonly AttributeValue[], universe: Universe): ParticipantGroup[] {
  const valueOf = new Map<number, string>();
  for (const v of values) {
    const p = universe.participantIndex.get(v.participantId);
    if (v.attributeId === attribute.id && p !== undefined && v.value.trim() !== '') valueOf.set(p, v.value.trim().replace(/\s+/g, ' '));
  }
  // Keyed by folded value; '' (never a folded value) stands for "no value".
  const groups = new Map<string, { value: string; members: number[] }>();
  universe.participantIds.forEach((_id, p) => {
    const written = valueOf.get(p);
    const key = written === undefined ? '' : written.toLocaleLowerCase('en');
    const group = groups.get(key) ?? { value: written ?? NO_VALUE, members: [] };
    group.members.push(p);
    groups.set(key, group);
  });
  const missingLast = (key: string) => Number(key === '');
  return [...groups.entries()]
    .sort(([ka, a], [kb, b]) => missingLast(ka) - missingLast(kb) || a.value.localeCompare(b.value, 'en', { numeric: true }))
    .map(([, { value, members: list }]) => {
      const members = createBitset(universe.participantIds.length);
      for (const p of list) setBit(members, p);
      return { label: `${attribute.name}=${value}`, value, members, size: list.length };
    });
}
