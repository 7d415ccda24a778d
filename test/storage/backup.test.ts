import { beforeEach, describe, expect, it } from 'vitest';
import { RECORD_TABLES } from '../../src/core/schema';
import type { ProjectFileContents } from '../../src/io/project-file/format';
import { backupFileName, backupProject, readBackup, restoreProject } from '../../src/storage/backup';
import { applyCodes, setSegmentMemo } from '../../src/storage/coding';
import { createCode, updateCode } from '../../src/storage/codes';
import type { VerbatimDb } from '../../src/storage/db';
import { undo } from '../../src/storage/history';
import { createAttribute, createParticipant, setAttributeValue } from '../../src/storage/participants';
import { deleteProject, updateProject } from '../../src/storage/projects';
import { addRedactions } from '../../src/storage/redactions';
import { freshDb, projectWithDocument } from './setup';

let db: VerbatimDb;
beforeEach(() => ({ db } = freshDb()));

/** Every stored record and undo step, table by table, in key order. */
async function everything() {
  const out: Record<string, unknown[]> = {};
  for (const t of RECORD_TABLES) out[t] = await db.table(t).toArray();
  out.history = await db.history.toArray();
  return out;
}

async function studyProject() {
  const { projectId, documentId, coderId } = await projectWithDocument();
  const code = await createCode(projectId, { name: 'Trust', color: '#336699' });
  await applyCodes(projectId, { documentId, start: 0, end: 7 }, [code], coderId);
  const segmentId = (await db.segments.toArray())[0]!.id;
  await setSegmentMemo(projectId, segmentId, 'A memo 🎉', coderId);
  await updateCode(projectId, code, { name: 'Trust in teams' });
  const participant = await createParticipant(projectId, 'Catherine Holt', ['Chief executive']);
  const attribute = await createAttribute(projectId, 'organisation type', 'category');
  await setAttributeValue(projectId, participant, attribute, 'District');
  await addRedactions(projectId, [{ term: 'Holt', replacement: '[name]', caseSensitive: false, wholeWord: true }]);
  await updateProject(projectId, 'Edit template', { attributionTemplate: '{organisation type} leader' });
  return { projectId, documentId, coderId, code };
}

async function read(bytes: Uint8Array): Promise<ProjectFileContents> {
  const r = await readBackup(bytes);
  if ('error' in r) throw new Error(r.error);
  return r.value;
}

describe('backup and restore', () => {
  it('backs up, deletes and restores a project exactly, ids and undo history included', async () => {
    const { projectId, coderId } = await studyProject();
    const before = await everything();
    const { bytes, fileName } = await backupProject(projectId, { history: true });
    expect(fileName).toMatch(/^Council study \d{4}-\d{2}-\d{2}\.verbatim$/);
    expect((await db.meta.get(`last-backup:${projectId}`))?.value).toBeTypeOf('number');
    await deleteProject(projectId);
    expect(await db.codings.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
    expect(await restoreProject(await read(bytes), { mode: 'new' })).toBe(projectId);
    const after = await everything();
    for (const t of RECORD_TABLES) expect(after[t], t).toEqual(before[t]);
    expect((after.history as { seq?: number }[]).map(({ seq: _s, ...s }) => s)).toEqual((before.history as { seq?: number }[]).map(({ seq: _s, ...s }) => s));
    // The restored undo history works: the template change is undone.
    expect(await undo(projectId, coderId)).toBe('Edit template');
    expect((await db.projects.get(projectId))?.attributionTemplate).toBe('{role}');
  });

  it('leaves the history out unless asked', async () => {
    const { projectId } = await studyProject();
    const { bytes } = await backupProject(projectId, { history: false });
    await deleteProject(projectId);
    await restoreProject(await read(bytes), { mode: 'new' });
    expect(await db.history.count()).toBe(0);
    expect(await db.codings.count()).toBe(1);
  });

  it('replaces a project that has changed since, in one transaction', async () => {
    const { projectId, code } = await studyProject();
    const before = await everything();
    const { bytes } = await backupProject(projectId, { history: true });
    await createCode(projectId, { name: 'Added later', color: '#000000' });
    await updateCode(projectId, code, { name: 'Renamed later' });
    await expect(restoreProject(await read(bytes), { mode: 'new' })).rejects.toThrow(/already here/);
    await restoreProject(await read(bytes), { mode: 'replace' });
    const after = await everything();
    for (const t of RECORD_TABLES) expect(after[t], t).toEqual(before[t]);
    expect(after.history).toHaveLength((before.history as unknown[]).length);
  });

  it('restores a copy beside the original with every id new and no history', async () => {
    const { projectId } = await studyProject();
    const { bytes } = await backupProject(projectId, { history: true });
    const steps = await db.history.count();
    const copyId = await restoreProject(await read(bytes), { mode: 'copy' });
    expect(copyId).not.toBe(projectId);
    expect((await db.projects.get(copyId))?.name).toBe('Council study (restored)');
    for (const t of ['codes', 'participants', 'attributes', 'attributeValues', 'redactions', 'coders'] as const) {
      expect(await db.table(t).where('projectId').equals(copyId).count(), t).toBe(await db.table(t).where('projectId').equals(projectId).count());
    }
    expect(await db.segments.count()).toBe(2);
    expect(await db.codings.count()).toBe(2);
    expect(await db.history.count()).toBe(steps);
  });

  it('a failing restore leaves nothing behind', async () => {
    const { projectId } = await studyProject();
    const file = await read((await backupProject(projectId, { history: true })).bytes);
    await deleteProject(projectId);
    // Another project already holds one of the file's codes (as a hand-made file could claim).
    const other = await projectWithDocument();
    const clash = { ...file.bundle.codes[0]!, projectId: other.projectId };
    await db.codes.add(clash);
    const before = await everything();
    await expect(restoreProject(file, { mode: 'new' })).rejects.toThrow();
    expect(await everything()).toEqual(before);
    await expect(restoreProject(file, { mode: 'replace' })).rejects.toThrow();
    expect(await everything()).toEqual(before);
  });

  it('names the file after the project and the day, without characters a file system refuses', () => {
    expect(backupFileName('Study: a/b "x"?', new Date(2026, 0, 5))).toBe('Study a b x 2026-01-05.verbatim');
    expect(backupFileName('  ', new Date(2026, 11, 31))).toBe('Project 2026-12-31.verbatim');
  });
});
