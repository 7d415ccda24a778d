import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../src/core/model';
import {
  EMPTY_FILTER, NO_SPEAKER, buildSegmentRows, describeSegmentCount, filterSegmentRows, isFiltered, isSegmentColumn,
  reconcileFilter,
  sortSegmentRows, speakerAt, speakerChoices, type SegmentRowSources,
} from '../../../src/core/search/segment-rows';
import { code, coder, coding, documentMeta, segment } from './records';

const turns: Turn[] = [
  { start: 0, end: 20, speaker: 'Interviewer' },
  { start: 22, end: 80, speaker: 'Aroha' },
  { start: 82, end: 120, speaker: null },
];

function sources(): SegmentRowSources {
  return {
    documents: [documentMeta('d2', 'Interview 10'), documentMeta('d1', 'Interview 2')],
    codes: [
      code('lead', 'Leadership', null, { isCodable: false }),
      code('aud', 'Audacious leadership', 'lead'),
      code('trust', 'Trust'),
    ],
    coders: [coder('me', 'You'), coder('ana', 'Ana')],
    segments: [
      segment('s1', 'd1', 30, 40, 'we trusted', 'key moment'),
      segment('s2', 'd1', 5, 12, 'so tell'),
      segment('s3', 'd2', 90, 100, 'bold moves'),
      segment('s4', 'd2', 21, 25, 'Zed'),
      segment('orphan', 'deleted-doc', 0, 3, 'gone'),
    ],
    codings: [
      coding('k1', 's1', 'trust'),
      coding('k2', 's1', 'aud', 'ana'),
      coding('k3', 's2', 'trust'),
      coding('k4', 's3', 'aud'),
      coding('k5', 's4', 'trust', 'nobody'),
      coding('k6', 'orphan', 'trust'),
      coding('k7', 's2', 'deleted-code'),
      coding('k8', 'missing-segment', 'trust'),
    ],
    turns: new Map([['d1', turns], ['d2', turns]]),
  };
}

describe('speakerAt', () => {
  it('finds the turn a passage starts in, a separator belonging to the turn before', () => {
    expect(speakerAt(turns, 0)).toBe('Interviewer');
    expect(speakerAt(turns, 19)).toBe('Interviewer');
    expect(speakerAt(turns, 21)).toBe('Interviewer');
    expect(speakerAt(turns, 22)).toBe('Aroha');
    expect(speakerAt(turns, 100)).toBeNull();
    expect(speakerAt([], 5)).toBeNull();
    expect(speakerAt(undefined, 5)).toBeNull();
    expect(speakerAt([{ start: 10, end: 20, speaker: 'A' }], 3)).toBeNull();
  });
});

describe('buildSegmentRows', () => {
  it('makes one row per coding whose segment, code and document exist', () => {
    const rows = buildSegmentRows(sources());
    expect(rows.map((r) => r.codingId).sort()).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
    const k2 = rows.find((r) => r.codingId === 'k2')!;
    expect(k2).toMatchObject({
      segmentId: 's1', documentId: 'd1', documentTitle: 'Interview 2', documentOrder: 1, start: 30, end: 40,
      quote: 'we trusted', codePath: 'Leadership/Audacious leadership', speaker: 'Aroha', coderName: 'Ana', memo: 'key moment',
    });
    expect(rows.find((r) => r.codingId === 'k4')!.speaker).toBeNull();
    expect(rows.find((r) => r.codingId === 'k5')!.coderName).toBe('Unknown coder');
  });

  it('attributes each row as its quote is published, once per segment, and finds rows by it', () => {
    const asked: string[] = [];
    const attributionOf = (segment: { id: string }) => { asked.push(segment.id); return segment.id === 's1' ? 'Chief executive' : '[speaker?]'; };
    const rows = buildSegmentRows({ ...sources(), attributionOf });
    expect(rows.filter((r) => r.segmentId === 's1').map((r) => r.attribution)).toEqual(['Chief executive', 'Chief executive']);
    expect(new Set(asked).size).toBe(asked.length);
    const found = filterSegmentRows(rows, { ...EMPTY_FILTER, text: 'chief executive' }, sources().codes);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.segmentId === 's1')).toBe(true);
    expect(buildSegmentRows(sources()).every((r) => r.attribution === '')).toBe(true);
  });

  it('leaves the speaker empty for documents whose turns are not known', () => {
    const rows = buildSegmentRows({ ...sources(), turns: new Map() });
    expect(rows.every((r) => r.speaker === null)).toBe(true);
  });
});

