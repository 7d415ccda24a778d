import type { AttributeType, Id } from '../../core/model';

/**
 * What an attribute import found in a file, before anything is applied: read by
 * `previewAttributeImport` (attributes-csv.ts), turned into records by `applyAttributeImport`
 * (attributes-apply.ts). Its own module so that neither of those two imports the other.
 */

/** A column after the first: where its values go. */
export interface AttributeImportColumn {
  /** 0-based position in the file. */
  index: number;
  header: string;
  /** The existing attribute it fills, or null for a new one (named by `header`). */
  attributeId: Id | null;
  type: AttributeType;
}

export interface AttributeImportRow {
  row: number;
  participantId: Id;
  /** Non-empty cells that passed their type check, by column index. */
  values: { column: number; value: string }[];
}

/** A participant the import creates from a row whose first cell matched no one. */
export interface NewParticipantRow {
  row: number;
  /** The first cell as written. */
  key: string;
  name: string;
  ref: string;
  /** Non-empty cells that passed their type check, by column index. */
  values: { column: number; value: string }[];
}

export interface UnknownParticipant {
  row: number;
  key: string;
  reason: 'not found' | 'ambiguous' | 'empty';
}

export interface DuplicateRow {
  row: number;
  /** The participant both rows are for; null for one this import creates (from `firstRow`). */
  participantId: Id | null;
  /** The earlier row for the same participant, which is the one used. */
  firstRow: number;
}

export interface BadValue {
  row: number;
  column: string;
  value: string;
  expected: 'number' | 'date';
}

export interface AttributeImportPreview {
  /** Problems with the file as a whole; when any, nothing can be applied. */
  errors: string[];
  columns: AttributeImportColumn[];
  rows: AttributeImportRow[];
  /** Empty unless `createParticipants` was asked for: one per distinct unknown key, first row first. */
  newParticipants: NewParticipantRow[];
  /** Skipped rows whose first cell is missing, ambiguous, or (without `createParticipants`) names no one. */
  unknownParticipants: UnknownParticipant[];
  /** How many participants `createParticipants` creates (or would): distinct keys that name no one. */
  creatableParticipants: number;
  duplicateRows: DuplicateRow[];
  badValues: BadValue[];
  /** Headers that match no existing attribute. */
  newAttributes: string[];
  /** Date columns written as a spreadsheet writes dates, and how they were read (stored as ISO days). */
  dateReadings: DateReading[];
}

/** How a date column's `31/03/2024`-style cells were read, with one of them as an example. */
export interface DateReading {
  column: string;
  order: 'day-first' | 'month-first';
  /** True when every such date could be read either way, so day first was assumed. */
  guessed: boolean;
  example: { written: string; stored: string };
}

export interface AttributeImportOptions {
  /** Create a participant for each distinct first cell that names no one, instead of skipping its rows. */
  createParticipants?: boolean;
}
