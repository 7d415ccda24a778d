import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_WIDTH, compileQuery, findInTexts, type SearchOptions } from '../../../src/core/search/find';

const PLAIN: SearchOptions = { regex: false, caseSensitive: false, wholeWord: false };
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REGEX: SearchOptions = { regex: true, caseSensitive: false, wholeWord: false };

function textsOf(...texts: string[]) {
  return texts.map((text, i) => ({ documentId: `d${i + 1}`, text }));
}

function expectConsistent(texts: { documentId: string; text: string }[], hits: ReturnType<typeof findInTexts>['hits']) {
  const byId = new Map(texts.map((t) => [t.documentId, t.text]));
  for (const h of hits) {
    const text = byId.get(h.documentId) as string;
    expect(text.slice(h.start, h.end)).toBe(h.match);
    expect(text.slice(h.start - h.before.length, h.start)).toBe(h.before);
    expect(text.slice(h.end, h.end + h.after.length)).toBe(h.after);
  }
}

describe('plain-word search', () => {
  it('finds every occurrence across documents, in document then offset order', () => {
    const texts = textsOf('Trust the team. We trust them.', 'No match here.', 'TRUST issues');
    const result = findInTexts(texts, 'trust', PLAIN);
    expect(result.error).toBeUndefined();
    expect(result.truncated).toBe(false);
    expect(result.hits.map((h) => [h.documentId, h.start, h.match])).toEqual([
      ['d1', 0, 'Trust'], ['d1', 19, 'trust'], ['d3', 0, 'TRUST'],
    ]);
    expectConsistent(texts, result.hits);
  });

  it('respects case when asked', () => {
    const texts = textsOf('Trust the team. We trust them.');
    const hits = findInTexts(texts, 'Trust', { ...PLAIN, caseSensitive: true }).hits;
    expect(hits.map((h) => h.start)).toEqual([0]);
  });

  it('treats regex characters literally and matches a phrase across any whitespace', () => {
    const texts = textsOf('Costs (in $) rose.\nWell,  we\n\ncut costs.', 'a.b and axb');
    expect(findInTexts(texts, '(in $)', PLAIN).hits.map((h) => h.match)).toEqual(['(in $)']);
    expect(findInTexts(texts, 'well, we cut', PLAIN).hits.map((h) => h.match)).toEqual(['Well,  we\n\ncut']);
    expect(findInTexts(texts, 'a.b', PLAIN).hits.map((h) => h.match)).toEqual(['a.b']);
    expect(findInTexts(texts, 'co-op', PLAIN).hits).toEqual([]);
    expect(findInTexts(textsOf('a co-op shop'), 'co-op', PLAIN).hits.map((h) => h.start)).toEqual([2]);
  });

  it('returns nothing, and no error, for an empty or blank query', () => {
    const texts = textsOf('some text');
    for (const q of ['', '   ', '\n']) {
      expect(findInTexts(texts, q, PLAIN)).toEqual({ hits: [], truncated: false });
    }
    expect(findInTexts(texts, '', REGEX)).toEqual({ hits: [], truncated: false });
  });

  it('matches whole words only when asked, with Unicode letters as word characters', () => {
    const texts = textsOf('art, artist, Art. smart café cafés');
    const whole = { ...PLAIN, wholeWord: true };
    expect(findInTexts(texts, 'art', whole).hits.map((h) => h.start)).toEqual([0, 13]);
    expect(findInTexts(texts, 'art', PLAIN).hits).toHaveLength(4);
    expect(findInTexts(texts, 'café', whole).hits.map((h) => h.match)).toEqual(['café']);
  });

  it('matches a query typed in decomposed form against NFC text', () => {
    const texts = textsOf('Māori whānau');
    const decomposed = 'whānau'.normalize('NFD');
    expect(findInTexts(texts, decomposed, PLAIN).hits.map((h) => h.match)).toEqual(['whānau']);
  });
});

