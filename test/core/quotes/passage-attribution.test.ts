import { describe, expect, it } from 'vitest';
import { publishedAttributions, WITHHELD_ATTRIBUTION } from '../../../src/core/quotes/passage-attribution';
import { selectQuotes } from '../../../src/core/quotes/select';
import type { ProjectBundle } from '../../../src/core/bundle';
import { NAMES, PROJECT_ID, study } from './study';

/** The study with a redacted place in a role, one attribution that would print a name, and an interviewer-only passage. */
function awkwardStudy(): ProjectBundle {
  const b = study();
  b.redactions = [{ id: 'r', projectId: PROJECT_ID, term: 'Melton', replacement: '[district A]', caseSensitive: false, wholeWord: true, createdAt: 0 }];
  b.attributeValues = b.attributeValues.map((v) => {
    if (v.id === 'p1:a-role') return { ...v, value: 'Chief executive, Melton' };
    if (v.id === 'p2:a-role') return { ...v, value: 'Rajesh Patel, health lead' };
    return v;
  });
  const d1 = b.texts.find((t) => t.documentId === 'd1')!;
  const start = d1.text.indexOf('And the members?');
  b.segments.push({ ...b.segments[0]!, id: 's9', start, end: start + 16, quote: 'And the members?', quoteRef: undefined });
  b.codings.push({ ...b.codings[0]!, id: 's9-c', segmentId: 's9', codeId: 'c-lead' });
  b.nonParticipantSpeakers = [{ id: 'np', projectId: PROJECT_ID, label: 'Interviewer' }];
  return b;
}

describe('publishedAttributions', () => {
  it('gives every coded passage the attribution its quote is exported with', () => {
    const b = awkwardStudy();
    const attribution = publishedAttributions(b);
    const rows = selectQuotes(b).rows;
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const segment = b.segments.find((s) => s.id === row.segmentId)!;
      expect(attribution(segment).text, row.segmentId).toBe(row.attribution);
    }
    const texts = rows.map((r) => r.attribution);
    expect(texts).toContain('Chief executive, [district A]');
    expect(texts).toContain('[interviewer]');
    expect(texts).toContain(WITHHELD_ATTRIBUTION);
  });

  it('says why an attribution is withheld without naming anyone, and never prints a name', () => {
    const b = awkwardStudy();
    const attribution = publishedAttributions(b);
    const results = b.segments.map((s) => attribution(s));
    const withheld = results.filter((r) => r.text === WITHHELD_ATTRIBUTION);
    expect(withheld.length).toBeGreaterThan(0);
    for (const r of withheld) expect(r.problem).toContain('P02');
    for (const r of results) for (const name of NAMES) for (const part of name.split(' ')) {
      expect(`${r.text} ${r.problem ?? ''}`).not.toContain(part);
    }
  });
});
