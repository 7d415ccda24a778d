import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { put } from '../../src/core/changes';
import type { Coding, Segment } from '../../src/core/model';
import { keyOf, referencedKeys, RECORD_TABLES, SCHEMA, type StoredRecord, type TableName } from '../../src/core/schema';
import { backupProject, readBackup, restoreProject } from '../../src/storage/backup';
import { applyCodes, removeCoding, resizeSegment } from '../../src/storage/coding';
import { createCode, mergeCodes, updateCode } from '../../src/storage/codes';
import { commit } from '../../src/storage/commit';
import { addDocument, deleteDocument } from '../../src/storage/documents';
import { redo, undo, UndoRefused } from '../../src/storage/history';
import { createProject, deleteProject, localCoderId } from '../../src/storage/projects';
import { freshDb, SAMPLE_TEXT } from './setup';

/** How many random sequences: 1,000 in `npm test`; `npm run test:property` runs more. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

const coder = fc.constantFrom(0, 1);
const op = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('import' as const) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('code' as const), by: coder, doc: fc.nat(), start: fc.nat(80), length: fc.integer({ min: 1, max: 25 }), code: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('uncode' as const), by: coder, pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('resize' as const), by: coder, pick: fc.nat(), grow: fc.integer({ min: -3, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), code: fc.nat(), name: fc.constantFrom('Trust', 'Risk', 'Pace', 'Care') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-document' as const), doc: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('undo' as const), by: coder }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('redo' as const), by: coder }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('backup-restore' as const) }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

type Snapshot = Record<TableName, Map<string, StoredRecord>>;

async function snapshot(db: ReturnType<typeof freshDb>['db']): Promise<Snapshot> {
  return db.transaction('r', RECORD_TABLES.map((t) => db.table(t)), async () => {
    const all = await Promise.all(RECORD_TABLES.map((t) => db.table(t).toArray()));
    return Object.fromEntries(RECORD_TABLES.map((t, i) => [t, new Map((all[i] as StoredRecord[]).map((r) => [keyOf(t, r), r]))])) as Snapshot;
  });
}

function plain(s: Snapshot) {
  return Object.fromEntries(RECORD_TABLES.map((t) => [t, [...s[t].entries()].sort(([a], [b]) => (a < b ? -1 : 1))]));
}

/** Every reference of every stored record names a stored record. */
function danglingReferences(s: Snapshot): string[] {
  const out: string[] = [];
  for (const t of RECORD_TABLES) for (const r of s[t].values()) {
    for (const ref of SCHEMA[t].references) for (const k of referencedKeys(ref, r)) if (!s[ref.table].has(k)) out.push(`${t}.${ref.field} → ${ref.table} ${k}`);
  }
  return out;
}

/** Records that belong to a coder: their segments and codings. */
function recordsOf(s: Snapshot, coderId: string) {
  const pick = (t: 'segments' | 'codings') => [...s[t].values()].filter((r) => (r as Segment | Coding).coderId === coderId);
  return { segments: pick('segments'), codings: pick('codings') };
}

