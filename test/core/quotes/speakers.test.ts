import { describe, expect, it } from 'vitest';
import { speakerParticipants } from '../../../src/core/quotes/attribution';
import { participant, segment, study, transcript } from './study';

describe('speakerParticipants', () => {
  const b = study();
  const doc = (id: string) => ({ meta: b.documents.find((d) => d.id === id)!, text: b.texts.find((t) => t.documentId === id)! });
  const ids = (id: string, quote: string, until?: string) => {
    const { meta, text } = doc(id);
    return speakerParticipants(segment('x', text, quote, until), text, meta, b.participants, b.nonParticipantSpeakers).map((p) => p.id);
  };

  it('names the speaker of a passage by speaker label', () => {
    expect(ids('d1', 'Trust took two years.')).toEqual(['p1']);
    expect(ids('d3', 'Audacious leadership')).toEqual(['p3']);
  });

  it('lists each speaker of a passage spanning turns, in order, without the facilitator', () => {
    expect(ids('d3', 'What made the partnership work?', 'Without it nothing moves.')).toEqual(['p3', 'p5']);
  });

  it('names nobody for an interviewer-only passage', () => {
    expect(ids('d1', 'And the members?')).toEqual([]);
  });

  it('uses the only participant when the document has no speaker mapping', () => {
    expect(ids('d4', 'ring-fenced')).toEqual(['p4']);
    const unmapped = transcript('d9', 'Unmapped', [['Interviewer', 'Go on.'], ['Speaker B', 'We shared a finance team.']], ['p4']);
    const found = speakerParticipants(segment('y', unmapped.text, 'We shared'), unmapped.text, unmapped.meta, b.participants, b.nonParticipantSpeakers);
    expect(found.map((p) => p.id)).toEqual(['p4']);
  });

  it('names nobody in a multi-participant document without mapping', () => {
    const group = transcript('d8', 'Unlabelled group', [[null, 'We all agreed on the merger.']], ['p3', 'p5']);
    expect(speakerParticipants(segment('z', group.text, 'We all'), group.text, group.meta, b.participants, b.nonParticipantSpeakers)).toEqual([]);
  });

  it('does not map a label shared by two of the document participants', () => {
    const ps = [participant('a', 'Ann Lee', 'P10', ['Respondent']), participant('c', 'Cal Roe', 'P11', ['Respondent'])];
    const group = transcript('d7', 'Ambiguous', [['Respondent', 'It worked.']], ['a', 'c']);
    expect(speakerParticipants(segment('w', group.text, 'It worked.'), group.text, group.meta, ps, [])).toEqual([]);
  });
});
