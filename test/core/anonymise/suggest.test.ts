import { describe, expect, it } from 'vitest';
import { suggestRedactions, type RedactionSuggestion } from '../../../src/core/anonymise/suggest';
import { findPatterns } from '../../../src/core/anonymise/patterns';
import { createTermFinder } from '../../../src/core/anonymise/term-finder';
import { nameParts } from '../../../src/core/anonymise/name-rules';
import { PROJECT_ID, study } from '../quotes/study';

const find = (list: RedactionSuggestion[], term: string) => list.find((s) => s.term.toLowerCase() === term.toLowerCase());

describe('suggestRedactions', () => {
  const b = study();
  const result = suggestRedactions(b);
  const text = (documentId: string) => b.texts.find((t) => t.documentId === documentId)!.text;

  it('suggests participant names with where they occur', () => {
    const jane = find(result.suggestions, 'Jane Smith');
    expect(jane?.kind).toBe('participant');
    expect(jane?.count).toBe(1);
    const at = jane!.occurrences[0]!;
    expect(text(at.documentId).slice(at.start, at.end)).toBe('Jane Smith');
    expect(find(result.suggestions, 'Patel')?.kind).toBe('participant');
    expect(find(result.suggestions, 'Mark Ellison')?.count).toBe(0);
  });

  it('suggests non-generic speaker labels but not the interviewer', () => {
    expect(find(result.suggestions, 'Olwen')?.kind).toBe('participant');
    expect(find(result.suggestions, 'RP')?.kind).toBe('speaker');
    expect(find(result.suggestions, 'Interviewer')).toBeUndefined();
    expect(find(result.suggestions, 'Facilitator')).toBeUndefined();
  });

  it('finds places through compromise, and unknown local names as proper nouns', () => {
    expect(find(result.suggestions, 'Leicester')?.kind).toBe('place');
    const melton = find(result.suggestions, 'Melton')!;
    expect(melton.kind).toBe('name');
    const at = melton.occurrences[0]!;
    expect(text(at.documentId).slice(at.start, at.end)).toBe('Melton');
    expect(find(result.suggestions, 'Harborough')?.kind).toBe('name');
  });

  it('finds an e-mail address, a UK phone number, a postcode and a web address', () => {
    expect(find(result.suggestions, 'jane.smith@melton.gov.uk')?.kind).toBe('email');
    expect(find(result.suggestions, '01632 960 123')?.kind).toBe('phone');
    expect(find(result.suggestions, 'SW1A 1AA')?.kind).toBe('postcode');
    expect(find(result.suggestions, 'https://www.melton-harborough.gov.uk/shared')?.kind).toBe('url');
  });

  it('skips terms already in the redaction list, ignoring case', () => {
    const listed = suggestRedactions({ ...b, redactions: [{ term: 'JANE SMITH' }, { term: 'sw1a 1aa' }] }, { useNlp: false });
    expect(find(listed.suggestions, 'Jane Smith')).toBeUndefined();
    expect(find(listed.suggestions, 'SW1A 1AA')).toBeUndefined();
    expect(find(listed.suggestions, 'Smith')).toBeDefined();
  });

  it('dedupes ignoring case and sorts by kind, then count', () => {
    const keys = result.suggestions.map((s) => s.term.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    const order = ['participant', 'speaker', 'person', 'place', 'organisation', 'name', 'email', 'phone', 'postcode', 'url'];
    for (let i = 1; i < result.suggestions.length; i++) {
      const [a, c] = [result.suggestions[i - 1]!, result.suggestions[i]!];
      const byKind = order.indexOf(a.kind) - order.indexOf(c.kind);
      expect(byKind < 0 || (byKind === 0 && a.count >= c.count)).toBe(true);
    }
  });

  it('caps occurrences and the NLP budget, and says so', () => {
    const long = { ...b.texts[0]!, documentId: 'd1', text: 'Jane Smith rang. '.repeat(500) };
    const capped = suggestRedactions({ ...b, texts: [long] }, { maxOccurrences: 10, nlpCharacterBudget: 100 });
    const jane = find(capped.suggestions, 'Jane Smith')!;
    expect(jane.occurrences).toHaveLength(10);
    expect(jane.count).toBe(500);
    expect(capped.complete).toBe(false);
    expect(capped.scannedCharacters).toBeLessThanOrEqual(100);
    expect(result.complete).toBe(true);
  });

  it('ignores the project id in nothing: works on an empty project', () => {
    const empty = suggestRedactions({ documents: [], texts: [], participants: [], redactions: [], nonParticipantSpeakers: [] });
    expect(empty).toEqual({ suggestions: [], complete: true, scannedCharacters: 0 });
    expect(PROJECT_ID).toBe('proj-shared');
  });
});

describe('patterns', () => {
  const kinds = (text: string) => findPatterns(text).map((m) => [m.kind, m.text]);

  it('recognises UK phone number layouts', () => {
    for (const phone of ['01632 960 123', '01632 960123', '0161 496 0000', '020 7946 0000', '07700 900123', '+44 20 7946 0958', '+44 (0)1632 960 123', '(01632) 960123']) {
      expect(kinds(`call ${phone} today`)).toEqual([['phone', phone]]);
    }
    expect(kinds('in 2019 we had 12345 residents')).toEqual([]);
  });

  it('recognises postcodes, e-mails and addresses without trailing punctuation', () => {
    expect(kinds('Write to LE13 0UL or sw1a 1aa.')).toEqual([['postcode', 'LE13 0UL'], ['postcode', 'sw1a 1aa']]);
    expect(kinds('See www.melton.gov.uk.')).toEqual([['url', 'www.melton.gov.uk']]);
    expect(kinds('Mail a.b@x.nhs.uk, thanks')).toEqual([['email', 'a.b@x.nhs.uk']]);
  });
});

describe('nameParts', () => {
  it('keeps the identifying words of a name', () => {
    expect(nameParts('Dr Jane van Dijk')).toEqual(['Jane', 'Dijk']);
    expect(nameParts('Cllr Li Ng')).toEqual(['Li', 'Ng']);
    expect(nameParts('J. R. Hartley')).toEqual(['Hartley']);
  });
});

describe('term finder', () => {
  it('finds many terms whole-word in one pass, plurals and spacing included', () => {
    const finder = createTermFinder(['Jane Smith', 'Melton', 'Smith']);
    const hits = finder('The Meltons and Jane  Smith; Smithson is not; SMITH is.');
    expect(hits.map((h) => [h.term, h.start, h.end])).toEqual([[1, 4, 11], [0, 16, 27], [2, 22, 27], [2, 46, 51]]);
  });
});
