import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignLanes, codedItems, coveredLength, itemsAt, itemsInRange, overlapRuns, type CodedItem } from '../../../src/core/spans/coded-spans';
import type { Coding, Segment } from '../../../src/core/model';

const seg = (id: string, start: number, end: number): Segment => ({
  id, projectId: 'p', documentId: 'd', coderId: 'me', start, end, quote: '', prefix: '', suffix: '', memo: '', createdAt: 0,
});
const coding = (id: string, segmentId: string, codeId: string): Coding => ({ id, projectId: 'p', segmentId, documentId: 'd', codeId, coderId: 'me', createdAt: 0 });
const item = (start: number, end: number, codeId = 'a'): CodedItem => ({ segmentId: `${start}`, codingId: `${start}-${codeId}`, codeId, coderId: 'me', start, end });

describe('coded spans', () => {
  it('joins segments and codings, sorted, ignoring orphans', () => {
    const items = codedItems([seg('s2', 10, 20), seg('s1', 0, 5)], [coding('c1', 's2', 'x'), coding('c2', 's1', 'y'), coding('c3', 'gone', 'z')]);
    expect(items.map((i) => i.codingId)).toEqual(['c2', 'c1']);
  });

  it('finds items in a window and at a point', () => {
    const items = [item(0, 10), item(5, 15, 'b'), item(20, 30)];
    expect(itemsInRange(items, 9, 21)).toHaveLength(3);
    expect(itemsInRange(items, 15, 20)).toHaveLength(0);
    expect(itemsAt(items, 7).map((i) => i.codeId)).toEqual(['a', 'b']);
    expect(itemsAt(items, 15)).toHaveLength(0);
  });

  it('reports overlaps of distinct codes with their count', () => {
    const runs = overlapRuns([item(0, 10, 'a'), item(5, 15, 'b'), item(6, 8, 'c'), item(20, 30, 'a')]);
    expect(runs).toEqual([{ start: 5, end: 6, count: 2 }, { start: 6, end: 8, count: 3 }, { start: 8, end: 10, count: 2 }]);
  });

  it('never puts overlapping items in one lane, and uses as many lanes as the deepest overlap', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(500), fc.integer({ min: 1, max: 80 })), { maxLength: 60 }), (pairs) => {
      const items = pairs.map(([s, len], i) => item(s, s + len, `c${i}`)).sort((a, b) => a.start - b.start);
      const { lanes, laneCount } = assignLanes(items);
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const overlap = items[i]!.start < items[j]!.end && items[j]!.start < items[i]!.end;
          if (overlap) expect(lanes[i]).not.toBe(lanes[j]);
        }
      }
      let depth = 0;
      for (const p of items) depth = Math.max(depth, items.filter((q) => q.start <= p.start && p.start < q.end).length);
      expect(laneCount).toBe(depth);
    }));
  });

  it('measures covered text without double counting overlaps', () => {
    expect(coveredLength([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 20, end: 25 }])).toBe(20);
    expect(coveredLength([])).toBe(0);
  });
});
