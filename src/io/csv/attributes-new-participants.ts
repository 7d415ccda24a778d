import type { Participant } from '../../core/model';
import { nextRef, refNumber } from '../../core/participant-refs';

export interface NewParticipantIdentity {
  name: string;
  ref: string;
}

/**
 * Names and references for participants created from first cells that matched no one (distinct
 * keys, in row order). A key in the reference scheme (`P07`, any case) becomes both the ref and
 * the name, unless its number is already taken (`P7` beside an existing `P07`), since two refs
 * for one number would read as the same person. Any other key becomes the name and gets the next
 * free ref after every ref in use or claimed by a key, so the refs do not depend on row order.
 */
export function newParticipantIdentities(keys: readonly string[], participants: readonly Pick<Participant, 'ref'>[]): NewParticipantIdentity[] {
  const takenNumbers = new Set(participants.map((p) => refNumber(p.ref)).filter((n) => n !== null));
  const inUse: Pick<Participant, 'ref'>[] = [...participants];
  const claimedRefs = keys.map((key) => {
    const ref = key.toUpperCase();
    const n = refNumber(ref);
    if (n === null || takenNumbers.has(n)) return null;
    takenNumbers.add(n);
    inUse.push({ ref });
    return ref;
  });
  return keys.map((key, i) => {
    const claimed = claimedRefs[i];
    if (claimed) return { name: claimed, ref: claimed };
    const ref = nextRef(inUse);
    inUse.push({ ref });
    return { name: key.replace(/\s+/g, ' '), ref };
  });
}
