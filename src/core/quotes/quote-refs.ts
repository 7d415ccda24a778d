import type { Segment } from '../model';

/** Quote references look like `Q0042`: `Q` and at least four digits. */
const QUOTE_REF = /^Q(\d+)$/;

/** Digits in a new reference; more appear once the count passes 9999 (`Q10000`). */
const REF_DIGITS = 4;

/** `Q0001` for 1. */
export function formatQuoteRef(n: number): string {
  return `Q${String(n).padStart(REF_DIGITS, '0')}`;
}

/** The highest `Q…` number among the segments' refs; 0 when none has one. */
export function highestQuoteRef(segments: Iterable<Pick<Segment, 'quoteRef'>>): number {
  let highest = 0;
  for (const s of segments) {
    const match = s.quoteRef === undefined ? null : QUOTE_REF.exec(s.quoteRef);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

export interface QuoteRefAssignment<S extends Segment> {
  /** `segments` in their input order, each with a ref (new copies where one was assigned). */
  segments: S[];
  /** Only the segments that received a new ref: what storage must save. */
  assigned: S[];
}

/**
 * Gives every segment without a `quoteRef` the next `Q0001`-style reference, numbering on from
 * the highest ref in `segments` and in `alsoTaken` (pass all the project's segments there when
 * referencing a selection). Existing refs never change; inputs are not mutated. New refs go in
 * order of `documentOrder` (document ids in project order, see `inProjectOrder`; unlisted
 * documents last), then start offset, then end, then id,
 * so the numbering is the same on every run.
 */
export function assignQuoteRefs<S extends Segment>(
  segments: readonly S[],
  alsoTaken: Iterable<Pick<Segment, 'quoteRef'>> = [],
  documentOrder: readonly string[] = [],
): QuoteRefAssignment<S> {
  let next = Math.max(highestQuoteRef(segments), highestQuoteRef(alsoTaken)) + 1;
  const rank = new Map(documentOrder.map((id, i) => [id, i] as const));
  const pending = segments
    .filter((s) => s.quoteRef === undefined || s.quoteRef === '')
    .map((s) => ({ s, doc: rank.get(s.documentId) ?? documentOrder.length }))
    .sort((a, b) => a.doc - b.doc || a.s.start - b.s.start || a.s.end - b.s.end || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0))
    .map(({ s }) => s);
  const fresh = new Map<string, S>();
  for (const s of pending) fresh.set(s.id, { ...s, quoteRef: formatQuoteRef(next++) });
  return {
    segments: segments.map((s) => fresh.get(s.id) ?? s),
    assigned: pending.map((s) => fresh.get(s.id) as S),
  };
}
