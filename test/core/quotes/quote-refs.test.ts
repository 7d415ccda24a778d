import { describe, expect, it } from 'vitest';
import { assignQuoteRefs, formatQuoteRef } from '../../../src/core/quotes/select';
import { study } from './study';

describe('assignQuoteRefs', () => {
  it('numbers on after the highest existing ref, in document order then position', () => {
    const b = study(); // s1 already has Q0007
    const { segments, assigned } = assignQuoteRefs(b.segments, [], b.documents.map((d) => d.id));
    expect(segments.find((s) => s.id === 's1')?.quoteRef).toBe('Q0007');
    expect(assigned.map((s) => [s.id, s.quoteRef])).toEqual([
      ['s2', 'Q0008'], ['s3', 'Q0009'], ['s4', 'Q0010'], ['s5', 'Q0011'], ['s6', 'Q0012'], ['s7', 'Q0013'], ['s8', 'Q0014'],
    ]);
    expect(b.segments.find((s) => s.id === 's2')?.quoteRef).toBeUndefined();
  });

  it('never changes an existing ref and assigns nothing twice', () => {
    const b = study();
    const first = assignQuoteRefs(b.segments);
    const second = assignQuoteRefs(first.segments);
    expect(second.assigned).toEqual([]);
    expect(second.segments.map((s) => s.quoteRef)).toEqual(first.segments.map((s) => s.quoteRef));
  });

  it('continues after refs held by segments outside the selection', () => {
    const b = study();
    const outside = [{ quoteRef: 'Q0120' }, { quoteRef: 'not-a-ref' }];
    expect(assignQuoteRefs([b.segments[1]!], outside).assigned[0]?.quoteRef).toBe('Q0121');
    expect(formatQuoteRef(12345)).toBe('Q12345');
  });
});
