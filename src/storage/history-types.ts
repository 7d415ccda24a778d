import type { RecordTable } from './db';

/** One record changed: `before`/`after` are whole records, `null` when absent. */
export interface RecordChange {
  table: RecordTable;
  key: string;
  before: unknown;
  after: unknown;
}

/**
 * One undoable user action, stored so undo and redo survive a reload.
 * `undone` is 0 or 1 (booleans cannot be indexed in IndexedDB).
 */
export interface HistoryEntry {
  seq?: number;
  projectId: string;
  label: string;
  at: number;
  undone: 0 | 1;
  changes: RecordChange[];
}
