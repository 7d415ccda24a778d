import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reanchor } from '../../../src/core/transcript/anchor';
import { quoteContext } from '../../../src/core/transcript/blocks';
import { approximateEnds, editDistance, findApproximate } from '../../../src/core/transcript/fuzzy';

const original = [
  'Interviewer: How did the shared management team come about?',
  'Alex Morgan: Honestly, it came out of a budget gap. We had to find four million pounds,',
  'and the members in Melton Vale did not trust the officers in Ashby Fields at all.',
  'Trust took two years to build, and we built it one decision at a time.',
  'The members did not trust the officers at first, and I understood why.',
].join('\n');

/** The selector a segment would store for the first occurrence of `phrase` in `text`. */
function selectorFor(text: string, phrase: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  const end = start + phrase.length;
  return { start, end, ...quoteContext(text, start, end) };
}

describe('reanchor', () => {
  it('keeps the stored offsets when the text there is unchanged', () => {
    const selector = selectorFor(original, 'Trust took two years to build');
    expect(reanchor(original, selector)).toEqual({ start: selector.start, end: selector.end, exact: true });
  });

  it('follows a passage moved by an edit earlier in the transcript', () => {
    const selector = selectorFor(original, 'Trust took two years to build');
    const corrected = original.replace('Honestly, it came', 'It came');
    const found = reanchor(corrected, selector);
    expect(found?.exact).toBe(true);
    expect(corrected.slice(found!.start, found!.end)).toBe('Trust took two years to build');
  });

  it('uses the prefix and suffix to choose between repeated quotes', () => {
    const selector = selectorFor(original, 'did not trust the officers', 1);
    const corrected = 'Preface added by the transcriber.\n' + original;
    const found = reanchor(corrected, selector)!;
    expect(found.exact).toBe(true);
    expect(found.start).toBe(corrected.lastIndexOf('did not trust the officers'));
  });

  it('prefers the nearer of two occurrences with the same context', () => {
    const text = 'yes. yes. yes. yes.';
    const selector = { start: 10, end: 13, quote: 'yes', prefix: '', suffix: '' };
    expect(reanchor(text.slice(0, 9) + ' ' + text.slice(9), selector)).toEqual({ start: 11, end: 14, exact: true });
  });

  it('finds a passage whose words were corrected, as an inexact match', () => {
    const selector = selectorFor(original, 'We had to find four million pounds');
    const corrected = original.replace('four million pounds', 'for million pound');
    const found = reanchor(corrected, selector)!;
    expect(found.exact).toBe(false);
    expect(corrected.slice(found.start, found.end)).toBe('We had to find for million pound');
  });

  it('finds a corrected passage in a long transcript far from its old position', () => {
    const filler = 'Interviewer: And then?\nRespondent: We carried on with the programme.\n'.repeat(400);
    const text = filler + original + filler;
    const selector = selectorFor(text, 'the members in Melton Vale did not trust the officers in Ashby Fields');
    const corrected = filler.slice(0, 5000) + original.replace('Melton Vale', 'Melton Valley').replace('Ashby', 'Ashbey') + filler;
    const found = reanchor(corrected, selector)!;
    expect(found.exact).toBe(false);
    expect(corrected.slice(found.start, found.end)).toBe('the members in Melton Valley did not trust the officers in Ashbey Fields');
  });

  it('returns null when the passage was deleted or rewritten beyond recognition', () => {
    const selector = selectorFor(original, 'Trust took two years to build, and we built it one decision at a time.');
    const corrected = original.replace('Trust took two years to build, and we built it one decision at a time.', 'That part was removed.');
    expect(reanchor(corrected, selector)).toBeNull();
    expect(reanchor(original, { start: 0, end: 0, quote: '', prefix: '', suffix: '' })).toBeNull();
    expect(reanchor('abc', { start: 5, end: 7, quote: 'xy', prefix: '', suffix: '' })).toBeNull();
  });

  it('finds any unchanged substring of a random text exactly', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), fc.nat(), fc.string(), (text, a, b, insert) => {
      const start = a % text.length;
      const end = start + 1 + (b % (text.length - start));
      const selector = { start, end, ...quoteContext(text, start, end) };
      const edited = insert + text;
      const found = reanchor(edited, selector)!;
      expect(found.exact).toBe(true);
      expect(edited.slice(found.start, found.end)).toBe(selector.quote);
    }));
  });
});

