import type { Coding, Segment } from './model';

type OldSegment = Omit<Segment, 'coderId'> & { coderId?: string };

/**
 * Gives every segment exactly one coder (schema version 2). Before, coders who coded the same
 * words shared one segment; now the first coder keeps it and each other coder gets a copy with
 * a new id, their codings moved onto it, so removing or resizing one coder's passage can never
 * touch another's. A segment with no coding (a memo only) goes to `fallbackCoder`.
 */
export function splitSegmentsByCoder(
  segments: readonly OldSegment[],
  codings: readonly Coding[],
  fallbackCoder: (segment: OldSegment) => string,
  newId: () => string,
): { segments: Segment[]; codings: Coding[] } {
  const codersOf = new Map<string, string[]>();
  for (const c of codings) {
    const list = codersOf.get(c.segmentId);
    if (!list) codersOf.set(c.segmentId, [c.coderId]);
    else if (!list.includes(c.coderId)) list.push(c.coderId);
  }
  const outSegments: Segment[] = [];
  const moved = new Map<string, string>();
  for (const s of segments) {
    const coders = codersOf.get(s.id) ?? [];
    const keeper = s.coderId ?? coders[0] ?? fallbackCoder(s);
    outSegments.push({ ...s, coderId: keeper });
    for (const coderId of coders.filter((c) => c !== keeper)) {
      const id = newId();
      moved.set(`${s.id}\u0000${coderId}`, id);
      // The copy gets its own quote reference when first exported.
      const { quoteRef: _ref, guid: _guid, ...rest } = s;
      outSegments.push({ ...rest, id, coderId });
    }
  }
  const outCodings = codings.map((c) => {
    const id = moved.get(`${c.segmentId}\u0000${c.coderId}`);
    return id ? { ...c, segmentId: id } : c;
  });
  return { segments: outSegments, codings: outCodings };
}
