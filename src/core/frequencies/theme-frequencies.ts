import type { Id } from '../model';
import { createRedactor, type RedactionRuleLike } from '../anonymise/redact';
import { countAnd, countBits, forEachBit } from '../bitset';
import { participantGroups, type ParticipantGroup } from './groups';
import { formatCell, suppressRow, thresholdOf, type CellCounts, type CellState } from './suppression';
import { buildThemeSets, type CodeSets, type ReportInput, type ThemeSets } from './theme-sets';

export { NO_VALUE } from './groups';
export type { ReportInput } from './theme-sets';

/** Label of the whole-project group. */
export const ALL_GROUP = 'All';

export { DEFAULT_K } from './suppression';

/** One published row; every value is a string because suppressed cells are `<k` or blank. */
export interface FrequencyRow {
  code_path: string;
  /** `All`, or `attribute name=value`. */
  group: string;
  /** Distinct participants who raised the theme: a number, `<k`, or blank (withheld). */
  participants: string;
  /** Participants in the group (for `All`, every participant in the project). */
  participants_in_group: string;
  /** Distinct documents: a number, or blank when withheld. */
  documents: string;
  /** Distinct coded segments: a number, or blank when withheld. */
  segments: string;
}

export interface FrequencyOptions {
  /** Break each row down by this attribute's values; absent or null for `All` only. */
  groupByAttributeId?: Id | null;
  /** Suppression threshold, an integer ≥ 1 (default 3). */
  k?: number;
  /** Count each code together with every code below it (default true). */
  includeDescendants?: boolean;
  /** Redaction rules applied to code paths (a code may be named after a place); default none. */
  redactions?: readonly RedactionRuleLike[];
}

export interface FrequencyResult {
  rows: FrequencyRow[];
  k: number;
  /** Groups not broken out because they have fewer than k participants (for the UI, not the export). */
  notBrokenOut: string[];
}

/**
 * Theme frequencies: for every code in display order, the distinct participants, documents and
 * coded segments — over the code and all its descendants unless `includeDescendants` is false;
 * never a sum of children's counts — overall (`All`) and per value of the chosen attribute,
 * with small-cell suppression at threshold k (see `suppression.ts` for the exact rules).
 * Groups with fewer than k participants get no rows. Throws on a k that is not an integer ≥ 1
 * or an unknown attribute id.
 */
export function themeFrequencies(input: ReportInput, options: FrequencyOptions = {}): FrequencyResult {
  const k = thresholdOf(options.k);
  const themes = buildThemeSets(input, options.includeDescendants ?? true);
  const groups = chosenGroups(input, themes, options.groupByAttributeId ?? null);
  const shown = groups.filter((g) => g.size >= k);
  const hidden = groups.filter((g) => g.size < k);
  const context: RowContext = { themes, shown, counter: groupCounter(themes, shown), hasHidden: hidden.length > 0, k };
  const redactor = createRedactor(options.redactions ?? []);
  const rows = themes.tree.flatMap((row) => codeRows(redactor(row.path).text, themes.sets.get(row.code.id) as CodeSets, context));
  return { rows, k, notBrokenOut: hidden.map((g) => g.label) };
}

interface RowContext {
  themes: ThemeSets;
  shown: ParticipantGroup[];
  counter: (sets: CodeSets) => CellCounts[];
  hasHidden: boolean;
  k: number;
}

function chosenGroups(input: ReportInput, themes: ThemeSets, attributeId: Id | null): ParticipantGroup[] {
  if (attributeId === null) return [];
  const attribute = input.attributes.find((a) => a.id === attributeId);
  if (!attribute) throw new RangeError(`Unknown attribute ${attributeId}`);
  return participantGroups(attribute, input.attributeValues, themes.universe);
}

/** The `All` row and one row per shown group for one code, suppression applied. */
function codeRows(path: string, sets: CodeSets, ctx: RowContext): FrequencyRow[] {
  const all: CellCounts = { participants: countBits(sets.participants), documents: countBits(sets.documents), segments: countBits(sets.segments) };
  const cells = ctx.counter(sets);
  const published = cells.reduce((sum, c) => sum + c.participants, 0);
  const states = suppressRow(all, cells, ctx.hasHidden ? all.participants - published : null, ctx.k);
  const totalParticipants = ctx.themes.universe.participantIds.length;
  return [
    toRow(path, ALL_GROUP, all, states.all, totalParticipants, ctx.k),
    ...ctx.shown.map((group, g) => toRow(path, group.label, cells[g] as CellCounts, states.groups[g] as CellState, group.size, ctx.k)),
  ];
}

/**
 * Counts a theme's cells for every shown group in one pass over its segments. A group's cell:
 * the theme's participants in the group; the segments in which one of them speaks; and the
 * documents holding those segments, each counted once. Groups partition the participants, so
 * each participant has at most one shown group; stamps (the segment, or the theme, last
 * counted) make "distinct" checks O(1) without clearing anything between themes.
 */
function groupCounter(themes: ThemeSets, shown: readonly ParticipantGroup[]): (sets: CodeSets) => CellCounts[] {
  const groupOf = new Int32Array(themes.universe.participantIds.length).fill(-1);
  shown.forEach((group, g) => forEachBit(group.members, (p) => { groupOf[p] = g; }));
  const documentCount = themes.universe.documentIds.length;
  const segmentStamp = new Int32Array(shown.length).fill(-1);
  const documentStamp = new Int32Array(shown.length * documentCount).fill(-1);
  let theme = 0;
  return (sets) => {
    theme++;
    const cells = shown.map((group) => ({ participants: countAnd(sets.participants, group.members), documents: 0, segments: 0 }));
    if (shown.length === 0) return cells;
    forEachBit(sets.segments, (s) => {
      for (const p of themes.segmentParticipants[s] as number[]) {
        const g = groupOf[p] as number;
        if (g < 0 || segmentStamp[g] === s) continue;
        segmentStamp[g] = s;
        const cell = cells[g] as CellCounts;
        cell.segments++;
        const slot = g * documentCount + (themes.segmentDocument[s] as number);
        if (documentStamp[slot] !== theme) { documentStamp[slot] = theme; cell.documents++; }
      }
    });
    // A segment index can recur as the first one of the next theme: forget this theme's segments.
    segmentStamp.fill(-1);
    return cells;
  };
}

function toRow(path: string, group: string, counts: CellCounts, state: CellState, groupSize: number, k: number): FrequencyRow {
  const cell = formatCell(counts, state, k);
  return { code_path: path, group, participants: cell.participants, participants_in_group: String(groupSize), documents: cell.documents, segments: cell.segments };
}
