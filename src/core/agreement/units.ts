import type { Turn } from '../model';
import { mergeSpans, type Span } from './spans';

/**
 * The units agreement is measured on, built from each coder's spans of one code in one document:
 *
 * - `character`: every character (as NVivo), coded by a coder if inside one of their spans;
 * - `turn`: every speaker turn, or paragraph in a document without speakers, coded by a coder if
 *   any part of it is;
 * - `document`: the whole document, coded by a coder if the code appears in it at all.
 *
 * Characters come back as runs: stretches where the same coders coded, with their length as
 * weight, found from the sorted span boundaries, never one entry per character.
 */

export type AgreementUnit = 'character' | 'turn' | 'document';

/** A unit, or a run of identical characters, and which coders coded it. */
export interface UnitRow {
  start: number;
  end: number;
  /** How many units the row stands for: its characters for a run, otherwise 1. */
  weight: number;
  /** Bit i set: coder i coded the unit with the code. */
  coded: number;
}

/** Runs of characters over `[0, length)` with the coders' coding constant along each run. */
function characterRuns(length: number, merged: readonly (readonly Span[])[]): UnitRow[] {
  const events: [pos: number, bit: number][] = [];
  merged.forEach((spans, i) => {
    for (const [s, e] of spans) events.push([s, 2 ** i], [e, -(2 ** i)]);
  });
  events.sort((a, b) => a[0] - b[0]);
  const rows: UnitRow[] = [];
  let coded = 0;
  let at = 0;
  for (let k = 0; k < events.length; ) {
    const pos = events[k]![0];
    if (pos > at) {
      rows.push({ start: at, end: pos, weight: pos - at, coded });
      at = pos;
    }
    // A coder's merged spans never overlap, so once every event at a position is applied (one
    // span may end where the next starts) the bits are exact.
    for (; k < events.length && events[k]![0] === pos; k++) coded += events[k]![1];
  }
  if (at < length) rows.push({ start: at, end: length, weight: length - at, coded });
  return rows;
}

/** One row per turn; a coder coded it if one of their spans overlaps it by a character or more. */
function turnRows(length: number, turns: readonly Turn[], merged: readonly (readonly Span[])[]): UnitRow[] {
  const units = turns.length > 0 ? [...turns].sort((a, b) => a.start - b.start) : [{ start: 0, end: length }];
  const rows = units.map((t) => ({ start: t.start, end: t.end, weight: 1, coded: 0 }));
  merged.forEach((spans, i) => {
    let j = 0;
    for (const row of rows) {
      while (j < spans.length && spans[j]![1] <= row.start) j++;
      // Spans are sorted and disjoint: the first one ending after the turn starts is the only candidate.
      if (j < spans.length && spans[j]![0] < row.end && row.end > row.start) row.coded |= 2 ** i;
    }
  });
  return rows;
}

/**
 * The unit rows of one code in one document: `spans[i]` are coder i's spans (any order,
 * overlapping allowed; a coder's overlaps count once).
 */
export function unitRows(unit: AgreementUnit, length: number, turns: readonly Turn[], spans: readonly (readonly Span[])[]): UnitRow[] {
  return unitRowsOfMerged(unit, length, turns, spans.map((s) => mergeSpans(s, false)));
}

/** `unitRows` for spans already sorted and merged per coder (`mergeSpans`). */
export function unitRowsOfMerged(unit: AgreementUnit, length: number, turns: readonly Turn[], merged: readonly (readonly Span[])[]): UnitRow[] {
  if (unit === 'character') return characterRuns(length, merged);
  if (unit === 'turn') return turnRows(length, turns, merged);
  let coded = 0;
  merged.forEach((s, i) => {
    if (s.length > 0) coded |= 2 ** i;
  });
  return [{ start: 0, end: length, weight: 1, coded }];
}
