import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Coding, Segment } from '../../src/core/model';
import { applyCodes, removeCoding, resizeSegment, setSegmentMemo } from '../../src/storage/coding';
import { createCode, deleteCode, mergeCodes } from '../../src/storage/codes';
import { VerbatimDb } from '../../src/storage/db';
import { vi } from 'vitest';
import { addDocument, deleteDocument } from '../../src/storage/documents';
import { redo, undo } from '../../src/storage/history';
import { put, remove } from '../../src/core/changes';
import { commit } from '../../src/storage/commit';
import { useDatabase } from '../../src/storage/db';
import { projectRecords, type DocumentScopedTable } from '../../src/storage/project-records';
import { createProject, deleteProject, localCoderId } from '../../src/storage/projects';
import { freshDb, projectWithDocument, SAMPLE_TEXT } from './setup';

let name: string;
let db: VerbatimDb;
beforeEach(() => ({ name, db } = freshDb()));

/** Subscribes to a project's table and resolves once the cache has read it. */
async function watch(table: DocumentScopedTable, projectId: string, cache = db.recordCache) {
  let calls = 0;
  const stop = cache.subscribe(table, projectId, () => { calls += 1; });
  await until(() => cache.snapshot(table, projectId) !== undefined);
  return { stop, calls: () => calls, now: () => cache.snapshot<Segment | Coding>(table, projectId)! };
}

async function until(ready: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error('timed out waiting for the cache');
    await new Promise((r) => setTimeout(r, 2));
  }
}

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

async function expectCurrent(projectId: string, views: { segments: { now: () => readonly unknown[] }; codings: { now: () => readonly unknown[] } }) {
  expect(byId(views.segments.now() as Segment[])).toEqual(byId(await projectRecords<Segment>('segments', projectId)));
  expect(byId(views.codings.now() as Coding[])).toEqual(byId(await projectRecords<Coding>('codings', projectId)));
}

