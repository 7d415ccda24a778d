import type { Coder, Coding, Segment } from './model';
import { migrateStep, type StoredStep } from './migrate-step';
import { DEFAULT_CODER_COLOR, migrateRecord, RECORD_TABLES, SCHEMA_VERSION, type HistoryStep, type MigrationContext, type StoredRecord, type TableName } from './schema';
import { splitSegmentsByCoder } from './split-segments';

/** Records of any number of projects, table by table, as a database or a project file holds them. */
export type Tables = { [T in TableName]: object[] };

/** Who codes in this browser profile: the same GUID in every project. */
export interface LocalCoder {
  guid: string;
  name: string;
  color: string;
}

/** Before schema 2 the local coder was the coder with this name. */
const OLD_LOCAL_NAME = 'You';

/**
 * Brings whole tables written at schema version `from` to today's: each record through its
 * table's migrations, and the changes that span records: segments shared by several coders are
 * split (one per coder), and every undo step gets its coder and current-shape deltas. Records of
 * today's version pass through unchanged. Pure; the database upgrade and project files both use it.
 */
export function migrateTables(
  tables: Tables, history: StoredStep[], from: number, local: LocalCoder, newId: () => string,
): { tables: Tables; history: HistoryStep[] } {
  if (from > SCHEMA_VERSION) throw new Error(`Written by a newer version of Verbatim (record version ${from}).`);
  if (from === SCHEMA_VERSION) return { tables, history: history as HistoryStep[] };
  const coders = (tables.coders as Coder[]).map((c) => ({ ...c }));
  const localOf = localCoders(coders, local, newId);
  const firstCoder = new Map<string, string>();
  for (const c of tables.codings as Coding[]) if (!firstCoder.has(c.segmentId)) firstCoder.set(c.segmentId, c.coderId);
  const documentOf = new Map((tables.segments as Segment[]).map((s) => [s.id, s.documentId]));
  const rekeyed = new Map<string, string>();
  const ctx: MigrationContext = {
    segmentCoder: (s) => firstCoder.get(s.id) ?? localOf(s.projectId),
    segmentDocument: (id) => documentOf.get(id),
    rekey: (k) => rekeyed.get(k) ?? rekeyed.set(k, newId()).get(k)!,
  };
  const split = splitSegmentsByCoder(tables.segments as Segment[], tables.codings as Coding[], (s) => ctx.segmentCoder(s), newId);
  const steps = history.map((h) => {
    // A step may hold a segment that is no longer stored (removed since): its own copy names the transcript.
    const own = new Map((h.changes ?? h.deltas ?? []).flatMap((d) => (d.table === 'segments' ? [d.before, d.after] : []))
      .filter((r): r is Segment => !!r).map((s) => [s.id, s.documentId]));
    return migrateStep(h, {
      ...ctx,
      segmentCoder: (s) => firstCoder.get(s.id) ?? h.coderId ?? localOf(h.projectId),
      segmentDocument: (id) => documentOf.get(id) ?? own.get(id),
    }, h.coderId ?? localOf(h.projectId));
  });
  // After the steps: a step may have needed a local coder record that did not exist yet.
  const out = { ...tables, coders, segments: split.segments, codings: split.codings } as Tables;
  for (const table of RECORD_TABLES) {
    out[table] = (out[table] as object[]).map((r) => migrateRecord(table, r, from, ctx) as StoredRecord);
  }
  return { tables: out, history: steps };
}

/**
 * The local coder's record in each project: the old "You" coder takes the profile's GUID, and a
 * project without one gets a new coder record (added to `coders`) the first time one is needed.
 */
function localCoders(coders: Coder[], local: LocalCoder, newId: () => string): (projectId: string) => string {
  const byProject = new Map<string, string>();
  for (const c of coders) {
    if (c.guid === local.guid || (c.guid === undefined && c.name === OLD_LOCAL_NAME && !byProject.has(c.projectId))) {
      c.guid = local.guid;
      byProject.set(c.projectId, c.id);
    }
  }
  return (projectId) => {
    let id = byProject.get(projectId);
    if (!id) {
      id = newId();
      coders.push({ id, projectId, name: local.name, color: local.color || DEFAULT_CODER_COLOR, guid: local.guid });
      byProject.set(projectId, id);
    }
    return id;
  };
}
