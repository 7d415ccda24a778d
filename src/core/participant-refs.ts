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
