import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../src/core/model';
import { sortParticipants, speakerRows } from '../../../src/features/participants/speaker-rows';
import { participant, PROJECT_ID } from '../../core/quotes/study';

const doc = (id: string, speakers: string[]): DocumentMeta => ({
  id, projectId: PROJECT_ID, title: id, format: 'txt', contentHash: id, importedAt: 0, length: 0, wordCount: 0, speakers, memo: '', participantIds: [],
});

describe('speakerRows', () => {
  const documents = [doc('d1', ['Interviewer', 'Jane', 'Jane']), doc('d2', ['Interviewer', 'RP', ' ']), doc('d3', ['Interviewer', 'Jane', 'jane'])];
  const participants = [participant('p1', 'Jane Smith', 'P01', ['Jane']), participant('p2', 'Rajesh Patel', 'P02', ['RP'])];

  it('lists each label once with the documents it speaks in, most frequent first, then by name', () => {
    const rows = speakerRows(documents, participants, [{ id: 'np', projectId: PROJECT_ID, label: 'Interviewer' }]);
    expect(rows).toEqual([
      { label: 'Interviewer', documentCount: 3, participantId: null, nonParticipant: true },
      { label: 'Jane', documentCount: 2, participantId: 'p1', nonParticipant: false },
      { label: 'jane', documentCount: 1, participantId: null, nonParticipant: false },
      { label: 'RP', documentCount: 1, participantId: 'p2', nonParticipant: false },
    ]);
  });

  it('maps a label claimed by two participants to the first, and lists no blank label', () => {
    const twice = [...participants, participant('p3', 'Other Jane', 'P03', ['Jane'])];
    const rows = speakerRows(documents, twice, []);
    expect(rows.find((r) => r.label === 'Jane')!.participantId).toBe('p1');
    expect(rows.some((r) => r.label.trim() === '')).toBe(false);
  });
});

describe('sortParticipants', () => {
  it('orders by reference numerically (P2 before P10), then by name, without changing the input', () => {
    const input = [participant('a', 'Zed', 'P10'), participant('b', 'Bea', 'P2'), participant('c', 'Al', 'P2'), participant('d', 'Cy', 'P01')];
    expect(sortParticipants(input).map((p) => p.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(input.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
