import { beforeEach, describe, expect, it } from 'vitest';
import { applyCodes, applyCodeToRanges, codeInVivo, removeCoding, resizeSegment, setSegmentMemo } from '../../src/storage/coding';
import { createCode, deleteCode, mergeCodes, moveCode, pinCode, updateCode, codeDeletionImpact } from '../../src/storage/codes';
import { childrenOf } from '../../src/core/codebook/tree';
import type { VerbatimDb } from '../../src/storage/db';
import { historyState, redo, undo } from '../../src/storage/history';
import { freshDb, projectWithDocument, reopen, SAMPLE_TEXT } from './setup';

let name: string;
let db: VerbatimDb;
beforeEach(() => ({ name, db } = freshDb()));

describe('coding passages', () => {
  it('stores a coded passage with its quote and context, and reuses it for a second code', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const trust = await createCode(projectId, { name: 'Trust', color: '#0072b2' });
    const momentum = await createCode(projectId, { name: 'Momentum', color: '#e69f00' });
    const start = SAMPLE_TEXT.indexOf('trust the teams');
    const range = { documentId, start, end: start + 15 };
    const s1 = await applyCodes(projectId, range, [trust], coderId);
    const s2 = await applyCodes(projectId, range, [momentum, trust], coderId);
    expect(s2).toBe(s1);
    const segment = await db.segments.get(s1);
    expect(segment?.quote).toBe('trust the teams');
    expect(segment?.prefix.endsWith('page, and ')).toBe(true);
    const codings = await db.codings.filter((c) => c.segmentId === s1).toArray();
    expect(codings.map((c) => c.codeId).sort()).toEqual([trust, momentum].sort());
  });

  it('rejects a passage outside the text and writes nothing', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const code = await createCode(projectId, { name: 'Trust', color: '#0072b2' });
    const before = await historyState(projectId, coderId);
    await expect(applyCodes(projectId, { documentId, start: 10, end: 9999 }, [code], coderId)).rejects.toThrow(/outside the text/);
    expect(await db.segments.count()).toBe(0);
    expect(await db.codings.count()).toBe(0);
    expect(await historyState(projectId, coderId)).toEqual(before);
  });

  it('removes a code from a passage, and the passage once it has none', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const a = await createCode(projectId, { name: 'A', color: '#000000' });
    const b = await createCode(projectId, { name: 'B', color: '#111111' });
    const seg = await applyCodes(projectId, { documentId, start: 0, end: 7 }, [a, b], coderId);
    const [first, second] = await db.codings.filter((c) => c.segmentId === seg).toArray();
    await removeCoding(projectId, first!.id, coderId);
    expect(await db.segments.get(seg)).toBeDefined();
    await removeCoding(projectId, second!.id, coderId);
    expect(await db.segments.get(seg)).toBeUndefined();
  });

  it('extends a passage and refreshes its quote; sets a memo', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const a = await createCode(projectId, { name: 'A', color: '#000000' });
    const seg = await applyCodes(projectId, { documentId, start: 3, end: 7 }, [a], coderId);
    await resizeSegment(projectId, seg, 0, 12, coderId);
    await setSegmentMemo(projectId, seg, 'Key claim', coderId);
    const s = await db.segments.get(seg);
    expect(s).toMatchObject({ start: 0, end: 12, quote: 'We used to n', memo: 'Key claim' });
  });

  it('codes many search hits as one undo step', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const a = await createCode(projectId, { name: 'Page', color: '#000000' });
    const hits = [...SAMPLE_TEXT.matchAll(/page/g)].map((m) => ({ documentId, start: m.index, end: m.index + 4 }));
    expect(await applyCodeToRanges(projectId, hits, a, coderId)).toBe(2);
    expect(await db.codings.count()).toBe(2);
    await undo(projectId, coderId);
    expect(await db.codings.count()).toBe(0);
  });

  it('creates a code in vivo and applies it in one step', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const { codeId } = await codeInVivo(projectId, { documentId, start: 0, end: 7 }, { name: 'We used', color: '#000000' }, coderId);
    expect((await db.codes.get(codeId))?.name).toBe('We used');
    await undo(projectId, coderId);
    expect(await db.codes.count()).toBe(0);
    expect(await db.segments.count()).toBe(0);
  });
});

