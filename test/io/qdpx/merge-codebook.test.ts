import { describe, expect, it } from 'vitest';
import type { Code } from '../../../src/core/model';
import { mergeCodebook } from '../../../src/io/qdpx/merge-codebook';
import { readQdc } from '../../../src/io/qdpx/read';
import type { QdpxCode } from '../../../src/io/qdpx/types';
import { writeQdc } from '../../../src/io/qdpx/write';

const EMPTY = { definition: '', whenToUse: '', whenNotToUse: '', example: '' };

function code(id: string, parentId: string | null, name: string, extra: Partial<Code> = {}): Code {
  return { id, projectId: 'p1', parentId, name, color: '#e69f00', description: EMPTY, order: 0, pinnedKey: null, isCodable: true, memo: '', ...extra };
}

function ids() {
  let n = 0;
  return { newId: () => `new-${++n}`, projectId: 'p1' };
}

const existing: Code[] = [
  code('a', null, 'Emotions', { guid: 'AAAAAAAA-0000-4000-8000-000000000001' }),
  code('b', 'a', 'Anger', { memo: 'keep me', description: { ...EMPTY, definition: 'Local definition' } }),
  code('c', 'a', 'Joy', { order: 1 }),
  code('d', null, 'Places'),
];

describe('mergeCodebook', () => {
  it('matches by GUID first, then by name path ignoring case, and adds the rest under the right parent', () => {
    const incoming: QdpxCode[] = [
      { guid: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Feelings', isCodable: false },
      { guid: 'bbbbbbbb-0000-4000-8000-000000000002', name: 'ANGER', parentGuid: 'aaaaaaaa-0000-4000-8000-000000000001', isCodable: true, description: 'Incoming definition' },
      { guid: 'cccccccc-0000-4000-8000-000000000003', name: 'Fear', parentGuid: 'aaaaaaaa-0000-4000-8000-000000000001', isCodable: true, color: '#123456', description: 'Being afraid' },
      { guid: 'dddddddd-0000-4000-8000-000000000004', name: 'Joy', isCodable: true },
    ];
    const result = mergeCodebook(existing, incoming, ids());
    expect(result.matched.map((m) => [m.incoming.name, m.existing.id, m.by])).toEqual([['Feelings', 'a', 'guid'], ['ANGER', 'b', 'name']]);
    expect(result.renamed).toMatchObject([{ from: 'Emotions', to: 'Feelings', applied: true }]);
    // Joy at the top level is not Emotions/Joy: it is added.
    expect(result.added.map((c) => [c.name, c.parentId, c.order, c.color, c.description.definition, c.guid])).toEqual([
      ['Fear', 'a', 2, '#123456', 'Being afraid', 'cccccccc-0000-4000-8000-000000000003'],
      ['Joy', null, 1, '#56b4e9', '', 'dddddddd-0000-4000-8000-000000000004'],
    ]);
    const anger = result.updated.find((c) => c.id === 'b')!;
    expect(anger).toMatchObject({ name: 'Anger', memo: 'keep me', guid: 'bbbbbbbb-0000-4000-8000-000000000002', description: { definition: 'Local definition' } });
    expect(result.updated.find((c) => c.id === 'a')).toMatchObject({ name: 'Feelings', isCodable: true });
    expect(existing[0]!.name).toBe('Emotions');
  });

  it('does not rename onto a sibling\'s name, and reports it', () => {
    const incoming: QdpxCode[] = [{ guid: 'x0000000-0000-4000-8000-000000000001', name: 'places', isCodable: true }];
    const withGuid = [code('a', null, 'Emotions', { guid: 'x0000000-0000-4000-8000-000000000001' }), code('d', null, 'Places')];
    const result = mergeCodebook(withGuid, incoming, ids());
    expect(result.renamed).toMatchObject([{ from: 'Emotions', to: 'places', applied: false }]);
    expect(result.updated).toEqual([]);
  });

  it('merges a codebook exported by Verbatim into the project it came from without adding anything', async () => {
    const withGuids = existing.map((c, i) => ({ ...c, guid: c.guid ?? `0000000${i}-0000-4000-8000-000000000000` }));
    const qdc = await readQdc(writeQdc(withGuids.map((c) => {
      const out: QdpxCode = { guid: c.guid!, name: c.name, isCodable: c.isCodable, color: c.color };
      const parent = withGuids.find((p) => p.id === c.parentId);
      if (parent) out.parentGuid = parent.guid!;
      return out;
    })));
    const result = mergeCodebook(withGuids, qdc.codes!, ids());
    expect(result.added).toEqual([]);
    expect(result.renamed).toEqual([]);
    expect(result.matched.every((m) => m.by === 'guid')).toBe(true);
    expect(result.matched).toHaveLength(4);
  });

  it('survives a parent cycle in the incoming codes', () => {
    const incoming: QdpxCode[] = [
      { guid: 'a', name: 'A', parentGuid: 'b', isCodable: true },
      { guid: 'b', name: 'B', parentGuid: 'a', isCodable: true },
    ];
    const result = mergeCodebook([], incoming, ids());
    expect(result.added.map((c) => c.name).sort()).toEqual(['A', 'B']);
  });
});
