/** A record that belongs to one document of one project: a segment or a coding. */
export interface DocumentRecord {
  id: string;
  projectId: string;
  documentId: string;
}

/**
 * One project's records of one table, grouped by document. Screens get frozen arrays: one per
 * document, which keeps its identity until a record of that document changes, and one of them
 * all. So work done per document (its coverage, its share of the code counts) can be kept for
 * every document a write did not touch.
 */
export class GroupedRecords<T extends DocumentRecord> {
  private readonly byId = new Map<string, T>();
  private readonly byDocument = new Map<string, Map<string, T>>();
  /** Each document's array, dropped when one of its records changes. */
  private readonly arrays = new Map<string, readonly T[]>();
  private groups: ReadonlyMap<string, readonly T[]> | null = null;
  private flat: readonly T[] | null = null;

  constructor(records: Iterable<T> = []) {
    for (const r of records) this.put(r);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Adds or replaces a record (a frozen copy of it). */
  put(record: T): void {
    const r = frozen(record);
    const old = this.byId.get(r.id);
    if (old && old.documentId !== r.documentId) this.removeFromDocument(old);
    this.byId.set(r.id, r);
    let members = this.byDocument.get(r.documentId);
    if (!members) this.byDocument.set(r.documentId, (members = new Map()));
    members.set(r.id, r);
    this.touch(r.documentId);
  }

  /** Removes a record; false when there was none. */
  delete(id: string): boolean {
    const old = this.byId.get(id);
    if (!old) return false;
    this.byId.delete(id);
    this.removeFromDocument(old);
    return true;
  }

  /** Every document's records; documents without any are absent. */
  byDocumentId(): ReadonlyMap<string, readonly T[]> {
    if (this.groups) return this.groups;
    const groups = new Map<string, readonly T[]>();
    for (const [documentId, members] of this.byDocument) {
      let list = this.arrays.get(documentId);
      if (!list) this.arrays.set(documentId, (list = Object.freeze([...members.values()])));
      groups.set(documentId, list);
    }
    return (this.groups = groups);
  }

  /** Every record, document by document. */
  all(): readonly T[] {
    return (this.flat ??= Object.freeze([...this.byDocumentId().values()].flat()));
  }

  private removeFromDocument(record: T): void {
    const members = this.byDocument.get(record.documentId);
    members?.delete(record.id);
    if (members?.size === 0) this.byDocument.delete(record.documentId);
    this.touch(record.documentId);
  }

  private touch(documentId: string): void {
    this.arrays.delete(documentId);
    this.groups = null;
    this.flat = null;
  }
}

/** Records are shared by every screen: a copy nobody can change in place (their fields are all plain values). */
function frozen<T extends DocumentRecord>(r: T): T {
  return Object.isFrozen(r) ? r : Object.freeze<T>({ ...r });
}