describe('undo and redo', () => {
  it('survive closing and reopening the database', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const code = await createCode(projectId, { name: 'Trust', color: '#0072b2' });
    await applyCodes(projectId, { documentId, start: 0, end: 7 }, [code], coderId);
    db = reopen(name, db);
    expect(await historyState(projectId, coderId)).toEqual({ undo: 'Apply code', redo: null });
    expect(await undo(projectId, coderId)).toBe('Apply code');
    expect(await db.codings.count()).toBe(0);
    db = reopen(name, db);
    expect(await redo(projectId, coderId)).toBe('Apply code');
    expect(await db.codings.count()).toBe(1);
    expect(await db.segments.count()).toBe(1);
  });

  it('clears the redo stack on a new action', async () => {
    const { projectId, coderId } = await projectWithDocument();
    await createCode(projectId, { name: 'A', color: '#000000' });
    await undo(projectId, coderId);
    expect((await historyState(projectId, coderId)).redo).toBe('Create code “A”');
    await createCode(projectId, { name: 'B', color: '#000000' });
    expect((await historyState(projectId, coderId)).redo).toBeNull();
    expect(await redo(projectId, coderId)).toBeNull();
  });
});

describe('codebook changes', () => {
  it('renames, recolours, pins and moves codes, refusing cycles and sibling name clashes', async () => {
    const { projectId } = await projectWithDocument();
    const lead = await createCode(projectId, { name: 'Leadership', color: '#000000' });
    const aud = await createCode(projectId, { name: 'Audacious', color: '#111111', parentId: lead });
    await expect(moveCode(projectId, lead, aud)).rejects.toThrow(/inside itself/);
    await expect(createCode(projectId, { name: 'audacious', color: '#000000', parentId: lead })).rejects.toThrow(/already exists/);
    await updateCode(projectId, aud, { name: 'Audacious leadership', color: '#222222' });
    const other = await createCode(projectId, { name: 'Trust', color: '#333333' });
    await pinCode(projectId, aud, 1);
    await pinCode(projectId, other, 1);
    expect((await db.codes.get(aud))?.pinnedKey).toBeNull();
    expect((await db.codes.get(other))?.pinnedKey).toBe(1);
    await moveCode(projectId, aud, null, 0);
    const moved = await db.codes.get(aud);
    expect(moved).toMatchObject({ parentId: null, order: 0, name: 'Audacious leadership', color: '#222222' });
  });

  it('reorders siblings exactly as asked, as one undo step that redoes and survives a reopen', async () => {
    const { projectId, coderId } = await projectWithDocument();
    const ids: string[] = [];
    for (const n of ['Alpha', 'Beta', 'Gamma', 'Delta']) ids.push(await createCode(projectId, { name: n, color: '#000000' }));
    const [alpha, beta, gamma, delta] = ids as [string, string, string, string];
    // Two codes with the same order, as an import or an older version can leave them.
    await db.codes.update(gamma, { order: 1 });
    const topLevel = async () => childrenOf(await db.codes.where('projectId').equals(projectId).toArray(), null).map((x) => x.name);
    expect(await topLevel()).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);

    await moveCode(projectId, delta, null, 1);
    expect(await topLevel()).toEqual(['Alpha', 'Delta', 'Beta', 'Gamma']);
    expect((await db.codes.bulkGet([alpha, delta, beta, gamma])).map((x) => x?.order)).toEqual([0, 1, 2, 3]);
    expect((await historyState(projectId, coderId)).undo).toBe('Move code');

    await undo(projectId, coderId);
    expect(await topLevel()).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
    expect((await db.codes.get(gamma))?.order).toBe(1);
    await redo(projectId, coderId);
    expect(await topLevel()).toEqual(['Alpha', 'Delta', 'Beta', 'Gamma']);

    db = reopen(name, db);
    expect(await topLevel()).toEqual(['Alpha', 'Delta', 'Beta', 'Gamma']);
    await undo(projectId, coderId);
    expect(await topLevel()).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
  });

  it('puts a code moved into another parent at the index asked, and a new code after every sibling', async () => {
    const { projectId } = await projectWithDocument();
    const lead = await createCode(projectId, { name: 'Leadership', color: '#000000' });
    const bold = await createCode(projectId, { name: 'Bold', color: '#000000', parentId: lead });
    await createCode(projectId, { name: 'Quiet', color: '#000000', parentId: lead });
    const trust = await createCode(projectId, { name: 'Trust', color: '#000000' });
    const children = async (parentId: string | null) =>
      childrenOf(await db.codes.where('projectId').equals(projectId).toArray(), parentId).map((x) => x.name);
    await moveCode(projectId, trust, lead, 1);
    expect(await children(lead)).toEqual(['Bold', 'Trust', 'Quiet']);
    // Bold leaves a gap in Leadership's orders (1, 2): a new code must still come last.
    await moveCode(projectId, bold, null, 0);
    await createCode(projectId, { name: 'Pragmatic', color: '#000000', parentId: lead });
    expect(await children(lead)).toEqual(['Trust', 'Quiet', 'Pragmatic']);
    expect(await children(null)).toEqual(['Bold', 'Leadership']);
  });

  it('records nothing for a move that changes nothing, and refuses a bad parent or position', async () => {
    const { projectId, coderId } = await projectWithDocument();
    const a = await createCode(projectId, { name: 'A', color: '#000000' });
    const b = await createCode(projectId, { name: 'B', color: '#000000', parentId: a });
    await moveCode(projectId, a, null, 0);
    expect((await historyState(projectId, coderId)).undo).toBe('Create code “B”');
    await expect(moveCode(projectId, a, 'no-such-code')).rejects.toThrow(/parent code no longer exists/);
    await expect(moveCode(projectId, a, b, 0)).rejects.toThrow(/inside itself/);
    await expect(moveCode(projectId, b, null, 0.5)).rejects.toThrow(/whole number/);
    expect((await db.codes.get(b))?.parentId).toBe(a);
    expect((await historyState(projectId, coderId)).undo).toBe('Create code “B”');
  });

  it('merges two codes: codings move, duplicates fold, sub-codes follow; undo restores', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const a = await createCode(projectId, { name: 'Trust', color: '#000000' });
    const b = await createCode(projectId, { name: 'Confidence', color: '#111111' });
    const child = await createCode(projectId, { name: 'Blind faith', color: '#222222', parentId: b });
    await applyCodes(projectId, { documentId, start: 0, end: 7 }, [a, b], coderId);
    await applyCodes(projectId, { documentId, start: 10, end: 20 }, [b], coderId);
    await mergeCodes(projectId, b, a);
    expect(await db.codes.get(b)).toBeUndefined();
    expect((await db.codes.get(child))?.parentId).toBe(a);
    const codings = await db.codings.toArray();
    expect(codings).toHaveLength(2);
    expect(codings.every((c) => c.codeId === a)).toBe(true);
    await undo(projectId, coderId);
    expect(await db.codings.filter((c) => c.codeId === b).count()).toBe(2);
    expect((await db.codes.get(child))?.parentId).toBe(b);
  });

  it('deletes a code with its sub-codes and codings, reports the count first, and undoes', async () => {
    const { projectId, documentId, coderId } = await projectWithDocument();
    const lead = await createCode(projectId, { name: 'Leadership', color: '#000000' });
    const aud = await createCode(projectId, { name: 'Audacious', color: '#111111', parentId: lead });
    await applyCodes(projectId, { documentId, start: 0, end: 7 }, [aud], coderId);
    expect(await codeDeletionImpact(projectId, lead)).toEqual({ codes: 2, codings: 1, segments: 1 });
    await deleteCode(projectId, lead);
    expect(await db.codes.count()).toBe(0);
    expect(await db.segments.count()).toBe(0);
    await undo(projectId, coderId);
    expect(await db.codes.count()).toBe(2);
    expect(await db.segments.count()).toBe(1);
    expect(await db.codings.count()).toBe(1);
  });
});