describe('the record cache', () => {
  it('holds what is stored, and follows codings, undo, redo, merges, deletions and a second document', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const trust = await createCode(projectId, { name: 'Trust', color: '#0072b2' });
    const momentum = await createCode(projectId, { name: 'Momentum', color: '#e69f00' });
    await applyCodes(projectId, { documentId, start: 0, end: 7 }, [trust], coderId);
    const views = { segments: await watch('segments', projectId), codings: await watch('codings', projectId) };
    expect(views.codings.now()).toHaveLength(1);

    const steps: [string, () => Promise<unknown>][] = [
      ['apply two codes', () => applyCodes(projectId, { documentId, start: 8, end: 20 }, [trust, momentum], coderId)],
      ['remove one', async () => removeCoding(projectId, (await projectRecords<Coding>('codings', projectId))[0]!.id, coderId)],
      ['undo', () => undo(projectId, coderId)],
      ['redo', () => redo(projectId, coderId)],
      ['resize', async () => resizeSegment(projectId, (await projectRecords<Segment>('segments', projectId))[0]!.id, 0, 12, coderId)],
      ['memo', async () => setSegmentMemo(projectId, (await projectRecords<Segment>('segments', projectId))[0]!.id, 'why', coderId)],
      ['merge', () => mergeCodes(projectId, momentum, trust)],
      ['undo merge', () => undo(projectId, coderId)],
      ['delete code', () => deleteCode(projectId, momentum)],
      ['second document', async () => {
        const second = await addDocument(projectId, { title: 'Interview 2', format: 'txt', text: SAMPLE_TEXT, turns: [{ start: 0, end: SAMPLE_TEXT.length, speaker: null }], speakers: [], wordCount: 19, contentHash: 'def' });
        await applyCodes(projectId, { documentId: second, start: 3, end: 9 }, [trust], coderId);
      }],
      ['delete first document', () => deleteDocument(projectId, documentId)],
    ];
    for (const [label, step] of steps) {
      await step();
      await expectCurrent(projectId, views).catch((e: Error) => { throw new Error(`after "${label}": ${e.message}`); });
    }
    expect(views.codings.now()).toHaveLength(1);
    await deleteProject(projectId);
    expect(views.segments.now()).toEqual([]);
    expect(views.codings.now()).toEqual([]);
  });

  it('is told of each committed write once, and of an aborted one never', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const trust = await createCode(projectId, { name: 'Trust', color: '#0072b2' });
    const codings = await watch('codings', projectId);
    const before = codings.calls();
    await applyCodes(projectId, { documentId, start: 0, end: 7 }, [trust], coderId);
    expect(codings.calls()).toBe(before + 1);
    const stored = codings.now();

    const full = vi.spyOn(db.history, 'add').mockImplementation(() => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); });
    const failing = commit([put('codings', { ...stored[0]!, id: 'c-half' })], { label: 'Half a write', coderId });
    await expect(failing).rejects.toMatchObject({ name: 'QuotaExceededError' });
    full.mockRestore();
    expect(codings.now()).toBe(stored);
    expect(codings.calls()).toBe(before + 1);
  });

  it('keeps a project apart from the others in the same database', async () => {
    const a = await projectWithDocument();
    const b = await projectWithDocument();
    const trust = await createCode(b.projectId, { name: 'Trust', color: '#0072b2' });
    const viewA = await watch('codings', a.projectId);
    const callsBefore = viewA.calls();
    await applyCodes(b.projectId, { documentId: b.documentId, start: 0, end: 7 }, [trust], b.coderId);
    expect(viewA.now()).toEqual([]);
    expect(viewA.calls()).toBe(callsBefore);
  });

  it('applies writes that commit while it is still reading', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const trust = await createCode(projectId, { name: 'Trust', color: '#0072b2' });
    const stop = db.recordCache.subscribe('codings', projectId, () => {});
    // Started before the first read has finished.
    await Promise.all([0, 8, 20].map((start) => applyCodes(projectId, { documentId, start, end: start + 5 }, [trust], coderId)));
    await until(() => db.recordCache.snapshot('codings', projectId)?.length === 3);
    expect(byId(db.recordCache.snapshot<Coding>('codings', projectId)!)).toEqual(byId(await projectRecords<Coding>('codings', projectId)));
    stop();
  });

  it('applies another tab\'s commits to what it holds, without reading the project again', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const trust = await createCode(projectId, { name: 'Trust', color: '#0072b2' });
    const codings = await watch('codings', projectId);
    const readsBefore = codings.calls();
    const otherTab = new VerbatimDb(name);
    const inOtherTab = async (work: () => Promise<unknown>) => {
      useDatabase(otherTab);
      try { await work(); } finally { useDatabase(db); }
    };
    const segment: Segment = { id: 's-other', projectId, documentId, coderId, start: 0, end: 5, quote: SAMPLE_TEXT.slice(0, 5), prefix: '', suffix: ' used', memo: '', createdAt: 1 };
    await inOtherTab(() => commit([put('segments', segment), put('codings', { id: 'c-other', projectId, segmentId: 's-other', documentId, codeId: trust, coderId, createdAt: 1 })], { label: null, coderId: null }));
    await until(() => codings.now().some((c) => c.id === 'c-other'));
    expect(codings.calls()).toBe(readsBefore + 1);

    // A write to another project, and a deletion in it, change nothing here.
    const elsewhere = await projectWithDocument();
    const elsewhereCode = await createCode(elsewhere.projectId, { name: 'Trust', color: '#0072b2' });
    const far: Segment = { ...segment, id: 's-far', projectId: elsewhere.projectId, documentId: elsewhere.documentId, coderId: elsewhere.coderId };
    await inOtherTab(async () => {
      await commit([put('segments', far), put('codings', { id: 'c-far', projectId: elsewhere.projectId, segmentId: 's-far', documentId: elsewhere.documentId, codeId: elsewhereCode, coderId: elsewhere.coderId, createdAt: 1 })], { label: null, coderId: null });
      await commit([remove('codings', 'c-far'), remove('segments', 's-far')], { label: null, coderId: null });
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(codings.calls()).toBe(readsBefore + 1);
    await inOtherTab(() => commit([remove('codings', 'c-other'), remove('segments', 's-other')], { label: null, coderId: null }));
    await until(() => !codings.now().some((c) => c.id === 'c-other'));
    expect(codings.calls()).toBe(readsBefore + 2);
    otherTab.close();
  });

  it('hands out frozen records and arrays, so no screen can change another one\'s data', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const trust = await createCode(projectId, { name: 'Trust', color: '#0072b2' });
    await applyCodes(projectId, { documentId, start: 0, end: 7 }, [trust], coderId);
    const codings = await watch('codings', projectId);
    const list = codings.now() as Coding[];
    expect(() => list.push(list[0]!)).toThrow(TypeError);
    expect(() => { (list[0] as { codeId: string }).codeId = 'other'; }).toThrow(TypeError);
  });

  it('matches the database after any sequence of coding, uncoding, undo and redo', async () => {
    const projectId = await createProject('Property');
    const documentId = await addDocument(projectId, { title: 'One', format: 'txt', text: SAMPLE_TEXT, turns: [{ start: 0, end: SAMPLE_TEXT.length, speaker: null }], speakers: [], wordCount: 19, contentHash: 'p' });
    const coderId = await localCoderId(projectId);
    const codes = [await createCode(projectId, { name: 'A', color: '#000000' }), await createCode(projectId, { name: 'B', color: '#111111' })];
    // The codes are not part of the random sequences: without their undo steps, an undo can never delete them under a coding.
    await db.history.clear();
    const views = { segments: await watch('segments', projectId), codings: await watch('codings', projectId) };
    const op = fc.oneof(
      fc.record({ kind: fc.constant('apply' as const), start: fc.nat(40), length: fc.integer({ min: 1, max: 20 }), code: fc.nat(1) }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
      fc.constant({ kind: 'undo' as const }),
      fc.constant({ kind: 'redo' as const }),
    );
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
      for (const o of ops) {
        if (o.kind === 'apply') await applyCodes(projectId, { documentId, start: o.start, end: o.start + o.length }, [codes[o.code]!], coderId);
        else if (o.kind === 'remove') {
          const all = await projectRecords<Coding>('codings', projectId);
          if (all.length > 0) await removeCoding(projectId, all[o.pick % all.length]!.id, coderId);
        } else if (o.kind === 'undo') await undo(projectId, coderId);
        else await redo(projectId, coderId);
      }
      await expectCurrent(projectId, views);
    }), { numRuns: 25 });
  });
});