describe('filterSegmentRows', () => {
  const src = sources();
  const rows = buildSegmentRows(src);
  const ids = (filter: Partial<typeof EMPTY_FILTER>) =>
    filterSegmentRows(rows, { ...EMPTY_FILTER, ...filter }, src.codes).map((r) => r.codingId).sort();

  it('keeps every row with no filter', () => {
    expect(ids({})).toHaveLength(rows.length);
  });

  it('filters by code, with or without sub-codes', () => {
    expect(ids({ codeId: 'lead', includeSubcodes: true })).toEqual(['k2', 'k4']);
    expect(ids({ codeId: 'lead', includeSubcodes: false })).toEqual([]);
    expect(ids({ codeId: 'aud', includeSubcodes: false })).toEqual(['k2', 'k4']);
    expect(ids({ codeId: 'unknown' })).toEqual([]);
  });

  it('filters by document and by speaker, including passages without one', () => {
    expect(ids({ documentId: 'd2' })).toEqual(['k4', 'k5']);
    expect(ids({ speaker: 'Aroha' })).toEqual(['k1', 'k2']);
    expect(ids({ speaker: 'Interviewer' })).toEqual(['k3', 'k5']);
    expect(ids({ speaker: NO_SPEAKER })).toEqual(['k4']);
    expect(ids({ speaker: 'Aroha', documentId: 'd1', codeId: 'trust' })).toEqual(['k1']);
  });

  it('matches every term of the text filter in any shown column, ignoring case', () => {
    expect(ids({ text: 'TRUSTED' })).toEqual(['k1', 'k2']);
    expect(ids({ text: 'audacious moves' })).toEqual(['k4']);
    expect(ids({ text: 'interview 10' })).toEqual(['k4', 'k5']);
    expect(ids({ text: 'key' })).toEqual(['k1', 'k2']);
    expect(ids({ text: 'ana' })).toEqual(['k2']);
    expect(ids({ text: '  ' })).toHaveLength(rows.length);
    expect(ids({ text: 'nowhere' })).toEqual([]);
  });
});

describe('sortSegmentRows', () => {
  const rows = buildSegmentRows(sources());
  const order = (sort: Parameters<typeof sortSegmentRows>[1]) => sortSegmentRows(rows, sort).map((r) => r.codingId);

  it('defaults to document-list order, then position, then code path', () => {
    expect(order(null)).toEqual(['k5', 'k4', 'k3', 'k2', 'k1']);
  });

  it('sorts by a column in either direction, numbers in titles numerically', () => {
    expect(order({ id: 'document', desc: false })).toEqual(['k3', 'k2', 'k1', 'k5', 'k4']);
    expect(order({ id: 'document', desc: true })).toEqual(['k5', 'k4', 'k3', 'k2', 'k1']);
    expect(order({ id: 'quote', desc: false }).map((id) => rows.find((r) => r.codingId === id)!.quote))
      .toEqual(['bold moves', 'so tell', 'we trusted', 'we trusted', 'Zed']);
    expect(order({ id: 'coder', desc: false })).toEqual(['k2', 'k5', 'k4', 'k3', 'k1']);
  });

  it('puts blank values last whichever the direction', () => {
    expect(order({ id: 'memo', desc: false }).slice(0, 2).sort()).toEqual(['k1', 'k2']);
    expect(order({ id: 'memo', desc: true }).slice(0, 2).sort()).toEqual(['k1', 'k2']);
    expect(order({ id: 'speaker', desc: true }).at(-1)).toBe('k4');
    expect(order({ id: 'speaker', desc: false }).at(-1)).toBe('k4');
  });

  it('does not change the rows it is given', () => {
    const before = rows.map((r) => r.codingId);
    sortSegmentRows(rows, { id: 'quote', desc: true });
    expect(rows.map((r) => r.codingId)).toEqual(before);
  });
});

