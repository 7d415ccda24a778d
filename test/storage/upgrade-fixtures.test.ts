import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/core/schema';
import { VerbatimDb, useDatabase } from '../../src/storage/db';
import { historyState, undo } from '../../src/storage/history';
import { localCoder } from '../../src/storage/local-coder';

/** The stores of each Dexie schema version that reached main, as shipped. */
const STORES: Record<number, Record<string, string>> = {
  1: {
    projects: 'id, updatedAt', coders: 'id, projectId', documents: 'id, projectId, [projectId+contentHash]',
    texts: 'documentId, projectId', codes: 'id, projectId, parentId', segments: 'id, projectId, documentId',
    codings: 'id, projectId, segmentId, codeId', participants: 'id, projectId', attributes: 'id, projectId',
    attributeValues: 'id, projectId, participantId, attributeId', redactions: 'id, projectId',
    nonParticipantSpeakers: 'id, projectId', history: '++seq, projectId, [projectId+undone]', meta: 'key',
  },
  2: { codings: 'id, projectId, segmentId, codeId, documentId' },
  3: { codings: 'id, projectId, documentId' },
  4: { segments: 'id, documentId', codings: 'id, documentId' },
};

const TEXT = 'We used to need fifty page business cases. Now we trust the teams.';
const P = 'p1';

/** A project as version `v` stored it: two coders on one shared segment, a mark keyed by its label, old undo steps. */
async function writeOldDatabase(name: string, v: number): Promise<void> {
  const old = new Dexie(name);
  for (let n = 1; n <= v; n++) old.version(n).stores(STORES[n]!);
  await old.open();
  const withDoc = <T extends object>(c: T) => (v >= 2 ? { ...c, documentId: 'd1' } : c);
  await old.table('projects').add({ id: P, name: 'Old study', createdAt: 1, updatedAt: 1, memo: 'memo', attributionTemplate: '{role}' });
  await old.table('coders').bulkAdd([{ id: 'you', projectId: P, name: 'You' }, { id: 'ana', projectId: P, name: 'Ana', guid: 'g-ana' }]);
  await old.table('documents').add({ id: 'd1', projectId: P, title: 'Interview', format: 'txt', contentHash: 'h', importedAt: 1, length: TEXT.length, wordCount: 13, speakers: ['Interviewer'], memo: '', participantIds: [] });
  await old.table('texts').add({ documentId: 'd1', projectId: P, text: TEXT, turns: [{ start: 0, end: TEXT.length, speaker: 'Interviewer' }] });
  await old.table('codes').bulkAdd([
    { id: 'k1', projectId: P, parentId: null, name: 'Trust', color: '#000000', description: { definition: '', whenToUse: '', whenNotToUse: '', example: '' }, order: 0, pinnedKey: null, isCodable: true, memo: '' },
  ]);
  const shared = { id: 's1', projectId: P, documentId: 'd1', start: 43, end: 65, quote: TEXT.slice(43, 65), prefix: '', suffix: '', memo: 'shared memo', createdAt: 1, quoteRef: 'Q0001' };
  const mine = { id: 's2', projectId: P, documentId: 'd1', start: 0, end: 7, quote: 'We used', prefix: '', suffix: '', memo: '', createdAt: 2 };
  await old.table('segments').bulkAdd([shared, mine]);
  const codings = [
    withDoc({ id: 'c1', projectId: P, segmentId: 's1', codeId: 'k1', coderId: 'you', createdAt: 1 }),
    withDoc({ id: 'c2', projectId: P, segmentId: 's1', codeId: 'k1', coderId: 'ana', createdAt: 1 }),
    withDoc({ id: 'c3', projectId: P, segmentId: 's2', codeId: 'k1', coderId: 'you', createdAt: 2 }),
  ];
  await old.table('codings').bulkAdd(codings);
  await old.table('nonParticipantSpeakers').add({ id: `${P}:Interviewer`, projectId: P, label: 'Interviewer' });
  // The step that created s2 and c3, as history.ts stored it before steps had coders.
  await old.table('history').add({
    projectId: P, label: 'Apply code', at: 2, undone: 0,
    changes: [{ table: 'segments', key: 's2', before: null, after: mine }, { table: 'codings', key: 'c3', before: null, after: codings[2] }],
  });
  old.close();
}

describe('upgrading a database written by every earlier version', () => {
  for (const v of [1, 2, 3, 4]) {
    it(`Dexie schema ${v} upgrades with nothing lost, and its undo step still undoes`, async () => {
      const name = `verbatim-upgrade-${v}-${process.pid}`;
      await writeOldDatabase(name, v);
      const db = new VerbatimDb(name);
      useDatabase(db);
      const local = await localCoder();
      expect(await db.projects.get(P)).toMatchObject({ name: 'Old study', memo: 'memo' });
      // The old "You" coder is this profile's local coder; every coder has a colour.
      const coders = await db.coders.toArray();
      expect(coders.find((c) => c.id === 'you')).toMatchObject({ guid: local.guid, color: expect.stringMatching(/^#[0-9a-f]{6}$/) });
      expect(coders.find((c) => c.id === 'ana')).toMatchObject({ guid: 'g-ana', color: expect.stringMatching(/^#/) });
      // The shared segment is split: each coder has their own on the same words; none is lost.
      const segments = await db.segments.toArray();
      expect(segments).toHaveLength(3);
      const onShared = segments.filter((s) => s.start === 43 && s.end === 65);
      expect(onShared.map((s) => s.coderId).sort()).toEqual(['ana', 'you']);
      expect(onShared.find((s) => s.id === 's1')).toMatchObject({ quoteRef: 'Q0001', memo: 'shared memo' });
      const codings = await db.codings.toArray();
      expect(codings).toHaveLength(3);
      for (const c of codings) {
        const s = segments.find((x) => x.id === c.segmentId)!;
        expect(s.coderId).toBe(c.coderId);
        expect(c.documentId).toBe('d1');
      }
      // The mark no longer spells its label in its key.
      const marks = await db.nonParticipantSpeakers.toArray();
      expect(marks).toHaveLength(1);
      expect(marks[0]!.label).toBe('Interviewer');
      expect(marks[0]!.id).not.toContain('Interviewer');
      // The old undo step is now the local coder's, in today's shape, and undoes.
      const steps = await db.history.toArray();
      expect(steps).toEqual([expect.objectContaining({ coderId: 'you', schemaVersion: SCHEMA_VERSION, label: 'Apply code' })]);
      expect(await historyState(P, 'you')).toEqual({ undo: 'Apply code', redo: null });
      expect(await undo(P, 'you')).toBe('Apply code');
      expect(await db.segments.get('s2')).toBeUndefined();
      expect(await db.codings.get('c3')).toBeUndefined();
      db.close();
    });
  }
});
