import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '../../../src/core/demo/build-demo';
import { selectQuotes } from '../../../src/core/quotes/select';
import { EMPTY_CHOICE, PREVIEW_LIMIT, previewQuotes, toQuoteFilter } from '../../../src/features/outputs/quote-preview';

function ids() {
  let n = 0;
  return { newId: () => `id-${++n}` };
}

describe('quote preview', () => {
  it('draws the first quotes only, and counts every one the export writes', () => {
    const bundle = buildDemoBundle({ ...ids(), now: 0 });
    // Every passage coded with every code: far more quotes than the preview draws.
    const coderId = bundle.coders[0]!.id;
    let n = 0;
    for (const s of bundle.segments) {
      for (const c of bundle.codes) {
        if (!bundle.codings.some((x) => x.segmentId === s.id && x.codeId === c.id)) {
          bundle.codings.push({ id: `extra-${++n}`, projectId: s.projectId, segmentId: s.id, documentId: s.documentId, codeId: c.id, coderId, createdAt: 0 });
        }
      }
    }
    bundle.redactions.push({ id: 'r1', projectId: bundle.project.id, term: 'council', replacement: '[org]', caseSensitive: false, wholeWord: true, createdAt: 0 });
    const choice = { ...EMPTY_CHOICE, codeIds: new Set(bundle.codes.map((c) => c.id)) };
    const all = selectQuotes(bundle, toQuoteFilter(choice)).rows;
    expect(all.length).toBeGreaterThan(PREVIEW_LIMIT);

    const preview = previewQuotes(bundle, choice);
    expect(preview.rows.map((r) => [r.codeId, r.segmentId])).toEqual(all.slice(0, PREVIEW_LIMIT).map((r) => [r.codeId, r.segmentId]));
    expect(preview.total).toBe(all.length);
    expect(preview.passages).toBe(new Set(all.map((r) => r.segmentId)).size);
    expect(preview.documents).toBe(new Set(all.map((r) => r.documentId)).size);
    expect(preview.rows.some((r) => r.marks.length > 0)).toBe(true);
    const perCode = new Map<string, number>();
    for (const r of all) perCode.set(r.codePath, (perCode.get(r.codePath) ?? 0) + 1);
    expect(preview.countByCode).toEqual(perCode);
  });
});
