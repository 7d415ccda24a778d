import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Middleware } from 'dexie';
import type { Coding, Segment } from '../core/model';
import { GroupedRecords } from './grouped-records';
import type { DocumentScopedTable } from './project-records';

type CachedRecord = Segment | Coding;
type Listener = () => void;

/** What one committed write did to a cached table. */
type Change =
  | { table: DocumentScopedTable; kind: 'put'; records: CachedRecord[] }
  | { table: DocumentScopedTable; kind: 'delete'; keys: string[] }
  | { table: DocumentScopedTable; kind: 'unknown' };

interface TableEntry {
  /** Null until first read. */
  records: GroupedRecords<CachedRecord> | null;
  /** Changes committed while the first read was running, applied after it in commit order. */
  queued: Change[] | null;
  error: unknown;
  listeners: Set<Listener>;
}

/**
 * Every segment and coding of the projects on screen, held in memory and kept current from the
 * writes themselves: a Dexie middleware sees each write to these two tables and applies it here
 * when its transaction commits (an aborted one changes nothing). So a coding reaches the
 * codebook counts as soon as it is stored, without reading a project's 50,000 codings again, as
 * a live query re-run on every write would. Another tab's writes arrive as a notice naming the
 * projects and keys written, and the cached projects they concern are read again.
 */
export class RecordCache {
  private readonly tables = new Map<string, TableEntry>();
  private readonly channel: BroadcastChannel | null;

  /**
   * `load` reads a project's records of one table (in one transaction); `name` keeps the
   * cross-tab messages of one database apart from another's.
   */
  constructor(private readonly name: string, private readonly load: (table: DocumentScopedTable, projectId: string) => Promise<CachedRecord[]>) {
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    // A channel must not keep a test run (Node) alive; browsers have no unref.
    (this.channel as { unref?: () => void } | null)?.unref?.();
    this.channel?.addEventListener('message', (e: MessageEvent<WriteNotice>) => {
      if (e.data?.db !== this.name) return;
      for (const [key, entry] of this.tables) if (concerns(e.data, tableOf(key), projectOf(key), entry.records)) this.readAgain(key);
    });
  }

  /** The records, or undefined while they load; throws the load's error so the screen shows it. */
  snapshot<T extends CachedRecord>(table: DocumentScopedTable, projectId: string): readonly T[] | undefined {
    return this.loaded(table, projectId)?.all() as readonly T[] | undefined;
  }

  /**
   * The records by document id, or undefined while they load. A document's array keeps its
   * identity until one of its records changes, so per-document work can be kept.
   */
  byDocument<T extends CachedRecord>(table: DocumentScopedTable, projectId: string): ReadonlyMap<string, readonly T[]> | undefined {
    return this.loaded(table, projectId)?.byDocumentId() as ReadonlyMap<string, readonly T[]> | undefined;
  }

  private loaded(table: DocumentScopedTable, projectId: string): GroupedRecords<CachedRecord> | null {
    const entry = this.tables.get(keyOf(table, projectId));
    if (!entry) return null;
    if (entry.error) throw entry.error;
    return entry.records;
  }

  /** Calls `listener` after each change; the first subscriber to a project starts its read. */
  subscribe(table: DocumentScopedTable, projectId: string, listener: Listener): () => void {
    const key = keyOf(table, projectId);
    let entry = this.tables.get(key);
    if (!entry) {
      entry = { records: null, queued: [], error: null, listeners: new Set() };
      this.tables.set(key, entry);
      this.fill(key, entry);
    }
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      // Kept a moment after the last screen leaves, so switching screens does not read it again.
      if (entry.listeners.size === 0) setTimeout(() => { if (entry.listeners.size === 0 && this.tables.get(key) === entry) this.tables.delete(key); }, IDLE_MS);
    };
  }

  /** Applies the changes of one committed transaction, in the order they were made. */
  committed(changes: readonly Change[]): void {
    const touched = new Set<string>();
    for (const change of changes) {
      for (const [key, entry] of this.tables) {
        if (tableOf(key) !== change.table) continue;
        if (entry.queued) entry.queued.push(change);
        else if (change.kind === 'unknown') this.readAgain(key);
        else if (entry.records && applyChange(entry.records, change, projectOf(key))) touched.add(key);
      }
    }
    for (const key of touched) for (const l of this.tables.get(key)!.listeners) l();
    if (changes.length > 0) this.channel?.postMessage(noticeOf(this.name, changes));
  }

  /** Reads a project's records again; if a read is running, it is run once more when it ends. */
  private readAgain(key: string): void {
    const entry = this.tables.get(key);
    if (!entry) return;
    if (entry.queued) { entry.queued.push({ table: tableOf(key), kind: 'unknown' }); return; }
    entry.queued = [];
    this.fill(key, entry);
  }

  /** Reads a project's records; what committed meanwhile (queued) is applied on top, in order. */
  private fill(key: string, entry: TableEntry): void {
    this.load(tableOf(key), projectOf(key)).then((records) => {
      const queued = entry.queued ?? [];
      // The read may have begun before a change that names no records: read again.
      if (queued.some((c) => c.kind === 'unknown')) { entry.queued = []; this.fill(key, entry); return; }
      const fresh = new GroupedRecords(records);
      for (const change of queued) applyChange(fresh, change, projectOf(key));
      entry.records = fresh;
      entry.error = null;
      this.settle(entry);
    }, (e: unknown) => {
      entry.error = e;
      this.settle(entry);
    });
  }

  private settle(entry: TableEntry): void {
    entry.queued = null;
    for (const l of entry.listeners) l();
  }
}

