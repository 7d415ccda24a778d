/**
 * Small-cell suppression for one code's row of counts: the `All` cell and one cell per group
 * that is broken out. A cell is identified by its participant count; its document and segment
 * counts are published or withheld with it.
 *
 * - Primary: a participant count from 1 to k−1 is published as `<k`; the cell's documents and
 *   segments are left blank (they can be k or more, so `<k` would be false for them).
 * - Groups with fewer than k participants are not broken out at all (decided by the caller);
 *   together they form a "residual" cell that is never published.
 * - Complementary: the published groups plus the residual partition `All`'s participants, so a
 *   reader can subtract. When `All` is published and exactly one cell of the partition is
 *   unpublished — one primary-suppressed group, or the residual alone — and that cell holds
 *   1…k−1 participants, the smallest other non-zero published group cell (the first on a tie) is
 *   withheld too: all three of its counts are left blank.
 * Zero counts are always published: a 0 reveals nobody.
 */

export type CellState = 'shown' | 'primary' | 'complementary';

/** Default small-cell threshold: counts of 1 or 2 participants are not published. */
export const DEFAULT_K = 3;

/** The threshold to use: `k`, or the default; throws unless it is a whole number ≥ 1. */
export function thresholdOf(k: number = DEFAULT_K): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number of at least 1 (got ${k})`);
  return k;
}

export interface CellCounts {
  participants: number;
  documents: number;
  segments: number;
}

/** What suppression decides on: a cell's documents and segments follow its participants. */
export type ParticipantCount = Pick<CellCounts, 'participants'>;

export interface RowSuppression {
  all: CellState;
  groups: CellState[];
}

/** Whether a participant count must not be published at threshold k. */
export function isSmall(participants: number, k: number): boolean {
  return participants >= 1 && participants < k;
}

/**
 * Decides which cells of one code's row to withhold (see the module comment).
 * `residual` is All's participants minus the published groups' participants, or null when
 * every group is broken out. `k` ≥ 1; k = 1 suppresses nothing.
 */
export function suppressRow(all: ParticipantCount, groups: readonly ParticipantCount[], residual: number | null, k: number): RowSuppression {
  const states: CellState[] = groups.map((g) => (isSmall(g.participants, k) ? 'primary' : 'shown'));
  if (isSmall(all.participants, k)) return { all: 'primary', groups: states };
  const primaries = states.filter((s) => s === 'primary').length;
  const unpublished = primaries + (residual === null ? 0 : 1);
  const exposed = unpublished === 1 && (primaries === 1 || isSmall(residual ?? 0, k));
  if (exposed) {
    const partner = smallestShownNonZero(groups, states);
    if (partner >= 0) states[partner] = 'complementary';
  }
  return { all: 'shown', groups: states };
}

/** The published strings for one cell: `<k` or blank where withheld (see the module comment). */
export function formatCell(counts: CellCounts, state: CellState, k: number): { participants: string; documents: string; segments: string } {
  if (state === 'shown') {
    return { participants: String(counts.participants), documents: String(counts.documents), segments: String(counts.segments) };
  }
  return { participants: state === 'primary' ? `<${k}` : '', documents: '', segments: '' };
}

function smallestShownNonZero(groups: readonly ParticipantCount[], states: readonly CellState[]): number {
  let best = -1;
  groups.forEach((g, i) => {
    if (states[i] !== 'shown' || g.participants === 0) return;
    if (best < 0 || g.participants < (groups[best] as ParticipantCount).participants) best = i;
  });
  return best;
}
