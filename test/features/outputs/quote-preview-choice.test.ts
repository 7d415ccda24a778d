import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/core/anonymise/redact';
import { outputRules } from '../../../src/core/anonymise/name-rules';
import type { RedactionRule } from '../../../src/core/model';
import { selectQuotes } from '../../../src/core/quotes/select';
import { EMPTY_CHOICE, markedRuns, previewQuotes, toQuoteFilter, type QuoteChoice } from '../../../src/features/outputs/quote-preview';
import { demoBundle } from '../demo-bundle';

const bundle = demoBundle();
const codeNamed = (name: string) => bundle.codes.find((c) => c.name === name)!;

describe('toQuoteFilter', () => {
  it('passes the chosen codes and documents on, and drops attributes with no value chosen', () => {
    const choice: QuoteChoice = {
      codeIds: new Set(['c1', 'c2']), includeSubcodes: false, documentIds: new Set(['d1']),
      attributeValues: new Map([['a1', new Set(['District', 'County'])], ['a2', new Set()]]),
    };
    expect(toQuoteFilter(choice)).toEqual({
      codeIds: ['c1', 'c2'], includeSubcodes: false, documentIds: ['d1'],
      attributeFilters: [{ attributeId: 'a1', values: ['District', 'County'] }],
    });
  });
});

describe('previewQuotes', () => {
  const trust = codeNamed('Trust');
  const choice: QuoteChoice = { ...EMPTY_CHOICE, codeIds: new Set([trust.id]) };

  it('shows exactly the rows the export selects, with passage and document counts', () => {
    const preview = previewQuotes(bundle, choice);
    const exported = selectQuotes(bundle, toQuoteFilter(choice));
    expect(preview.rows.map(({ marks: _marks, ...row }) => row)).toEqual(exported.rows);
    expect(preview.rows.length).toBeGreaterThan(0);
    expect(preview.passages).toBe(new Set(exported.rows.map((r) => r.segmentId)).size);
    expect(preview.documents).toBe(new Set(exported.rows.map((r) => r.documentId)).size);
    expect(preview.warnings).toEqual(exported.warnings);
  });

  it('marks each replacement where the redacted quote has it', () => {
    const segment = bundle.segments.find((s) => bundle.codings.some((c) => c.segmentId === s.id && c.codeId === trust.id))!;
    const word = segment.quote.match(/\p{L}{5,}/u)![0];
    const rule: RedactionRule = { id: 'r1', projectId: bundle.project.id, term: word, replacement: '[term]', caseSensitive: false, wholeWord: true, createdAt: 0 };
    const redacted = { ...bundle, redactions: [rule] };
    const preview = previewQuotes(redacted, choice);
    const row = preview.rows.find((r) => r.segmentId === segment.id)!;
    const expected = createRedactor(outputRules([rule], bundle.participants))(segment.quote);
    expect(row.quote).toBe(expected.text);
    expect(row.marks).toEqual(expected.marks);
    expect(row.marks.some((m) => row.quote.slice(m.start, m.end) === '[term]')).toBe(true);
  });

  it('quotes every coded passage of every document when nothing is chosen', () => {
    const preview = previewQuotes(bundle, EMPTY_CHOICE);
    expect(preview.passages).toBe(new Set(bundle.codings.map((c) => c.segmentId)).size);
    expect(preview.documents).toBe(bundle.documents.length);
  });
});

describe('markedRuns', () => {
  it('cuts the text into plain and marked runs that join back to it', () => {
    const text = 'I met [name] in [town] last year';
    const marks = [{ start: 6, end: 12, ruleId: 'a' }, { start: 16, end: 22, ruleId: 'b' }];
    const runs = markedRuns(text, marks);
    expect(runs).toEqual([
      { text: 'I met ', marked: false }, { text: '[name]', marked: true }, { text: ' in ', marked: false },
      { text: '[town]', marked: true }, { text: ' last year', marked: false },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('handles marks at both ends and no marks', () => {
    expect(markedRuns('[a] b [c]', [{ start: 0, end: 3, ruleId: 'x' }, { start: 6, end: 9, ruleId: 'y' }]))
      .toEqual([{ text: '[a]', marked: true }, { text: ' b ', marked: false }, { text: '[c]', marked: true }]);
    expect(markedRuns('plain', [])).toEqual([{ text: 'plain', marked: false }]);
    expect(markedRuns('', [])).toEqual([]);
  });
});
