import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containsTerm, redact, validateRule, type RedactionRuleLike } from '../../../src/core/anonymise/redact';

const rule = (id: string, term: string, replacement: string, extra: Partial<RedactionRuleLike> = {}): RedactionRuleLike =>
  ({ id, term, replacement, caseSensitive: false, wholeWord: true, ...extra });

const ceo = rule('r-ceo', 'Jane Smith', '[chief executive]');
const town = rule('r-town', 'Melton', '[town]');

describe('redact', () => {
  it('replaces whole words ignoring case', () => {
    expect(redact('I met jane smith and JANE SMITH.', [ceo]).text).toBe('I met [chief executive] and [chief executive].');
    expect(redact('Meltonian pride, Smelton', [town]).text).toBe('Meltonian pride, Smelton');
  });

  it('keeps possessives and plurals after the replacement', () => {
    expect(redact("Jane Smith's team", [ceo]).text).toBe("[chief executive]'s team");
    expect(redact('Jane Smith’s team', [ceo]).text).toBe('[chief executive]’s team');
    expect(redact('both Meltons, the Meltons’ view', [town]).text).toBe('both [town]s, the [town]s’ view');
  });

  it('matches across line breaks and curly apostrophes in the text', () => {
    expect(redact('said Jane\nSmith', [ceo]).text).toBe('said [chief executive]');
    expect(redact('Mr O’Brien agreed', [rule('r', "O'Brien", '[leader]')]).text).toBe('Mr [leader] agreed');
  });

  it('honours case-sensitive and part-word rules', () => {
    expect(redact('Will said we will', [rule('r', 'Will', '[name]', { caseSensitive: true })]).text).toBe('[name] said we will');
    expect(redact('MeltonCare', [rule('r', 'Melton', '[town]', { wholeWord: false })]).text).toBe('[town]Care');
  });

  it('treats an underscore as a boundary, so names inside e-mail addresses go too', () => {
    expect(redact('jane_smith@melton.gov.uk', [rule('s', 'Smith', '[surname]'), town]).text).toBe('jane_[surname]@[town].gov.uk');
  });

  it('uses Unicode word boundaries', () => {
    const r = rule('r', 'Siân', '[name]');
    expect(redact('Siân, Siânwen and émile', [r]).text).toBe('[name], Siânwen and émile');
    expect(redact('Zoë said', [rule('z', 'Zoë', '[name]')]).text).toBe('[name] said');
  });

  it('still applies rules skipped by the fast word pre-check wherever the matcher would match', () => {
    // Unicode case folding makes the long s match "s" and the Kelvin sign match "k".
    expect(redact('Maſon and \u212Aent', [rule('m', 'Mason', '[name]'), rule('k', 'Kent', '[county]')]).text).toBe('[name] and [county]');
    const many = Array.from({ length: 300 }, (_, i) => rule(`n${i}`, `Person${i} Surname`, `[p${i}]`));
    expect(redact('met person299 surname and PERSON7  Surname', many).text).toBe('met [p299] and [p7]');
  });

  it('prefers the longest term and never overlaps replacements', () => {
    const rules = [rule('short', 'Jane', '[first name]'), ceo, rule('inner', 'Smith', '[surname]')];
    const out = redact('Jane Smith met Jane and Mrs Smith', rules);
    expect(out.text).toBe('[chief executive] met [first name] and Mrs [surname]');
    expect(out.marks.map((m) => m.ruleId)).toEqual(['r-ceo', 'short', 'inner']);
  });

  it('reports marks in the output text', () => {
    const out = redact("Ask Jane Smith's office in Melton.", [ceo, town]);
    expect(out.marks).toHaveLength(2);
    for (const m of out.marks) expect(out.text.slice(m.start, m.end)).toMatch(/^\[(chief executive|town)\]$/);
    expect(out.marks[0]).toEqual({ start: 4, end: 21, ruleId: 'r-ceo' });
  });

  it('leaves text without matches alone and ignores unusable rules', () => {
    expect(redact('Nothing here', [ceo, rule('bad', ' ', '[x]'), rule('x', 'a', '[x]')])).toEqual({ text: 'Nothing here', marks: [] });
  });

  it('finds occurrences that overlap another occurrence of the same term', () => {
    // "é é" first matches at 3, overlapping "a’é"; the later "é É" must still be found.
    expect(redact(' a’é é É ', [rule('r0', 'a’é', '[0]'), rule('r1', 'é É', '[1]')]).text).toBe(' [0] [1] ');
  });

  it('looks again where a replacement completes a word boundary', () => {
    // "s’x" is glued to "Melton" until "Melton" becomes "[town]".
    expect(redact('Meltons’x', [town, rule('s', 's’x', '[s]')]).text).toBe('[town][s]');
  });

  it('never leaves a term in the output (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 's', 'e', 'é', 'É', 'A', ' ', "'", '’'), minLength: 2, maxLength: 6 })
      .filter((t) => /[a-zé]/i.test(t) && [...t.trim()].length >= 2);
    const filler = fc.array(fc.oneof(word, fc.constantFrom(' ', ', ', "'s ", 's ', '\n', '-', '_', 'es')), { maxLength: 30 });
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), filler, fc.boolean(), (terms, parts, caseSensitive) => {
      const rules = terms.map((t, i) => rule(`r${i}`, t, `[${i}]`, { caseSensitive }));
      const text = parts.join('') + ' ' + terms.join(' ') + ' ' + parts.reverse().join('');
      const out = redact(text, rules);
      for (const t of terms) expect(containsTerm(out.text, t, caseSensitive)).toBe(false);
      for (const m of out.marks) expect(out.text.slice(m.start, m.end)).toMatch(/^\[\d\]$/);
    }), { numRuns: 500 });
  });
});

describe('validateRule', () => {
  it('refuses empty, blank, too short and punctuation-only terms', () => {
    expect(validateRule('', '[x]')).toMatch(/Enter/);
    expect(validateRule('   ', '[x]')).toMatch(/Enter/);
    expect(validateRule('J', '[x]')).toMatch(/at least 2/);
    expect(validateRule('--', '[x]')).toMatch(/letter or digit/);
    expect(validateRule('.*', '[x]')).toMatch(/letter or digit/);
  });

  it('refuses an empty replacement or one that still contains the term', () => {
    expect(validateRule('Melton', '')).toMatch(/replacement/);
    expect(validateRule('Melton', '[Melton council]')).toMatch(/contains the term/);
  });

  it('refuses a duplicate, but not the rule being edited', () => {
    const existing = [{ id: 'r1', term: 'melton ' }];
    expect(validateRule('Melton', '[town]', existing)).toMatch(/already/);
    expect(validateRule('Melton', '[town]', existing, 'r1')).toBeNull();
    expect(validateRule('Jane Smith', '[chief executive]')).toBeNull();
  });
});
