import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/core/search/find';
import {
  codeButtonLabel, codedMessage, describeHitCount, groupHits, hitKey, oneLine, orderTexts, selectedRanges,
} from '../../../src/core/search/hits';
import { documentMeta } from './records';

function hit(documentId: string, start: number, end = start + 1): SearchHit {
  return { documentId, start, end, before: '', match: 'x'.repeat(end - start), after: '' };
}

describe('search hits for display', () => {
  it('orders texts like the document list, unknown documents last', () => {
    const docs = [documentMeta('b', 'B'), documentMeta('a', 'A')];
    const texts = [{ documentId: 'z', text: '' }, { documentId: 'a', text: '' }, { documentId: 'b', text: '' }];
    expect(orderTexts(texts, docs).map((t) => t.documentId)).toEqual(['b', 'a', 'z']);
  });

  it('groups hits by document in order of first hit, with titles', () => {
    const groups = groupHits([hit('b', 1), hit('b', 5), hit('a', 2), hit('gone', 0)], [documentMeta('a', 'Alice'), documentMeta('b', 'Bob')]);
    expect(groups.map((g) => [g.title, g.hits.map((h) => h.start)])).toEqual([
      ['Bob', [1, 5]], ['Alice', [2]], ['Untitled document', [0]],
    ]);
  });

  it('describes counts in words', () => {
    expect(describeHitCount(0, 0)).toBe('No hits');
    expect(describeHitCount(0, 0, true)).toBe('No hits found before the search was stopped; try a simpler pattern');
    expect(describeHitCount(1, 1)).toBe('1 hit in 1 document');
    expect(describeHitCount(37, 4)).toBe('37 hits in 4 documents');
    expect(describeHitCount(5000, 12, true)).toBe('5,000 hits in 12 documents (search stopped early; there may be more)');
    expect(codeButtonLabel(1)).toBe('Code 1 selected passage');
    expect(codeButtonLabel(12)).toBe('Code 12 selected passages');
    expect(codedMessage(3, 'Leadership/Trust')).toBe('Coded 3 passages with Leadership/Trust');
    expect(codedMessage(1, 'Trust')).toBe('Coded 1 passage with Trust');
  });

  it('turns the checked hits into ranges to code', () => {
    const hits = [hit('a', 0, 3), hit('a', 10, 12), hit('b', 4, 9)];
    expect(selectedRanges(hits, new Set())).toEqual([
      { documentId: 'a', start: 0, end: 3 }, { documentId: 'a', start: 10, end: 12 }, { documentId: 'b', start: 4, end: 9 },
    ]);
    expect(selectedRanges(hits, new Set([hitKey(hits[1]!)]))).toEqual([
      { documentId: 'a', start: 0, end: 3 }, { documentId: 'b', start: 4, end: 9 },
    ]);
    expect(selectedRanges(hits, new Set(hits.map(hitKey)))).toEqual([]);
    expect(hitKey(hits[0]!)).not.toBe(hitKey(hits[1]!));
  });

  it('shows context on one line, keeping the space next to the match', () => {
    expect(oneLine('tight.\n\nLine two about ')).toBe('tight. Line two about ');
    expect(oneLine(' a\t b ')).toBe(' a b ');
  });
});