describe('table helpers', () => {
  it('lists speakers sorted, with "no speaker" last', () => {
    expect(speakerChoices(buildSegmentRows(sources()))).toEqual(['Aroha', 'Interviewer', NO_SPEAKER]);
  });

  it('counts rows in words and recognises column ids', () => {
    expect(describeSegmentCount(12, 3400)).toBe('12 of 3,400 coded segments');
    expect(describeSegmentCount(1, 1)).toBe('1 of 1 coded segment');
    expect(isSegmentColumn('quote')).toBe(true);
    expect(isSegmentColumn('start')).toBe(false);
  });
});

describe('at scale', () => {
  it('builds, filters and sorts 50,000 rows quickly', () => {
    const documents = Array.from({ length: 200 }, (_, i) => documentMeta(`d${i}`, `Interview ${i}`));
    const codes = Array.from({ length: 100 }, (_, i) => code(`c${i}`, `Code ${i}`, i < 10 ? null : `c${i % 10}`));
    const segments = Array.from({ length: 25_000 }, (_, i) =>
      segment(`s${i}`, `d${i % 200}`, i * 3, i * 3 + 40, `quote number ${i} about things ${i % 97}`, i % 5 ? '' : `memo ${i}`));
    const codings = Array.from({ length: 50_000 }, (_, i) => coding(`k${i}`, `s${i % 25_000}`, `c${i % 100}`));
    const manyTurns = Array.from({ length: 1000 }, (_, i) => ({ start: i * 100, end: i * 100 + 98, speaker: `P${i % 7}` }));
    const rows = buildSegmentRows({
      documents, codes, segments, codings, coders: [coder('me', 'You')],
      turns: new Map(documents.map((d) => [d.id, manyTurns])),
    });
    const sorted = sortSegmentRows(rows, { id: 'quote', desc: false });
    const filtered = filterSegmentRows(sorted, { ...EMPTY_FILTER, codeId: 'c3', text: 'things 4' }, codes);
    expect(rows).toHaveLength(50_000);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((r) => ['c3', ...Array.from({ length: 9 }, (_, i) => `c${(i + 1) * 10 + 3}`)].includes(r.codeId))).toBe(true);
  });
});

describe('reconcileFilter and isFiltered', () => {
  const known = { codeIds: new Set(['trust']), documentIds: new Set(['d1']), speakers: ['Aroha', NO_SPEAKER] };

  it('keeps a filter whose choices all exist, as the same object', () => {
    const filter = { ...EMPTY_FILTER, codeId: 'trust', documentId: 'd1', speaker: NO_SPEAKER };
    expect(reconcileFilter(filter, known)).toBe(filter);
    expect(reconcileFilter(EMPTY_FILTER, known)).toBe(EMPTY_FILTER);
  });

  it('resets choices that no longer exist to "any", keeping the rest', () => {
    const filter = { ...EMPTY_FILTER, codeId: 'gone', documentId: 'd1', speaker: 'Nobody', text: 'x' };
    expect(reconcileFilter(filter, known)).toEqual({ ...filter, codeId: null, speaker: null });
  });

  it('tells whether anything narrows the rows', () => {
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, text: '  ' })).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, text: 'a' })).toBe(true);
    expect(isFiltered({ ...EMPTY_FILTER, speaker: NO_SPEAKER })).toBe(true);
    expect(isFiltered({ ...EMPTY_FILTER, includeSubcodes: false })).toBe(false);
  });
});
