import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { SEGMENT_COLUMNS, segmentsCsv, segmentsFileName } from '../../../src/io/csv/segments-csv';
import { study } from '../../core/quotes/study';

describe('segmentsCsv', () => {
  const b = study();
  const parsed = Papa.parse<Record<(typeof SEGMENT_COLUMNS)[number], string>>(segmentsCsv(b), { header: true, skipEmptyLines: true });

  it('lists every coding with document, speaker, code path, offsets, quote, memo and coder', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['document_title', 'speaker', 'code_path', 'start', 'end', 'quote', 'memo', 'coder']);
    expect(parsed.data).toHaveLength(b.codings.length);
    const s2 = b.segments.find((s) => s.id === 's2')!;
    expect(parsed.data.find((r) => r.code_path === 'Trust/Distrust of county' && r.document_title === 'Interview 1')).toEqual({
      document_title: 'Interview 1', speaker: 'Jane Smith', code_path: 'Trust/Distrust of county',
      start: String(s2.start), end: String(s2.end), quote: s2.quote, memo: '', coder: 'Dr Amara Lewis',
    });
  });

  it('is not anonymised and says so in its file name', () => {
    expect(parsed.data.some((r) => r.quote.includes('Rajesh Patel'))).toBe(true);
    expect(segmentsFileName()).toMatch(/NOT-ANONYMISED/);
  });

  it('orders by document (project order, by title) then position, and lists every speaker of a passage', () => {
    const order = ['Focus group A', 'Interview 1', 'Interview 2', 'Written answer']; // project order: by title
    const ranks = parsed.data.map((r) => order.indexOf(r.document_title));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    const starts = parsed.data.filter((r) => r.document_title === 'Interview 1').map((r) => Number(r.start));
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(parsed.data.find((r) => r.code_path === 'Leadership/Audacious leadership')?.speaker).toBe('Olwen; Grace');
    expect(parsed.data.filter((r) => r.quote === 'Trust took two years.').map((r) => r.coder)).toEqual(['Dr Amara Lewis', 'coder-2']);
  });
});
