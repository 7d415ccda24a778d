import type { RecordDelta } from './changes';
import { keyOf, migrateRecord, SCHEMA_VERSION, type HistoryStep, type MigrationContext, type StoredRecord, type TableName } from './schema';

/** An undo step as any version stored it: version 1 called its deltas `changes` and had no coder. */
export interface StoredStep {
  seq?: number;
  projectId: string;
  coderId?: string;
  label: string;
  at: number;
  undone: 0 | 1;
  schemaVersion?: number;
  deltas?: RecordDelta[];
  changes?: { table: string; key: string; before: unknown; after: unknown }[];
}

/**
 * Brings a stored undo step to the current schema with the same record migrations as the
 * database and project files, so an old step undoes into records of today's shape. A step from
 * before steps had coders belongs to `coderId` (the local coder, the only one who could make it).
 */
export function migrateStep(step: StoredStep, ctx: MigrationContext, coderId: string): HistoryStep {
  const from = step.schemaVersion ?? 1;
  const raw = step.deltas ?? step.changes ?? [];
  const deltas: RecordDelta[] = from === SCHEMA_VERSION ? (raw as RecordDelta[]) : raw.map((d) => {
    const table = d.table as TableName;
    const up = (r: unknown) => (r === null || r === undefined ? null : migrateRecord(table, r as object, from, ctx) as StoredRecord);
    const before = up(d.before);
    const after = up(d.after);
    const record = after ?? before;
    return { table, key: record ? keyOf(table, record) : d.key, before, after };
  });
  const { changes: _old, ...rest } = step;
  return { ...rest, coderId: step.coderId ?? coderId, schemaVersion: SCHEMA_VERSION, deltas };
}
