import { describe, expect, it } from 'vitest';
import { selectQuotes, WITHHELD_ATTRIBUTION } from '../../../src/core/quotes/select';
import type { RedactionRule } from '../../../src/core/model';
import { NAMES, PROJECT_ID, study } from './study';

const rule = (id: string, term: string, replacement: string): RedactionRule =>
  ({ id, projectId: PROJECT_ID, term, replacement, caseSensitive: false, wholeWord: true, createdAt: 0 });

describe('selectQuotes', () => {
  it('selects a theme with its sub-codes, one row per segment and code, in tree order, then documents by title', () => {
    const { rows } = selectQuotes(study(), { codeIds: ['c-trust'] });
    expect(rows.map((r) => [r.codePath, r.segmentId])).toEqual([
      ['Trust', 's8'],
      ['Trust/Building trust', 's6'], ['Trust/Building trust', 's7'], ['Trust/Building trust', 's1'], ['Trust/Building trust', 's3'],
      ['Trust/Distrust of county', 's2'], ['Trust/Distrust of county', 's4'],
    ]);
  });

  it('selects a code alone without sub-codes, and by document', () => {
    expect(selectQuotes(study(), { codeIds: ['c-trust'], includeSubcodes: false }).rows.map((r) => r.segmentId)).toEqual(['s8']);
    const rows = selectQuotes(study(), { codeIds: ['c-trust'], documentIds: ['d3'] }).rows;
    expect(rows.map((r) => r.segmentId)).toEqual(['s6', 's7']);
  });

  it('gives a segment coded with two selected codes one row per code', () => {
    const rows = selectQuotes(study(), { codeIds: ['c-lead', 'c-trust'] }).rows.filter((r) => r.segmentId === 's6');
    expect(rows.map((r) => r.codePath)).toEqual(['Trust/Building trust', 'Leadership/Audacious leadership']);
    expect(new Set(rows.map((r) => r.quoteRef)).size).toBe(1);
  });

  it('filters by the attribute values of the speakers', () => {
    const county = selectQuotes(study(), { codeIds: ['c-trust'], attributeFilters: [{ attributeId: 'a-type', values: ['county'] }] });
    expect(county.rows.map((r) => r.segmentId)).toEqual(['s4']);
    const district = selectQuotes(study(), { attributeFilters: [{ attributeId: 'a-type', values: ['District'] }] });
    expect(new Set(district.rows.map((r) => r.segmentId))).toEqual(new Set(['s1', 's2', 's3', 's6', 's7']));
  });

  it('attributes by role, listing each speaker of a multi-speaker passage', () => {
    const rows = selectQuotes(study(), { codeIds: ['c-bold'] }).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ attribution: 'District chief executive; District chief executive', participantRef: 'P03; P05' });
    const s4 = selectQuotes(study(), { codeIds: ['c-distrust'] }).rows.find((r) => r.segmentId === 's4');
    expect(s4?.attribution).toBe('County health lead');
  });

  it('redacts quotes with the project list and never lets a participant name through', () => {
    const b = study();
    b.redactions = [rule('r1', 'Melton', '[district A]'), rule('r2', 'Harborough', '[district B]')];
    const { rows } = selectQuotes(b, {});
    const s1 = rows.find((r) => r.segmentId === 's1');
    expect(s1?.quote).toBe('When [district A] and [district B] agreed to share me, trust was the whole thing.');
    const s2 = rows.find((r) => r.segmentId === 's2');
    expect(s2?.quote).toBe('I told [name] at the county that we needed their backing.');
    for (const row of rows) for (const name of NAMES) for (const part of name.split(' ')) expect(`${row.quote} ${row.attribution}`).not.toContain(part);
  });

  it('redacts attributions and code paths with the same list', () => {
    const b = study();
    b.redactions = [rule('r1', 'Melton', '[district A]')];
    b.attributeValues = b.attributeValues.map((v) => (v.id === 'p1:a-role' ? { ...v, value: 'Chief executive, Melton' } : v));
    b.codes = b.codes.map((c) => (c.id === 'c-build' ? { ...c, name: 'Building trust in Melton' } : c));
    const s1 = selectQuotes(b, { codeIds: ['c-build'] }).rows.find((r) => r.segmentId === 's1');
    expect(s1).toMatchObject({ attribution: 'Chief executive, [district A]', codePath: 'Trust/Building trust in [district A]' });
  });

  it('attributes a passage only the interviewer speaks to [interviewer], never their label', () => {
    const b = study();
    const d1 = b.texts.find((t) => t.documentId === 'd1')!;
    const start = d1.text.indexOf('And the members?');
    b.segments.push({ ...b.segments[0]!, id: 's9', start, end: start + 16, quote: 'And the members?', quoteRef: undefined });
    b.codings.push({ ...b.codings[0]!, id: 's9-c', segmentId: 's9', codeId: 'c-lead' });
    b.nonParticipantSpeakers = [{ id: 'np', projectId: PROJECT_ID, label: 'Interviewer' }];
    const row = selectQuotes(b, { codeIds: ['c-lead'] }).rows.find((r) => r.segmentId === 's9');
    expect(row).toMatchObject({ attribution: '[interviewer]', participantRef: '' });
  });

  it('can leave unlisted names to the redaction list alone when asked', () => {
    const rows = selectQuotes(study(), { codeIds: ['c-distrust'], redactParticipantNames: false }).rows;
    expect(rows.find((r) => r.segmentId === 's2')?.quote).toContain('Rajesh Patel');
  });

  it('assigns refs on first export, after the highest existing one, and reports them for saving', () => {
    const selection = selectQuotes(study(), { codeIds: ['c-trust'] });
    expect(selection.rows.find((r) => r.segmentId === 's1')?.quoteRef).toBe('Q0007');
    expect(selection.newlyReferenced.map((s) => [s.id, s.quoteRef])).toEqual([
      // Focus group A, then Interview 1 and 2, then Written answer: documents by title.
      ['s6', 'Q0008'], ['s7', 'Q0009'], ['s2', 'Q0010'], ['s3', 'Q0011'], ['s4', 'Q0012'], ['s8', 'Q0013'],
    ]);
  });

  it('withholds an attribution that would print a name, with a warning that names nobody', () => {
    const b = study();
    b.attributeValues = b.attributeValues.map((v) => (v.id === 'p2:a-role' ? { ...v, value: 'Rajesh Patel, health lead' } : v));
    const selection = selectQuotes(b, { codeIds: ['c-distrust'] });
    expect(selection.rows.find((r) => r.segmentId === 's4')?.attribution).toBe(WITHHELD_ATTRIBUTION);
    expect(selection.warnings).toHaveLength(1);
    expect(selection.warnings[0]).toContain('P02');
    expect(selection.warnings[0]).not.toMatch(/Rajesh|Patel/);
  });
});
