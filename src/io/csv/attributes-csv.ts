import Papa from 'papaparse';
import type { AttributeDef, Id, Participant } from '../../core/model';
import { participantKey } from '../../core/participant-refs';
import { newParticipantIdentities } from './attributes-new-participants';
import type {
  AttributeImportColumn, AttributeImportOptions, AttributeImportPreview, AttributeImportRow, NewParticipantRow, UnknownParticipant,
} from './attributes-preview';
import { readDateColumn, toIsoDate, type DateColumnReading } from './spreadsheet-dates';

export { applyAttributeImport } from './attributes-apply';
export type { AttributeImportContext, AttributeImportResult } from './attributes-apply';
export type * from './attributes-preview';

/**
 * Reading participant attributes from a spreadsheet. The first column identifies the
 * participant (their name or ref, ignoring case and surrounding spaces); every other column is
 * an attribute, matched to an existing one by name (ignoring case) or else proposed as new.
 * A first cell that matches no participant is skipped, or, when asked, creates one.
 * `previewAttributeImport` only reports what it found; `applyAttributeImport` (in
 * `attributes-apply.ts`) turns an accepted preview into records. Rows are numbered as a
 * spreadsheet shows them: the header is row 1.
 */

/**
 * Parses `csvText` (separator detected; a byte-order mark ignored) against the project's
 * participants and attributes. Nothing is applied. Empty cells are skipped (they leave the
 * current value alone); blank lines are ignored. Number cells must be plain decimals
 * (`12`, `-3.5`); date cells ISO dates (`2024-05-31`) or a spreadsheet's (`31/05/2024`, read
 * as `spreadsheet-dates.ts` says and reported in `dateReadings`), stored as ISO. Fatal problems — a parse error, no
 * header, fewer than two columns, an unnamed or repeated header, or a row with a different
 * number of cells than the header — go to `errors`. With `createParticipants`, the rows whose
 * first cell names no one become `newParticipants` (named by `newParticipantIdentities`), their
 * cells checked like any other row's.
 */
export function previewAttributeImport(
  csvText: string,
  participants: readonly Participant[],
  attributes: readonly AttributeDef[],
  options: AttributeImportOptions = {},
): AttributeImportPreview {
  const preview: AttributeImportPreview = {
    errors: [], columns: [], rows: [], newParticipants: [], unknownParticipants: [], creatableParticipants: 0, duplicateRows: [], badValues: [], newAttributes: [], dateReadings: [],
  };
  const table = parseTable(csvText, preview.errors);
  const header = table[0];
  if (!header) return preview;
  preview.columns = headerColumns(header, attributes, preview.errors);
  preview.newAttributes = preview.columns.filter((c) => c.attributeId === null).map((c) => c.header);
  table.slice(1).forEach((cells, i) => {
    if (cells.length !== header.length) preview.errors.push(`Row ${i + 2} has ${cells.length} cells but the header has ${header.length}.`);
  });
  if (preview.errors.length > 0) return preview;
  const readings = dateColumnReadings(table, preview);
  readRows(table, participants, preview, options.createParticipants === true, readings);
  return preview;
}

/** Rows of cells, blank lines dropped; parse problems appended to `errors`. */
function parseTable(csvText: string, errors: string[]): string[][] {
  const text = csvText.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', delimiter: '' });
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter') continue; // one column: reported below as "fewer than two columns"
    errors.push(`Row ${(e.row ?? 0) + 1}: ${e.message}.`);
  }
  const table = parsed.data.filter((cells) => cells.some((c) => c.trim() !== ''));
  if (table.length === 0) errors.push('The file is empty: it needs a header row naming the participant column and the attributes.');
  else if ((table[0] as string[]).length < 2) errors.push('The header needs a participant column (name or ref) and at least one attribute column.');
  return errors.length > 0 ? [] : table;
}

function headerColumns(header: readonly string[], attributes: readonly AttributeDef[], errors: string[]): AttributeImportColumn[] {
  const byName = new Map(attributes.map((a) => [fold(a.name), a] as const));
  const seen = new Map<string, number>();
  const columns: AttributeImportColumn[] = [];
  header.forEach((raw, index) => {
    if (index === 0) return;
    const name = raw.trim().replace(/\s+/g, ' ');
    const earlier = seen.get(fold(name));
    if (name === '' || earlier !== undefined) {
      errors.push(name === '' ? `Column ${index + 1} has no name in the header.` : `Columns ${(earlier as number) + 1} and ${index + 1} are both called "${name}".`);
      return;
    }
    seen.set(fold(name), index);
    const existing = byName.get(fold(name));
    columns.push({ index, header: name, attributeId: existing?.id ?? null, type: existing?.type ?? 'category' });
  });
  return columns;
}