const CHANNEL = 'verbatim-record-cache';

/**
 * What another tab is told of a committed write: the projects of the records written and the
 * keys deleted (a deletion names no project), or, for a write that names no records, just its
 * tables. A tab reads again only the cached projects a notice concerns.
 */
interface WriteNotice {
  db: string;
  tables: DocumentScopedTable[];
  projectIds: string[];
  deletedKeys: string[];
  everything: boolean;
}

function noticeOf(db: string, changes: readonly Change[]): WriteNotice {
  const projectIds = new Set<string>();
  const deletedKeys: string[] = [];
  let everything = false;
  for (const c of changes) {
    if (c.kind === 'put') for (const r of c.records) projectIds.add(r.projectId);
    else if (c.kind === 'delete') deletedKeys.push(...c.keys);
    else everything = true;
  }
  return { db, tables: [...new Set(changes.map((c) => c.table))], projectIds: [...projectIds], deletedKeys, everything };
}

function concerns(notice: WriteNotice, table: DocumentScopedTable, projectId: string, held: GroupedRecords<CachedRecord> | null): boolean {
  if (!notice.tables.includes(table)) return false;
  return notice.everything || notice.projectIds.includes(projectId) || notice.deletedKeys.some((k) => held?.has(k));
}

/** How long a project's records stay in memory after its last screen closed. */
const IDLE_MS = 30_000;

const keyOf = (table: DocumentScopedTable, projectId: string) => `${table}\u0000${projectId}`;
const tableOf = (key: string) => key.slice(0, key.indexOf('\u0000')) as DocumentScopedTable;
const projectOf = (key: string) => key.slice(key.indexOf('\u0000') + 1);

/** Applies a change to one project's records; true when something of that project changed. */
function applyChange(records: GroupedRecords<CachedRecord>, change: Change, projectId: string): boolean {
  let changed = false;
  if (change.kind === 'put') {
    for (const r of change.records) {
      if (r.projectId === projectId) { records.put(r); changed = true; } else if (records.delete(r.id)) changed = true;
    }
  } else if (change.kind === 'delete') {
    for (const k of change.keys) if (records.delete(k)) changed = true;
  }
  return changed;
}

const CACHED_TABLES: ReadonlySet<string> = new Set<DocumentScopedTable>(['segments', 'codings']);

/**
 * The Dexie middleware that feeds a cache: it notes each successful write to segments or codings
 * against its transaction and hands the list over when that transaction commits.
 */
export function recordCacheMiddleware(cache: () => RecordCache): Middleware<DBCore> {
  const pending = new WeakMap<DBCoreTransaction, Change[]>();
  const note = (trans: DBCoreTransaction, change: Change) => {
    let list = pending.get(trans);
    if (!list) {
      pending.set(trans, (list = []));
      const idb = trans as unknown as IDBTransaction;
      idb.addEventListener('complete', () => { pending.delete(trans); cache().committed(list!); });
      idb.addEventListener('abort', () => pending.delete(trans));
    }
    list.push(change);
  };
  return {
    stack: 'dbcore',
    name: 'VerbatimRecordCache',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (!CACHED_TABLES.has(tableName)) return table;
        const name = tableName as DocumentScopedTable;
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => table.mutate(req).then((res) => {
            note(req.trans, changeOf(name, req, res));
            return res;
          }),
        };
      },
    }),
  };
}

/** The change a successful request made; requests whose records are not known read the project again. */
function changeOf(table: DocumentScopedTable, req: DBCoreMutateRequest, res: DBCoreMutateResponse): Change {
  const failed = (i: number) => res.failures[i] !== undefined;
  if ((req.type === 'put' || req.type === 'add') && req.values) {
    return { table, kind: 'put', records: (req.values as CachedRecord[]).filter((_, i) => !failed(i)) };
  }
  if (req.type === 'delete') return { table, kind: 'delete', keys: (req.keys as string[]).filter((_, i) => !failed(i)) };
  return { table, kind: 'unknown' };
}