describe('the write path under random use by two coders', () => {
  it(`keeps every invariant over ${RUNS} random sequences`, async () => {
    const { db } = freshDb();
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops: Op[]) => {
      const projectId = await createProject('Property');
      const coders = [await localCoderId(projectId), 'coder-b'];
      await commit([put('coders', { id: 'coder-b', projectId, name: 'Bea', color: '#009e73' })], { label: null, coderId: null });
      const codes = [await createCode(projectId, { name: 'A', color: '#000000' }), await createCode(projectId, { name: 'B', color: '#111111' }), await createCode(projectId, { name: 'C', color: '#222222' })];
      const documents: string[] = [];
      const addDoc = async () => documents.push(await addDocument(projectId, {
        title: `Doc ${documents.length}`, format: 'txt', text: SAMPLE_TEXT, turns: [{ start: 0, end: SAMPLE_TEXT.length, speaker: null }], speakers: [], wordCount: 19, contentHash: `h${documents.length}`,
      }));
      await addDoc();
      const cache = { segments: db.recordCache.subscribe('segments', projectId, () => {}), codings: db.recordCache.subscribe('codings', projectId, () => {}) };
      const live = async <T,>(work: Promise<T>): Promise<T | undefined> => {
        try { return await work; } catch (e) {
          // Refusals are part of the contract: an operation on something gone, or a refused undo.
          if (e instanceof UndoRefused || /no longer exists|another coder|outside the text|cannot|Choose|already/i.test((e as Error).message)) return undefined;
          throw e;
        }
      };
      for (const o of ops) {
        const before = await snapshot(db);
        const ownerOf = (by: number) => coders[by]!;
        if (o.kind === 'import') await addDoc();
        else if (o.kind === 'code') {
          const doc = documents[o.doc % documents.length]!;
          await live(applyCodes(projectId, { documentId: doc, start: o.start, end: Math.min(SAMPLE_TEXT.length, o.start + o.length) }, [codes[o.code % codes.length]!], ownerOf(o.by)));
        } else if (o.kind === 'uncode' || o.kind === 'resize') {
          const mine = recordsOf(before, ownerOf(o.by));
          if (o.kind === 'uncode' && mine.codings.length > 0) await live(removeCoding(projectId, (mine.codings[o.pick % mine.codings.length] as Coding).id, ownerOf(o.by)));
          if (o.kind === 'resize' && mine.segments.length > 0) {
            const s = mine.segments[o.pick % mine.segments.length] as Segment;
            await live(resizeSegment(projectId, s.id, Math.max(0, s.start - o.grow), Math.min(SAMPLE_TEXT.length, s.end + o.grow), ownerOf(o.by)));
          }
        } else if (o.kind === 'rename') await live(updateCode(projectId, codes[o.code % codes.length]!, { name: o.name }));
        else if (o.kind === 'merge') await live(mergeCodes(projectId, codes[o.a % codes.length]!, codes[o.b % codes.length]!));
        else if (o.kind === 'delete-document') await live(deleteDocument(projectId, documents[o.doc % documents.length]!));
        else if (o.kind === 'undo' || o.kind === 'redo') {
          const by = ownerOf(o.by);
          const label = await live((o.kind === 'undo' ? undo : redo)(projectId, by));
          // Undo then redo (or the reverse) gives back exactly the state before the pair.
          if (label) {
            await (o.kind === 'undo' ? redo : undo)(projectId, by);
            expect(plain(await snapshot(db))).toEqual(plain(before));
            await (o.kind === 'undo' ? undo : redo)(projectId, by);
          }
        } else {
          // Back up (the .verbatim file, with undo history), delete, restore: the same project, ids included.
          const file = await readBackup((await backupProject(projectId, { history: true })).bytes);
          if (!('value' in file)) throw new Error(file.error);
          await deleteProject(projectId);
          expect(await restoreProject(file.value, { mode: 'new' })).toBe(projectId);
          expect(plain(await snapshot(db))).toEqual(plain(before));
        }
        const after = await snapshot(db);
        expect(danglingReferences(after)).toEqual([]);
        // Coding actions by one coder never change the other coder's segments and codings.
        if (o.kind === 'code' || o.kind === 'uncode' || o.kind === 'resize') {
          const other = ownerOf(1 - o.by);
          expect(recordsOf(after, other)).toEqual(recordsOf(before, other));
        }
        const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
        const inCache = { segments: db.recordCache.snapshot<Segment>('segments', projectId), codings: db.recordCache.snapshot<Coding>('codings', projectId) };
        if (inCache.segments && inCache.codings) {
          expect(byId(inCache.segments)).toEqual(byId([...after.segments.values()] as Segment[]));
          expect(byId(inCache.codings)).toEqual(byId([...after.codings.values()] as Coding[]));
        }
      }
      cache.segments();
      cache.codings();
      await deleteProject(projectId);
      expect((await snapshot(db)).segments.size).toBe(0);
    }), { numRuns: RUNS });
  }, 600_000);
});
