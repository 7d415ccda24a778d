import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { quotesCsv } from '../../../src/io/csv/quotes-csv';
import { selectQuotes, type QuoteRow } from '../../../src/core/quotes/select';
import type { RedactionRule } from '../../../src/core/model';
import { NAMES, PROJECT_ID, study } from '../../core/quotes/study';

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('quotesCsv', () => {
  const b = study();
  b.redactions = [{ id: 'r1', projectId: PROJECT_ID, term: 'Melton', replacement: '[district A]', caseSensitive: false, wholeWord: true, createdAt: 0 }] satisfies RedactionRule[];
  const { rows } = selectQuotes(b, {});

  it('has exactly the four columns, and reads back row for row', () => {
    const parsed = parse(quotesCsv(rows));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['quote_id', 'code_path', 'quote', 'attribution']);
    expect(parsed.data).toHaveLength(rows.length);
    expect(parsed.data[0]).toEqual({ quote_id: rows[0]!.quoteRef, code_path: rows[0]!.codePath, quote: rows[0]!.quote, attribution: rows[0]!.attribution });
  });

  it('adds participant_ref last only when asked', () => {
    const parsed = parse(quotesCsv(rows, { includeParticipantRef: true }));
    expect(parsed.meta.fields).toEqual(['quote_id', 'code_path', 'quote', 'attribution', 'participant_ref']);
    expect(parsed.data.find((r) => r.quote_id === rows.find((x) => x.segmentId === 's6')?.quoteRef)?.participant_ref).toBe('P03; P05');
  });

  it('contains no participant name anywhere', () => {
    const csv = quotesCsv(rows, { includeParticipantRef: true });
    for (const name of NAMES) for (const part of name.split(' ')) expect(csv).not.toContain(part);
    expect(csv).toContain('[district A]');
    expect(csv).toContain('[name]');
  });

  it('neutralises a quote that starts like a formula', () => {
    const row: QuoteRow = { quoteRef: 'Q0001', codeId: 'c', codePath: '=cmd', segmentId: 's', documentId: 'd', quote: '-2 councils merged', attribution: '@role', participantRef: '' };
    expect(parse(quotesCsv([row])).data[0]).toEqual({ quote_id: 'Q0001', code_path: "'=cmd", quote: "'-2 councils merged", attribution: "'@role" });
  });
});
