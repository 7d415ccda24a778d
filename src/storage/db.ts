import Dexie, { type Table, type Transaction } from 'dexie';
import type {
  AttributeDef, AttributeValue, Code, Coder, Coding, DocumentMeta, DocumentText, NonParticipantSpeaker,
  Participant, Project, RedactionRule, Segment,
} from '../core/model';
import type { HistoryStep, MetaRecord } from '../core/schema';
import { RecordCache, type DocumentScopedTable } from './record-cache';
import { upgradeToRecordVersion2 } from './upgrade-v5';

export { RECORD_TABLES, type TableName as RecordTable, type MetaRecord } from '../core/schema';

/**
 * The Verbatim database. Schema versions are append-only: a shipped version is never edited,
 * a new one is added below it with its upgrade function. Record shapes and their migrations
 * live in `core/schema.ts`; an upgrade here runs those migrations over the stored records.
 */
export class VerbatimDb extends Dexie {
  projects!: Table<Project, string>;
  coders!: Table<Coder, string>;
  documents!: Table<DocumentMeta, string>;
  texts!: Table<DocumentText, string>;
  codes!: Table<Code, string>;
  segments!: Table<Segment, string>;
  codings!: Table<Coding, string>;
  participants!: Table<Participant, string>;
  attributes!: Table<AttributeDef, string>;
  attributeValues!: Table<AttributeValue, string>;
  redactions!: Table<RedactionRule, string>;
  nonParticipantSpeakers!: Table<NonParticipantSpeaker, string>;
  history!: Table<HistoryStep, number>;
  meta!: Table<MetaRecord, string>;
  /** Segments and codings of the projects on screen, kept current by every commit (see record-cache.ts). */
  readonly recordCache: RecordCache;

  constructor(name = 'verbatim') {
    // Strict durability: a write reported as committed has reached the disk, so "Saved" is true.
    super(name, { chromeTransactionDurability: 'strict' });
    this.recordCache = new RecordCache(name, (table, projectId) => this.projectRecords(table, projectId));
    this.version(1).stores({
      projects: 'id, updatedAt',
      coders: 'id, projectId',
      documents: 'id, projectId, [projectId+contentHash]',
      texts: 'documentId, projectId',
      codes: 'id, projectId, parentId',
      segments: 'id, projectId, documentId',
      codings: 'id, projectId, segmentId, codeId',
      participants: 'id, projectId',
      attributes: 'id, projectId',
      attributeValues: 'id, projectId, participantId, attributeId',
      redactions: 'id, projectId',
      nonParticipantSpeakers: 'id, projectId',
      history: '++seq, projectId, [projectId+undone]',
      meta: 'key',
    });
    // v2: codings carry their document, so a transcript's codings load with one index range.
    this.version(2).stores({
      codings: 'id, projectId, segmentId, codeId, documentId',
    }).upgrade(async (tx) => {
      const documentOf = new Map<string, string>();
      await tx.table('segments').each((s: Segment) => documentOf.set(s.id, s.documentId));
      await tx.table('codings').toCollection().modify((c: Coding) => {
        c.documentId = documentOf.get(c.segmentId) ?? '';
      });
    });
    // v3: codings keep only the indexes reads use. Each index costs on every write, and a large
    // REFI-QDA import writes a hundred thousand codings; by code or by segment they are found
    // within a project's or a document's codings.
    this.version(3).stores({
      codings: 'id, projectId, documentId',
    });
    // v4: segments and codings, the largest tables, are indexed by document only; a project's are
    // found through its documents (see project-records.ts). One index fewer on each write brings
    // a 20 MB REFI-QDA import under five seconds.
    this.version(4).stores({
      segments: 'id, documentId',
      codings: 'id, documentId',
    });
    // v5 (record schema 2): every segment belongs to one coder, undo steps belong to a coder and
    // hold deltas, the local coder of this browser profile is known by id.
    this.version(5).stores({
      history: '++seq, projectId, [projectId+coderId+undone]',
    }).upgrade((tx: Transaction) => upgradeToRecordVersion2(tx));
  }

  /**
   * Every segment or coding of a project, through the document index, in one read transaction.
   * One key range per document: each is one `getAll`, where a single `anyOf` over all of them
   * walks a cursor record by record (2.2 s against 0.75 s for 50,000 codings in Chromium).
   */
  projectRecords<T>(table: DocumentScopedTable, projectId: string): Promise<T[]> {
    return this.transaction('r', [this.documents, this.table(table)], async () => {
      const ids = await this.documents.where('projectId').equals(projectId).primaryKeys();
      const parts = await Promise.all(ids.map((id) => this.table(table).where('documentId').equals(id).toArray()));
      return parts.flat() as T[];
    });
  }
}

let current: VerbatimDb | null = null;

/** The app's database, opened on first use. Tests may swap it with `useDatabase`. */
export function db(): VerbatimDb {
  if (!current) current = new VerbatimDb();
  return current;
}

/** Points the repositories at another database (tests, benchmarks). */
export function useDatabase(next: VerbatimDb): void {
  current = next;
}

/** A fresh random id. */
export function newId(): string {
  return crypto.randomUUID();
}
