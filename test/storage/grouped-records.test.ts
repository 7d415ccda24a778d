import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GroupedRecords, type DocumentRecord } from '../../src/storage/grouped-records';

const rec = (id: string, documentId: string, extra = 0) => ({ id, projectId: 'p', documentId, extra });

describe('GroupedRecords', () => {
  it('keeps the array of every document a change did not touch', () => {
    const records = new GroupedRecords([rec('a', 'd1'), rec('b', 'd1'), rec('c', 'd2')]);
    const before = records.byDocumentId();
    const d2 = before.get('d2');
    records.put(rec('x', 'd1'));
    const after = records.byDocumentId();
    expect(after).not.toBe(before);
    expect(after.get('d2')).toBe(d2);
    expect(after.get('d1')!.map((r) => r.id)).toEqual(['a', 'b', 'x']);
    expect(records.byDocumentId()).toBe(after);
    expect(records.all().map((r) => r.id)).toEqual(['a', 'b', 'x', 'c']);
  });

  it('moves a record between documents, drops emptied documents and freezes what it hands out', () => {
    const records = new GroupedRecords([rec('a', 'd1'), rec('b', 'd2')]);
    records.put(rec('a', 'd2', 1));
    expect([...records.byDocumentId().keys()]).toEqual(['d2']);
    expect(records.byDocumentId().get('d2')!.map((r) => [r.id, r.extra])).toEqual([['b', 0], ['a', 1]]);
    expect(records.delete('b')).toBe(true);
    expect(records.delete('b')).toBe(false);
    const list = records.all() as unknown as { extra: number }[];
    expect(() => { list[0]!.extra = 5; }).toThrow(TypeError);
    expect(() => (list as unknown[]).push(1)).toThrow(TypeError);
  });

  it('always equals the records it was given, grouped by document, after any puts and deletes', () => {
    const op = fc.oneof(
      fc.record({ put: fc.constant(true as const), id: fc.integer({ min: 0, max: 15 }), doc: fc.integer({ min: 0, max: 4 }) }),
      fc.record({ put: fc.constant(false as const), id: fc.integer({ min: 0, max: 15 }) }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
      const records = new GroupedRecords<DocumentRecord>();
      const truth = new Map<string, DocumentRecord>();
      let previous = records.byDocumentId();
      for (const o of ops) {
        const id = `r${o.id}`;
        const touched = new Set([truth.get(id)?.documentId]);
        if (o.put) { records.put(rec(id, `d${o.doc}`)); truth.set(id, rec(id, `d${o.doc}`)); touched.add(`d${o.doc}`); } else { records.delete(id); truth.delete(id); }
        const now = records.byDocumentId();
        for (const [doc, list] of now) if (!touched.has(doc)) expect(list).toBe(previous.get(doc));
        previous = now;
      }
      const expected = new Map<string, string[]>();
      for (const r of truth.values()) expected.set(r.documentId, [...(expected.get(r.documentId) ?? []), r.id]);
      const got = new Map([...records.byDocumentId()].map(([doc, list]) => [doc, list.map((r) => r.id).sort()]));
      expect(got).toEqual(new Map([...expected].map(([doc, ids]) => [doc, ids.sort()])));
      expect(records.all().map((r) => r.id).sort()).toEqual([...truth.keys()].sort());
    }));
  });
});
