import type { Id } from '../model';
import { countAnd, countBits } from '../bitset';
import { participantGroups } from './groups';
import { suppressRow, thresholdOf, type CellState } from './suppression';
import { buildThemeSets, type CodeSets, type ReportInput } from './theme-sets';

export { cooccurrenceMatrix } from './cooccurrence';
export type { CooccurrenceMatrix, CooccurrenceMode, CooccurrenceOptions } from './cooccurrence';

export interface AttributeMatrixColumn {
  value: string;
  /** `organisation type=District`. */
  label: string;
  /** Participants with this value (k or more: smaller groups are not columns). */
  participants: number;
}

/**
 * A published participant count: a number, or null where it is withheld. `state` says why:
 * `primary` is 1 to k−1 (shown as `<k`), `complementary` would let a reader subtract their way
 * to a small cell. A withheld count never leaves this module, so no screen or file can show it.
 */
export interface AttributeMatrixRow {
  codeId: Id;
  codePath: string;
  depth: number;
  /** Distinct participants per column, in column order; null where withheld. */
  cells: (number | null)[];
  states: CellState[];
  /** Distinct participants over the whole project (every group, broken out or not); null where withheld. */
  total: number | null;
  totalState: CellState;
}

export interface AttributeMatrix {
  attributeId: Id;
  attributeName: string;
  k: number;
  /** Groups of k or more participants, one column each. */
  columns: AttributeMatrixColumn[];
  /** Labels of the groups with fewer than k participants: counted in `total`, never shown alone. */
  notBrokenOut: string[];
  rows: AttributeMatrixRow[];
}

export interface AttributeMatrixOptions {
  /** Count each code with every code below it (default true). */
  includeDescendants?: boolean;
  /** Suppression threshold, an integer ≥ 1 (default 3); 1 publishes every group and count. */
  k?: number;
}

/**
 * Code × attribute-value matrix of distinct participants: cell (code, value) = participants
 * with that value who speak in a segment of the code (or, by default, of any code below it).
 * Values form groups that partition the participants (`(no value)` for those without one).
 * It is drawn on screen and saved as a picture, so it is suppressed exactly as the frequencies
 * export is (`suppression.ts`): groups under k are not columns, counts of 1 to k−1 are `<k`,
 * and a second cell is withheld where `total` minus the others would reveal a small one.
 * Throws on a k that is not an integer ≥ 1 or an unknown attribute id.
 */
export function attributeMatrix(input: ReportInput, attributeId: Id, options: AttributeMatrixOptions = {}): AttributeMatrix {
  const k = thresholdOf(options.k);
  const attribute = input.attributes.find((a) => a.id === attributeId);
  if (!attribute) throw new RangeError(`Unknown attribute ${attributeId}`);
  const themes = buildThemeSets(input, options.includeDescendants ?? true);
  const groups = participantGroups(attribute, input.attributeValues, themes.universe);
  const shown = groups.filter((g) => g.size >= k);
  const hasHidden = shown.length < groups.length;
  const rows = themes.tree.map((row): AttributeMatrixRow => {
    const sets = themes.sets.get(row.code.id) as CodeSets;
    const total = countBits(sets.participants);
    const cells = shown.map((g) => countAnd(sets.participants, g.members));
    const published = cells.reduce((sum, c) => sum + c, 0);
    const states = suppressRow({ participants: total }, cells.map((participants) => ({ participants })), hasHidden ? total - published : null, k);
    return {
      codeId: row.code.id,
      codePath: row.path,
      depth: row.depth,
      cells: cells.map((c, i) => (states.groups[i] === 'shown' ? c : null)),
      states: states.groups,
      total: states.all === 'shown' ? total : null,
      totalState: states.all,
    };
  });
  return {
    attributeId,
    attributeName: attribute.name,
    k,
    columns: shown.map((g) => ({ value: g.value, label: g.label, participants: g.size })),
    notBrokenOut: groups.filter((g) => g.size < k).map((g) => g.label),
    rows,
  };
}
