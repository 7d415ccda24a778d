import type { RecordDelta } from '../core/changes';
import type { Coding, Segment } from '../core/model';
import { GroupedRecords } from './grouped-records';

/** Tables indexed by document only: a project's records are found through its documents. */
export type DocumentScopedTable = 'segments' | 'codings';

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
 * deltas of each committed write (storage's `commit` hands them over once its transaction has
 * committed; an aborted one changes nothing). So a coding reaches the codebook counts as soon as
 * it is stored, without reading a project's 50,000 codings again. The same deltas go to other
 * tabs, which apply them to what they hold.
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
      if (e.data?.db === this.name) this.apply(e.data.changes);
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

  /** Applies the deltas of one committed transaction and passes them on to other tabs. */
  committed(deltas: readonly RecordDelta[]): void {
    const changes = cachedChanges(deltas);
    if (changes.length === 0) return;
    this.apply(changes);
    this.channel?.postMessage({ db: this.name, changes } satisfies WriteNotice);
  }

  /** Reads every cached project again (after a write that bypassed commit: a database upgrade, a restore in a test). */
  invalidate(): void {
    for (const key of this.tables.keys()) this.readAgain(key);
  }

  private apply(changes: readonly Change[]): void {
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

/** What another tab is told of a committed write: the same changes, for the tables it caches. */
interface WriteNotice {
  db: string;
  changes: Change[];
}

/** The cached tables' part of a commit's deltas, as puts and deletes in commit order. */
function cachedChanges(deltas: readonly RecordDelta[]): Change[] {
  const out: Change[] = [];
  for (const d of deltas) {
    if (d.table !== 'segments' && d.table !== 'codings') continue;
    const last = out[out.length - 1];
    if (d.after !== null) {
      if (last?.table === d.table && last.kind === 'put') last.records.push(d.after as CachedRecord);
      else out.push({ table: d.table, kind: 'put', records: [d.after as CachedRecord] });
    } else if (last?.table === d.table && last.kind === 'delete') last.keys.push(d.key);
    else out.push({ table: d.table, kind: 'delete', keys: [d.key] });
  }
  return out;
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