/** Each date column's reading, from all its cells; the ones not written as ISO are reported. */
function dateColumnReadings(table: readonly string[][], preview: AttributeImportPreview): Map<number, DateColumnReading> {
  const readings = new Map<number, DateColumnReading>();
  for (const column of preview.columns) {
    if (column.type !== 'date') continue;
    const cells = table.slice(1).map((row) => (row[column.index] ?? '').trim()).filter((v) => v !== '');
    const reading = readDateColumn(cells);
    readings.set(column.index, reading);
    if (reading.order === 'iso') continue;
    const written = cells.find((v) => toIsoDate(v, reading) !== null && !/^\d{4}-/.test(v));
    if (written) preview.dateReadings.push({ column: column.header, order: reading.order, guessed: reading.guessed, example: { written, stored: toIsoDate(written, reading)! } });
  }
  return readings;
}

function readRows(
  table: readonly string[][], participants: readonly Participant[], preview: AttributeImportPreview, createParticipants: boolean,
  readings: ReadonlyMap<number, DateColumnReading>,
): void {
  const identify = participantIdentifier(participants);
  const firstRowOf = new Map<Id, number>();
  const firstRowOfUnknown = new Map<string, number>();
  const created: Omit<NewParticipantRow, 'name' | 'ref'>[] = [];
  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const key = (cells[0] ?? '').trim();
    const found = identify(key);
    if (typeof found !== 'string') {
      if (found.reason !== 'not found') {
        preview.unknownParticipants.push({ row, key, reason: found.reason });
        return;
      }
      const firstRow = firstRowOfUnknown.get(participantKey(key));
      if (firstRow === undefined) firstRowOfUnknown.set(participantKey(key), row);
      if (!createParticipants) preview.unknownParticipants.push({ row, key, reason: found.reason });
      else if (firstRow !== undefined) preview.duplicateRows.push({ row, participantId: null, firstRow });
      else created.push({ row, key, values: checkedValues(cells, row, preview, readings) });
      return;
    }
    const firstRow = firstRowOf.get(found);
    if (firstRow !== undefined) {
      preview.duplicateRows.push({ row, participantId: found, firstRow });
      return;
    }
    firstRowOf.set(found, row);
    preview.rows.push({ row, participantId: found, values: checkedValues(cells, row, preview, readings) });
  });
  preview.creatableParticipants = firstRowOfUnknown.size;
  const identities = newParticipantIdentities(created.map((c) => c.key), participants);
  preview.newParticipants = created.map((c, i) => ({ ...c, ...identities[i]! }));
}

function checkedValues(
  cells: readonly string[], row: number, preview: AttributeImportPreview, readings: ReadonlyMap<number, DateColumnReading>,
): AttributeImportRow['values'] {
  const values: AttributeImportRow['values'] = [];
  for (const column of preview.columns) {
    const value = (cells[column.index] ?? '').trim();
    if (value === '') continue;
    const reading = readings.get(column.index);
    if (reading) {
      const day = toIsoDate(value, reading);
      if (day === null) preview.badValues.push({ row, column: column.header, value, expected: 'date' });
      else values.push({ column: column.index, value: day });
      continue;
    }
    if (column.type === 'number' && !fitsType(value, 'number')) preview.badValues.push({ row, column: column.header, value, expected: 'number' });
    else values.push({ column: column.index, value });
  }
  return values;
}

/** A participant id for a name or ref, or why there is none. */
function participantIdentifier(participants: readonly Participant[]): (key: string) => Id | { reason: UnknownParticipant['reason'] } {
  const byKey = new Map<string, Set<Id>>();
  for (const p of participants) {
    for (const k of [p.name, p.ref]) {
      if (k.trim() === '') continue;
      const set = byKey.get(participantKey(k)) ?? new Set<Id>();
      set.add(p.id);
      byKey.set(participantKey(k), set);
    }
  }
  return (key) => {
    if (key === '') return { reason: 'empty' };
    const ids = byKey.get(participantKey(key));
    if (!ids) return { reason: 'not found' };
    return ids.size === 1 ? ([...ids][0] as Id) : { reason: 'ambiguous' };
  };
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Whether a value suits a number or date attribute (plain decimal; real ISO calendar date). */
export function fitsType(value: string, expected: 'number' | 'date'): boolean {
  if (expected === 'number') return NUMBER.test(value);
  return toIsoDate(value, ISO_ONLY) === value;
}

const ISO_ONLY: DateColumnReading = { order: 'iso', guessed: false };

function fold(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
