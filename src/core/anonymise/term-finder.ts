/**
 * Finds many known terms (names, speaker labels) in long texts in one pass over the text's
 * words, instead of one regular-expression scan per term: O(words + hits) per text whatever the
 * number of terms. Matching is whole-word and case-insensitive; a plural `s`/`es` may follow
 * the last word, and words must be separated in the text as they are in the term (white space
 * matches any white space).
 */

/** A hit: `[start, end)` in UTF-16 code units, and which term (index into the input list). */
export interface TermHit {
  term: number;
  start: number;
  end: number;
}

export type TermFinder = (text: string) => TermHit[];

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

interface CompiledTerm {
  index: number;
  words: string[];
  /** Separators between consecutive words, white space folded to one space. */
  gaps: string[];
}

/** Compiles `terms` once; terms without any letter or digit are ignored. */
export function createTermFinder(terms: readonly string[]): TermFinder {
  const byFirstWord = new Map<string, CompiledTerm[]>();
  terms.forEach((term, index) => {
    const compiled = compileTerm(term, index);
    if (!compiled) return;
    const first = compiled.words[0] as string;
    const list = byFirstWord.get(first) ?? [];
    list.push(compiled);
    byFirstWord.set(first, list);
  });
  return (text) => findAll(text, byFirstWord);
}

function compileTerm(term: string, index: number): CompiledTerm | null {
  const words: string[] = [];
  const gaps: string[] = [];
  let last = -1;
  for (const m of term.normalize('NFC').matchAll(WORD)) {
    if (last >= 0) gaps.push(foldGap(term.slice(last, m.index)));
    words.push(fold(m[0]));
    last = m.index + m[0].length;
  }
  return words.length === 0 ? null : { index, words, gaps };
}

interface Word {
  start: number;
  end: number;
  folded: string;
}

function findAll(text: string, byFirstWord: ReadonlyMap<string, CompiledTerm[]>): TermHit[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) });
  const hits: TermHit[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const candidate of candidatesAt(words[i] as Word, byFirstWord)) {
      const end = matchEnd(text, words, i, candidate);
      if (end >= 0) hits.push({ term: candidate.index, start: (words[i] as Word).start, end });
    }
  }
  return hits;
}

/** Terms whose first word is this word, or this word without a plural ending. */
function candidatesAt(word: Word, byFirstWord: ReadonlyMap<string, CompiledTerm[]>): CompiledTerm[] {
  const out = [...(byFirstWord.get(word.folded) ?? [])];
  for (const stem of pluralStems(word.folded)) for (const t of byFirstWord.get(stem) ?? []) if (t.words.length === 1) out.push(t);
  return out;
}

/** End offset of the term's match starting at word `i` (a plural ending included), or -1. */
function matchEnd(text: string, words: readonly Word[], i: number, term: CompiledTerm): number {
  const count = term.words.length;
  if (i + count > words.length) return -1;
  for (let k = 0; k < count; k++) {
    const word = words[i + k] as Word;
    const wanted = term.words[k] as string;
    const isLast = k === count - 1;
    if (word.folded !== wanted && !(isLast && pluralStems(word.folded).includes(wanted))) return -1;
    if (k > 0 && foldGap(text.slice((words[i + k - 1] as Word).end, word.start)) !== term.gaps[k - 1]) return -1;
  }
  return (words[i + count - 1] as Word).end;
}

function pluralStems(folded: string): string[] {
  const stems: string[] = [];
  if (folded.endsWith('es')) stems.push(folded.slice(0, -2));
  if (folded.endsWith('s')) stems.push(folded.slice(0, -1));
  return stems;
}

function fold(word: string): string {
  return word.toLocaleLowerCase('en');
}

function foldGap(gap: string): string {
  return gap.replace(/\s+/g, ' ').replace(/’/g, "'");
}
