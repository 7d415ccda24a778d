import type { RecordDelta } from '../core/changes';
import { referencedKeys, referencesTo, SCHEMA, type Reference, type StoredRecord, type TableName } from '../core/schema';
import { db } from './db';

/** A change that would leave a record pointing at nothing, or a parent deleted under its children. */
export class BrokenReference extends Error {
  override name = 'BrokenReference';
}

const NOUN: Record<TableName, string> = {
  projects: 'project', coders: 'coder', documents: 'document', texts: 'document text', codes: 'code',
  segments: 'passage', codings: 'coding', participants: 'participant', attributes: 'attribute',
  attributeValues: 'attribute value', redactions: 'redaction', nonParticipantSpeakers: 'speaker mark',
};

type Final = Map<string, StoredRecord | null>;
const at = (table: TableName, key: string) => `${table}\u0000${key}`;

/**
 * Checks, inside the writing transaction, that the store after `deltas` has no dangling
 * reference: every parent a written record names exists (in the same list or already stored and
 * not deleted by it), and no stored record is left naming a deleted parent. Parents and children
 * are found from `core/schema` references; a violation throws and so aborts the whole write.
 */
export async function checkReferences(deltas: readonly RecordDelta[]): Promise<void> {
  const final: Final = new Map(deltas.map((d) => [at(d.table, d.key), d.after]));
  await checkParents(deltas, final);
  await checkChildren(deltas, final);
}

async function checkParents(deltas: readonly RecordDelta[], final: Final): Promise<void> {
  const wanted = new Map<TableName, Map<string, TableName>>();
  for (const d of deltas) {
    if (d.after === null) continue;
    for (const ref of SCHEMA[d.table].references) {
      const before = d.before === null ? null : referencedKeys(ref, d.before);
      for (const key of referencedKeys(ref, d.after)) {
        const inList = final.get(at(ref.table, key));
        // An unchanged reference to a parent this list leaves alone is still good.
        if (inList === undefined && before?.includes(key)) continue;
        if (inList === null || key === '') throw missingParent(d.table, ref);
        if (inList !== undefined) continue;
        let keys = wanted.get(ref.table);
        if (!keys) wanted.set(ref.table, (keys = new Map()));
        keys.set(key, d.table);
      }
    }
  }
  for (const [table, keys] of wanted) {
    const list = [...keys.keys()];
    const found = await db().table(table).bulkGet(list);
    const missing = list.findIndex((_, i) => found[i] === undefined);
    if (missing >= 0) throw missingParent(keys.get(list[missing]!)!, { field: '', table });
  }
}

function missingParent(child: TableName, ref: Reference): BrokenReference {
  return new BrokenReference(`The ${NOUN[ref.table]} this ${NOUN[child]} belongs to no longer exists.`);
}

async function checkChildren(deltas: readonly RecordDelta[], final: Final): Promise<void> {
  const deleted = new Map<TableName, RecordDelta[]>();
  for (const d of deltas) {
    if (d.after !== null || d.before === null) continue;
    let list = deleted.get(d.table);
    if (!list) deleted.set(d.table, (list = []));
    list.push(d);
  }
  for (const [parent, parents] of deleted) {
    const keys = new Set(parents.map((d) => d.key));
    for (const { table, ref } of referencesTo(parent)) {
      for (const child of await storedChildren(table, ref, keys, parents)) {
        const key = (child as unknown as Record<string, string>)[SCHEMA[table].key]!;
        if (final.has(at(table, key))) continue;
        throw new BrokenReference(`This would delete a ${NOUN[parent]} that a ${NOUN[table]} still belongs to.`);
      }
    }
  }
}

/** Stored records of `table` whose `ref` names one of `keys`, found by the cheapest index. */
async function storedChildren(table: TableName, ref: Reference, keys: Set<string>, parents: RecordDelta[]): Promise<StoredRecord[]> {
  const t = db().table(table);
  const names = (r: StoredRecord) => referencedKeys(ref, r).some((k) => keys.has(k));
  const each = async (values: Iterable<string>, index: string) =>
    (await Promise.all([...values].map((v) => t.where(index).equals(v).toArray()))).flat() as StoredRecord[];
  const projectsOf = () => new Set(parents.map((d) => (d.before as { projectId: string }).projectId));
  const documentsOf = () => new Set(parents.map((d) => (d.before as { documentId: string }).documentId));

  if (table === 'texts' && ref.field === 'documentId') return (await t.bulkGet([...keys])).filter(Boolean) as StoredRecord[];
  if (ref.field === 'projectId' || ref.field === 'documentId' || ref.field === 'parentId'
    || ref.field === 'participantId' || ref.field === 'attributeId') return each(keys, ref.field);
  if (table === 'codings' && ref.field === 'segmentId') return (await each(documentsOf(), 'documentId')).filter(names);
  if (table === 'documents') return (await each(projectsOf(), 'projectId')).filter(names);
  // A code's or a coder's codings and segments: read the project's, document by document.
  const documentIds = (await Promise.all([...projectsOf()].map((p) => db().documents.where('projectId').equals(p).primaryKeys()))).flat();
  return (await each(documentIds as string[], 'documentId')).filter(names);
}
