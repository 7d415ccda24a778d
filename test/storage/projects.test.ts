import { beforeEach, describe, expect, it } from 'vitest';
import { emptyBundle } from '../../src/core/bundle';
import { saveBundle, loadBundle } from '../../src/storage/bundle';
import { applyCodes } from '../../src/storage/coding';
import { createCode } from '../../src/storage/codes';
import type { VerbatimDb } from '../../src/storage/db';
import { deleteDocument, findDuplicate } from '../../src/storage/documents';
import { deleteProject, projectContents, renameProject } from '../../src/storage/projects';
import { freshDb, projectWithDocument } from './setup';

let db: VerbatimDb;
beforeEach(() => ({ db } = freshDb()));

describe('projects and documents', () => {
  it('renames, counts contents and deletes a project with everything in it', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const code = await createCode(projectId, { name: 'Trust', color: '#000000' });
    await applyCodes(projectId, { documentId, start: 0, end: 7 }, [code], coderId);
    await renameProject(projectId, '  Renamed  ');
    expect((await db.projects.get(projectId))?.name).toBe('Renamed');
    await expect(renameProject(projectId, ' ')).rejects.toThrow(/needs a name/);
    expect(await projectContents(projectId)).toEqual({ documents: 1, codes: 1, segments: 1 });
    await deleteProject(projectId);
    for (const t of ['projects', 'documents', 'texts', 'codes', 'segments', 'codings', 'coders', 'history'] as const) {
      expect(await db.table(t).count(), t).toBe(0);
    }
  });

  it('notices a document imported twice by content hash, and deletes a document with its codings', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    expect((await findDuplicate(projectId, 'abc'))?.id).toBe(documentId);
    expect(await findDuplicate(projectId, 'other')).toBeUndefined();
    const code = await createCode(projectId, { name: 'Trust', color: '#000000' });
    await applyCodes(projectId, { documentId, start: 0, end: 7 }, [code], coderId);
    await deleteDocument(projectId, documentId);
    expect(await db.segments.count()).toBe(0);
    expect(await db.codings.count()).toBe(0);
    expect(await db.texts.count()).toBe(0);
    expect(await db.codes.count()).toBe(1);
  });

  it('saves a bundle all or nothing', async () => {
    const now = Date.now();
    const bundle = emptyBundle({ id: 'p1', name: 'Imported', createdAt: now, updatedAt: now, memo: '', attributionTemplate: '{role}' });
    bundle.codes.push({ id: 'c1', projectId: 'p1', parentId: null, name: 'A', color: '#000000', description: { definition: '', whenToUse: '', whenNotToUse: '', example: '' }, order: 0, pinnedKey: null, isCodable: true, memo: '' });
    await saveBundle(bundle);
    expect((await loadBundle('p1')).codes).toHaveLength(1);
    const clash = emptyBundle({ ...bundle.project, id: 'p2' });
    clash.codes.push(bundle.codes[0]!);
    await expect(saveBundle(clash)).rejects.toThrow();
    expect(await db.projects.get('p2')).toBeUndefined();
    expect(await db.codes.count()).toBe(1);
  });
});
