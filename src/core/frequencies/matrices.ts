import type { Id } from '../model';
import { countAnd, countBits } from './bitset';
import { participantGroups } from './groups';
import { buildThemeSets, type CodeSets, type ReportInput } from './theme-sets';

export { cooccurrenceMatrix } from './cooccurrence';
export type { CooccurrenceMatrix, CooccurrenceMode, CooccurrenceOptions } from './cooccurrence';

export interface AttributeMatrixColumn {
  value: string;
  /** `organisation type=District`. */
  label: string;
  /** Participants with this value. */
  participants: number;
}

export interface AttributeMatrixRow {
  codeId: Id;
  codePath: string;
  depth: number;
  /** Distinct participants per column, in column order. */
  cells: number[];
  /** Distinct participants over all columns (the columns partition the participants, so this is their sum). */
  total: number;
}

export interface AttributeMatrix {
  attributeId: Id;
  attributeName: string;
  columns: AttributeMatrixColumn[];
  rows: AttributeMatrixRow[];
}

export interface AttributeMatrixOptions {
  /** Count each code with every code below it (default true). */
  includeDescendants?: boolean;
}

/**
 * Code × attribute-value matrix of distinct participants: cell (code, value) = participants
 * with that value who speak in a segment of the code (or, by default, of any code below it).
 * One column per value plus `(no value)` when someone lacks one, so columns partition the
 * participants. Unsuppressed: this is a working view for the research team, not an export.
 * Throws on an unknown attribute id.
 */
export function attributeMatrix(input: ReportInput, attributeId: Id, options: AttributeMatrixOptions = {}): AttributeMatrix {
  const attribute = input.attributes.find((a) => a.id === attributeId);
  if (!attribute) throw new RangeError(`Unknown attribute ${attributeId}`);
  const themes = buildThemeSets(input, options.includeDescendants ?? true);
  const groups = participantGroups(attribute, input.attributeValues, themes.universe);
  const rows = themes.tree.map((row) => {
    const sets = themes.sets.get(row.code.id) as CodeSets;
    return {
      codeId: row.code.id,
      codePath: row.path,
      depth: row.depth,
      cells: groups.map((g) => countAnd(sets.participants, g.members)),
      total: countBits(sets.participants),
    };
  });
  return {
    attributeId,
    attributeName: attribute.name,
    columns: groups.map((g) => ({ value: g.value, label: g.label, participants: g.size })),
    rows,
  };
}
