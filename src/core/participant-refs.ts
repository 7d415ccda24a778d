import type { Participant } from './model';

/** The pseudonymous reference scheme new participants get: P01, P02, … */
const REF_SCHEME = /^P(\d+)$/;

/** The number of a reference in the scheme (`P07` → 7), or null for any other reference. */
export function refNumber(ref: string): number | null {
  const m = REF_SCHEME.exec(ref);
  return m ? Number(m[1]) : null;
}

/** The next reference after the highest in use: P01, P02, … */
export function nextRef(existing: readonly Pick<Participant, 'ref'>[]): string {
  const max = existing.reduce((m, p) => Math.max(m, refNumber(p.ref) ?? 0), 0);
  return `P${String(max + 1).padStart(2, '0')}`;
}

/**
 * A participant's name or ref as it is matched: spaces trimmed and collapsed, case ignored. The
 * attributes import finds participants by it, and storage refuses a second participant by it.
 */
export function participantKey(nameOrRef: string): string {
  return nameOrRef.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