describe('approximate search', () => {
  /** Least edit distance of `pattern` to any substring of `text` ending at `end`, by brute force. */
  function bruteEnd(text: string, pattern: string, end: number): number {
    let best = Infinity;
    for (let s = 0; s <= end; s++) best = Math.min(best, editDistance(pattern, text.slice(s, end)));
    return best;
  }

  it('reports the same end distances as brute force, for patterns longer than one 32-bit block too', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 60 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 70 }), (text, pattern) => {
      const k = 6;
      const ends = new Map(approximateEnds(text, pattern, k).map((e) => [e.end, e.errors]));
      for (let end = 1; end <= text.length; end++) {
        const expected = bruteEnd(text, pattern, end);
        expect(ends.get(end)).toBe(expected <= k ? expected : undefined);
      }
    }), { numRuns: 150 });
  });

  it('gives matches whose start and end reproduce the reported distance', () => {
    const text = 'the councillors said the counsellors had said the council said';
    for (const match of findApproximate(text, 'councillors', 3)) {
      expect(editDistance('councillors', text.slice(match.start, match.end))).toBe(match.errors);
    }
    expect(findApproximate(text, 'councillors', 0)).toEqual([{ start: 4, end: 15, errors: 0 }]);
  });
});

describe('reanchor after corrections', () => {
  const words = fc.constantFrom('trust', 'budget', 'members', 'officers', 'council', 'years', 'we', 'the', 'a', 'did', 'not', 'and');
  const sentence = fc.array(words, { minLength: 12, maxLength: 60 }).map((w) => w.join(' '));

  it('counts offsets in UTF-16 code units, so an emoji inserted before a passage moves it by two', () => {
    const text = 'Zoë said: we built trust slowly.';
    const selector = selectorFor(text, 'we built trust');
    const corrected = text.replace('said:', 'said 😀:');
    expect(reanchor(corrected, selector)).toEqual({ start: selector.start + 3, end: selector.end + 3, exact: true });
  });

  it('finds a passage holding characters outside the BMP after its words were corrected', () => {
    const text = 'Interviewer: Thoughts?\nSam: The merger 🙂 was hard on everyone in the team.';
    const selector = selectorFor(text, 'The merger 🙂 was hard on everyone');
    const corrected = text.replace('everyone', 'every one');
    const found = reanchor(corrected, selector)!;
    expect(found.exact).toBe(false);
    expect(corrected.slice(found.start, found.end)).toBe('The merger 🙂 was hard on every one');
  });

  it('finds a passage exactly when the text was cut short before its old offsets', () => {
    const text = 'Trust took two years. '.repeat(3) + 'Then the budget gap came.';
    const selector = selectorFor(text, 'the budget gap');
    const corrected = text.slice(22);
    expect(reanchor(corrected, selector)).toEqual({ start: selector.start - 22, end: selector.end - 22, exact: true });
  });

  it('tells apart repeated quotes by their suffix when the prefixes are the same', () => {
    const text = 'She said no, and meant it. She said no, and left.';
    const selector = selectorFor(text, 'She said no', 1);
    const corrected = 'Note. ' + text.replace('and meant it', 'and meant it then');
    const found = reanchor(corrected, selector)!;
    expect(found).toEqual({ start: corrected.lastIndexOf('She said no'), end: corrected.lastIndexOf('She said no') + 11, exact: true });
  });

  it('accepts up to a quarter of a quote in edits and no more', () => {
    const quote = 'abcdefghijklmnop'; // 16 units: 4 edits allowed
    const selector = { start: 4, end: 20, quote, prefix: 'xyz ', suffix: ' zyx' };
    const fourEdits = 'xyz ' + 'aXcdeXghiXklmXop' + ' zyx';
    expect(reanchor(fourEdits, selector)).toEqual({ start: 4, end: 20, exact: false });
    const fiveEdits = 'xyz ' + 'aXcdeXghiXklmXoX' + ' zyx';
    expect(reanchor(fiveEdits, selector)).toBeNull();
  });

  it('never matches a short quote inexactly: under 4 code units it must be found as it was', () => {
    expect(reanchor('the cat sat', { start: 4, end: 7, quote: 'cot', prefix: 'the ', suffix: ' sat' })).toBeNull();
    expect(reanchor('the cot sat', { start: 4, end: 7, quote: 'cot', prefix: 'the ', suffix: ' sat' })).toEqual({ start: 4, end: 7, exact: true });
  });

  it('finds a long passage (several 32-unit blocks) with corrections spread through it', () => {
    const passage = 'We had to find four million pounds, and the members in Melton Vale did not trust the officers in Ashby Fields at all, not for a long while.';
    const text = `Interviewer: Tell me more.\nAlex: ${passage}\nInterviewer: Thank you.`;
    const selector = selectorFor(text, passage);
    const fixed = passage.replace('four', 'for').replace('Melton Vale', 'Melton Valley').replace('a long while', 'a long time');
    const corrected = text.replace(passage, fixed);
    const found = reanchor(corrected, selector)!;
    expect(found.exact).toBe(false);
    expect(corrected.slice(found.start, found.end)).toBe(fixed);
  });

  it('finds an unchanged passage exactly whatever is inserted or deleted outside it', () => {
    fc.assert(fc.property(sentence, fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }), (text, a, b, c, d, insert) => {
      const start = a % (text.length - 1);
      const end = start + 1 + (b % (text.length - start));
      const selector = { start, end, ...quoteContext(text, start, end) };
      // One edit before the passage and one after it: an insertion and a deletion.
      const cutAt = end + (c % (text.length - end + 1));
      const cutEnd = Math.min(text.length, cutAt + (d % 10));
      const insertAt = d % (start + 1);
      const corrected = text.slice(0, insertAt) + insert + text.slice(insertAt, cutAt) + text.slice(cutEnd);
      const found = reanchor(corrected, selector)!;
      expect(found.exact).toBe(true);
      expect(corrected.slice(found.start, found.end)).toBe(selector.quote);
      const only = corrected.indexOf(selector.quote);
      if (corrected.indexOf(selector.quote, only + 1) < 0) expect(found.start).toBe(only);
    }), { numRuns: 300 });
  });

  it('finds a passage of unique words again after one word inside it was corrected', () => {
    const vocabulary = Array.from({ length: 40 }, (_, i) => `w${i.toString(36)}${'abcdefghij'[i % 10]}`);
    fc.assert(fc.property(fc.shuffledSubarray(vocabulary, { minLength: 20, maxLength: 40 }), fc.nat(), fc.nat(), (list, a, b) => {
      const text = list.join(' ');
      const first = a % (list.length - 6);
      const passageWords = list.slice(first, first + 6);
      const passage = passageWords.join(' ');
      const selector = selectorFor(text, passage);
      const replaced = passageWords[b % 6]!;
      const fixedPassage = passageWords.map((w) => (w === replaced ? `v${w.slice(1)}` : w)).join(' ');
      const corrected = 'Corrected. ' + text.replace(passage, fixedPassage);
      const found = reanchor(corrected, selector)!;
      expect(found.exact).toBe(false);
      expect(corrected.slice(found.start, found.end)).toBe(fixedPassage);
    }), { numRuns: 200 });
  });
});