describe('regular-expression search', () => {
  it('reports an invalid pattern as an error without throwing', () => {
    const texts = textsOf('anything');
    for (const q of ['(unclosed', '[a-', '*', 'a{2,1}', '\\']) {
      const result = findInTexts(texts, q, REGEX);
      expect(result.hits).toEqual([]);
      expect(result.truncated).toBe(false);
      expect(result.error).toMatch(/^Not a valid regular expression: /);
      // The reason, without the pattern repeated back.
      expect(result.error).not.toContain('/giu');
    }
  });

  it('skips zero-length matches and never loops on them', () => {
    const texts = textsOf('ab ab', '');
    for (const q of ['^', '$', '\\b', 'x*', '(?=a)', '']) {
      expect(findInTexts(texts, q, REGEX).hits).toEqual([]);
    }
    const hits = findInTexts(texts, 'a*', REGEX).hits;
    expect(hits.map((h) => [h.start, h.end])).toEqual([[0, 1], [3, 4]]);
  });

  it('supports groups, classes, anchors with the multiline flag off, and case options', () => {
    const texts = textsOf('Q1: We grew 12%. Q2: we shrank 3%.');
    expect(findInTexts(texts, '\\d+%', REGEX).hits.map((h) => h.match)).toEqual(['12%', '3%']);
    expect(findInTexts(texts, 'we (grew|shrank)', REGEX).hits.map((h) => h.match)).toEqual(['We grew', 'we shrank']);
    expect(findInTexts(texts, 'we (grew|shrank)', { ...REGEX, caseSensitive: true }).hits.map((h) => h.match))
      .toEqual(['we shrank']);
    expect(findInTexts(texts, 'grew|shr', { ...REGEX, wholeWord: true }).hits.map((h) => h.match)).toEqual(['grew']);
  });

  it('matches emoji as whole code points and keeps offsets in UTF-16 code units', () => {
    const texts = textsOf('I felt 😀 then 😢, really 😀😀!');
    const dot = findInTexts(texts, 'then .', REGEX).hits;
    expect(dot.map((h) => h.match)).toEqual(['then 😢']);
    const smiles = findInTexts(texts, '😀', PLAIN).hits;
    expect(smiles.map((h) => h.start)).toEqual([7, 26, 28]);
    expect(smiles.every((h) => h.end - h.start === 2)).toBe(true);
    expectConsistent(texts, [...dot, ...smiles]);
    // A zero-length match before an emoji must not split its surrogate pair.
    expect(findInTexts(textsOf('😀'), '(?:)', REGEX).hits).toEqual([]);
  });

  it('never cuts a surrogate pair in the context either side', () => {
    const emoji = '😀'.repeat(40);
    const texts = textsOf(`${emoji}x${emoji}`);
    const [hit] = findInTexts(texts, 'x', PLAIN).hits;
    expect(hit).toBeDefined();
    expect(hit!.before.length).toBe(CONTEXT_WIDTH);
    expect(hit!.after.length).toBe(CONTEXT_WIDTH);
    const odd = textsOf(`a${emoji}x${emoji}`);
    const [h2] = findInTexts(odd, 'x', PLAIN).hits;
    expect(h2!.before.length).toBe(CONTEXT_WIDTH);
    expect(h2!.before).not.toMatch(LONE_SURROGATE);
    expect(h2!.after).not.toMatch(LONE_SURROGATE);
  });
});

describe('limits', () => {
  it('stops at maxHits and says so', () => {
    const texts = textsOf('a '.repeat(100), 'a a a');
    const capped = findInTexts(texts, 'a', { ...PLAIN, maxHits: 10 });
    expect(capped.hits).toHaveLength(10);
    expect(capped.truncated).toBe(true);
    expect(capped.truncatedBy).toBe('hits');
    const exact = findInTexts(textsOf('a a a'), 'a', { ...PLAIN, maxHits: 3 });
    expect(exact.hits).toHaveLength(3);
    expect(exact.truncated).toBe(false);
  });

  it('caps a pattern that matches everywhere at the default 5,000 hits', () => {
    const result = findInTexts(textsOf('x'.repeat(20_000)), '.', REGEX);
    expect(result.hits).toHaveLength(5000);
    expect(result.truncated).toBe(true);
  });

  it('stops when the time limit has passed and keeps the hits found so far', () => {
    let t = 0;
    const now = () => (t += 10);
    const result = findInTexts(textsOf('a '.repeat(100)), 'a', { ...PLAIN, timeLimitMs: 55, now });
    expect(result.truncated).toBe(true);
    expect(result.truncatedBy).toBe('time');
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.length).toBeLessThan(100);
  });
});

describe('compileQuery', () => {
  it('compiles plain words to an escaped, whitespace-flexible Unicode pattern', () => {
    const compiled = compileQuery('a+b  c', PLAIN);
    expect(compiled && 'pattern' in compiled && compiled.pattern.source).toBe('a\\+b\\s+c');
    expect(compiled && 'pattern' in compiled && compiled.pattern.flags).toBe('giu');
  });
});

describe('properties', () => {
  it('every plain hit is a case-insensitive occurrence at its offsets, none overlapping', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', ' ', '😀', 'é', '\n');
    fc.assert(fc.property(
      fc.array(fc.string({ unit: alphabet, maxLength: 60 }), { minLength: 1, maxLength: 4 }),
      fc.string({ unit: fc.constantFrom('a', 'b', 'A', '😀', 'é'), minLength: 1, maxLength: 3 }),
      (raw, query) => {
        const texts = textsOf(...raw);
        const { hits, error } = findInTexts(texts, query, PLAIN);
        expect(error).toBeUndefined();
        expectConsistent(texts, hits);
        for (const h of hits) expect(h.match.toLowerCase()).toBe(query.toLowerCase());
        for (const t of texts) {
          const mine = hits.filter((h) => h.documentId === t.documentId);
          for (let i = 1; i < mine.length; i++) expect(mine[i]!.start).toBeGreaterThanOrEqual(mine[i - 1]!.end);
          // Same count as a naive scan for non-overlapping occurrences.
          let count = 0;
          const lower = t.text.toLowerCase();
          const q = query.toLowerCase();
          for (let at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, at + q.length)) count++;
          expect(mine).toHaveLength(count);
        }
      },
    ));
  });
});
