/**
 * The stored tables, named once: each table's record type, key, record version, free-text fields,
 * references and record migrations. Storage's commit checks references from here; the database
 * upgrade, stored undo steps and project files migrate records with these same functions; and
 * encryption (which fields to encrypt) and withdrawal (which fields to erase) read the free-text
 * lists here, never a second list.
 */
import type {
  AttributeDef, AttributeValue, Code, Coder, Coding, DocumentMeta, DocumentText, NonParticipantSpeaker,
  Participant, Project, RedactionRule, Segment,
} from './model';

/**
 * The version of the stored records as a whole. A file, a database or an undo step written at
 * version n is brought to this one by running each table's migrations from n on.
 * 1: up to Dexie schema 4. 2: segments belong to one coder; coders have a colour; a
 * non-participant speaker's key no longer spells its label; every coding names its document.
 */
export const SCHEMA_VERSION = 2;

/** A committed change with the record it replaced: enough to apply it again or to undo it. */
export interface RecordDelta {
  table: TableName;
  key: string;
  /** The record before the change; null when there was none. */
  before: StoredRecord | null;
  /** The record after the change; null when it was deleted. */
  after: StoredRecord | null;
}

/** One undoable action of one coder, stored so undo and redo survive a reload. */
export interface HistoryStep {
  seq?: number;
  projectId: string;
  coderId: string;
  label: string;
  at: number;
  /** 0 or 1 (booleans cannot be indexed in IndexedDB). */
  undone: 0 | 1;
  /** The record version its deltas were written at, so an old step is migrated before it is applied. */
  schemaVersion: number;
  deltas: RecordDelta[];
}

/** Settings of this browser profile (the local coder, flags); not project data. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface RecordTypes {
  projects: Project;
  coders: Coder;
  documents: DocumentMeta;
  texts: DocumentText;
  codes: Code;
  segments: Segment;
  codings: Coding;
  participants: Participant;
  attributes: AttributeDef;
  attributeValues: AttributeValue;
  redactions: RedactionRule;
  nonParticipantSpeakers: NonParticipantSpeaker;
}

/** Tables that hold a project's records, in the order a project is written (parents first). */
export const RECORD_TABLES = [
  'projects', 'coders', 'documents', 'texts', 'codes', 'segments', 'codings', 'participants',
  'attributes', 'attributeValues', 'redactions', 'nonParticipantSpeakers',
] as const satisfies readonly (keyof RecordTypes)[];

export type TableName = (typeof RECORD_TABLES)[number];
export type StoredRecord = RecordTypes[TableName];

/** A field of a child record that names a parent record. */
export interface Reference {
  field: string;
  table: TableName;
  /** The field holds a list of keys (a document's participants). */
  many?: true;
  /** The field may be null (a top-level code). */
  optional?: true;
}

/** What an older record may need that is not in the record itself. */
export interface MigrationContext {
  /** The coder of a segment written before segments had one: the coder of its first coding. */
  segmentCoder(segment: { id: string; projectId: string }): string;
  /** The document of a segment, for a coding written before codings named their document. */
  segmentDocument(segmentId: string): string | undefined;
  /**
   * A new random key for a record whose old key spelt free text; the same old key always gets
   * the same new key within one migration run, so undo steps and records still agree.
   */
  rekey(oldKey: string): string;
}

export type RecordMigration = (record: Record<string, unknown>, ctx: MigrationContext) => Record<string, unknown>;

export interface TableSpec {
  /** The field that is the record's key. */
  key: string;
  /** The schema version at which this table's records last changed shape. */
  version: number;
  /**
   * Fields holding words a person typed or said: transcript text, quotes, names, memos, labels.
   * Everything else (ids, offsets, counts, colours, timestamps) is structure and stays clear.
   */
  freeText: readonly string[];
  references: readonly Reference[];
  /**
   * Fields that change without an undo step (a quote reference assigned at export, a project's
   * last use): undo and redo keep their current value and ignore them when checking that a
   * record is as the step left it.
   */
  volatile: readonly string[];
  /** `migrations[n]` takes a record from schema version n to n + 1. */
  migrations: Readonly<Record<number, RecordMigration>>;
}

const projectRef: Reference = { field: 'projectId', table: 'projects' };

