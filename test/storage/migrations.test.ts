import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { VerbatimDb, useDatabase } from '../../src/storage/db';

it('v2 gives every existing coding its segment\'s document', async () => {
  const name = `verbatim-migration-${process.pid}`;
  const v1 = new Dexie(name);
  v1.version(1).stores({
    projects: 'id, updatedAt', coders: 'id, projectId', documents: 'id, projectId, [projectId+contentHash]',
    texts: 'documentId, projectId', codes: 'id, projectId, parentId', segments: 'id, projectId, documentId',
    codings: 'id, projectId, segmentId, codeId', participants: 'id, projectId', attributes: 'id, projectId',
    attributeValues: 'id, projectId, participantId, attributeId', redactions: 'id, projectId',
    nonParticipantSpeakers: 'id, projectId', history: '++seq, projectId, [projectId+undone]', meta: 'key',
  });
  await v1.table('segments').bulkAdd([{ id: 's1', projectId: 'p', documentId: 'd1' }, { id: 's2', projectId: 'p', documentId: 'd2' }]);
  await v1.table('codings').bulkAdd([{ id: 'c1', projectId: 'p', segmentId: 's1', codeId: 'k' }, { id: 'c2', projectId: 'p', segmentId: 's2', codeId: 'k' }]);
  v1.close();

  const db = new VerbatimDb(name);
  useDatabase(db);
  expect(await db.codings.where('documentId').equals('d2').primaryKeys()).toEqual(['c2']);
  expect((await db.codings.get('c1'))?.documentId).toBe('d1');
  db.close();
});