export const SCHEMA: Readonly<Record<TableName, TableSpec>> = {
  projects: {
    key: 'id', version: 1, freeText: ['name', 'memo', 'attributionTemplate'], references: [], volatile: ['updatedAt'], migrations: {},
  },
  coders: {
    key: 'id', version: 2, freeText: ['name'], references: [projectRef], volatile: [],
    migrations: { 1: (c) => ({ color: DEFAULT_CODER_COLOR, ...c }) },
  },
  documents: {
    key: 'id', version: 1, freeText: ['title', 'speakers', 'memo'],
    references: [projectRef, { field: 'participantIds', table: 'participants', many: true }], volatile: [], migrations: {},
  },
  texts: {
    key: 'documentId', version: 1, freeText: ['text', 'turns', 'source'],
    references: [projectRef, { field: 'documentId', table: 'documents' }], volatile: [], migrations: {},
  },
  codes: {
    key: 'id', version: 1, freeText: ['name', 'description', 'memo'],
    references: [projectRef, { field: 'parentId', table: 'codes', optional: true }], volatile: [], migrations: {},
  },
  segments: {
    key: 'id', version: 2, freeText: ['quote', 'prefix', 'suffix', 'memo'],
    references: [{ field: 'documentId', table: 'documents' }, { field: 'coderId', table: 'coders' }],
    volatile: ['quoteRef'],
    migrations: { 1: (s, ctx) => ({ ...s, coderId: s.coderId ?? ctx.segmentCoder(s as { id: string; projectId: string }) }) },
  },
  codings: {
    key: 'id', version: 2, freeText: [],
    references: [
      { field: 'segmentId', table: 'segments' }, { field: 'documentId', table: 'documents' },
      { field: 'codeId', table: 'codes' }, { field: 'coderId', table: 'coders' },
    ],
    volatile: [],
    // Dexie schema 2 gave stored codings their document; undo steps written before kept codings without one.
    migrations: { 1: (c, ctx) => ({ ...c, documentId: c.documentId ?? ctx.segmentDocument(c.segmentId as string) ?? '' }) },
  },
  participants: {
    key: 'id', version: 1, freeText: ['name', 'ref', 'attributionOverride', 'speakerLabels'], references: [projectRef], volatile: [], migrations: {},
  },
  attributes: { key: 'id', version: 1, freeText: ['name'], references: [projectRef], volatile: [], migrations: {} },
  attributeValues: {
    key: 'id', version: 1, freeText: ['value'],
    references: [{ field: 'participantId', table: 'participants' }, { field: 'attributeId', table: 'attributes' }], volatile: [], migrations: {},
  },
  redactions: { key: 'id', version: 1, freeText: ['term', 'replacement'], references: [projectRef], volatile: [], migrations: {} },
  nonParticipantSpeakers: {
    key: 'id', version: 2, freeText: ['label'], references: [projectRef], volatile: [],
    // The key was `${projectId}:${label}`, which would leave the label readable beside an encrypted record.
    migrations: { 1: (n, ctx) => ({ ...n, id: ctx.rekey(n.id as string) }) },
  },
};

/** Free-text fields of the undo history: its labels name codes, and its deltas hold whole records. */
export const HISTORY_FREE_TEXT: readonly (keyof HistoryStep)[] = ['label', 'deltas'];

export const DEFAULT_CODER_COLOR = '#5b6abf';

/** The key of a record of `table`. */
export function keyOf(table: TableName, record: StoredRecord): string {
  return (record as unknown as Record<string, string>)[SCHEMA[table].key]!;
}

/** The keys of the parents one reference of a record names (none for an empty optional one). */
export function referencedKeys(ref: Reference, record: StoredRecord): string[] {
  const value = (record as unknown as Record<string, unknown>)[ref.field];
  if (ref.many) return Array.isArray(value) ? (value as string[]) : [];
  if (value === null || value === undefined) return ref.optional ? [] : [''];
  return [value as string];
}

/** Every (child table, reference) pair that points at `parent`. */
export function referencesTo(parent: TableName): { table: TableName; ref: Reference }[] {
  return RECORD_TABLES.flatMap((table) => SCHEMA[table].references.filter((r) => r.table === parent).map((ref) => ({ table, ref })));
}

/**
 * Brings one record written at schema version `from` to the current version. Unknown fields are
 * kept: a newer field survives a round trip through an older step or file reader.
 */
export function migrateRecord<T extends TableName>(table: T, record: object, from: number, ctx: MigrationContext): RecordTypes[T] {
  if (from > SCHEMA_VERSION) throw new Error(`Written by a newer version of Verbatim (record version ${from}).`);
  let r = record as Record<string, unknown>;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = SCHEMA[table].migrations[v];
    if (step) r = step(r, ctx);
  }
  return r as unknown as RecordTypes[T];
}

/** A record's value with its volatile fields left out, for comparing what undo expects with what is stored. */
export function withoutVolatile(table: TableName, record: StoredRecord | null): Record<string, unknown> | null {
  if (record === null) return null;
  const copy = { ...(record as unknown as Record<string, unknown>) };
  for (const f of SCHEMA[table].volatile) delete copy[f];
  return copy;
}
