import nlp from 'compromise';
import type { Turn } from '../model';

/**
 * Named-entity spotting with compromise (pure JS, rule-based). It is slow next to a regular
 * expression (of the order of 150 characters per millisecond), so callers chunk the text by
 * turn or paragraph and give it a character budget.
 */

/** `name`: a capitalised proper noun compromise could not place as a person, place or organisation (often a local place). */
export type EntityKind = 'person' | 'place' | 'organisation' | 'name';

export interface EntityHit {
  kind: EntityKind;
  /** `[start, end)` in UTF-16 code units of the whole document text. */
  start: number;
  end: number;
  text: string;
}

/** A slice of a document's text, `[start, end)`. */
export interface TextChunk {
  start: number;
  end: number;
}

/** Longest chunk handed to compromise at once; longer turns are cut at a sentence end. */
export const MAX_CHUNK = 4000;

/**
 * The document cut into turn bodies (or blank-line paragraphs when there are no turns), each
 * cut again at sentence ends to at most `MAX_CHUNK` code units. Chunks are in text order.
 */
export function textChunks(text: string, turns: readonly Turn[]): TextChunk[] {
  const units = turns.length > 0 ? turns.map((t) => ({ start: t.start, end: Math.min(t.end, text.length) })) : paragraphs(text);
  return units.flatMap((u) => splitLong(text, u));
}

/**
 * People, places and organisations in `text.slice(chunk.start, chunk.end)`, with offsets into
 * `text`, then any other run of proper nouns as `name` — compromise's lexicon knows few small
 * towns, so `Melton` is only ever a proper noun to it. Each name is trimmed of surrounding
 * punctuation and a possessive `'s`; names without a capital letter (compromise's guesses at
 * lower-case words) and names under two characters are dropped.
 */
export function findEntities(text: string, chunk: TextChunk): EntityHit[] {
  const slice = text.slice(chunk.start, chunk.end);
  if (slice.trim() === '') return [];
  const doc = nlp(slice);
  const out: EntityHit[] = [];
  const views: [EntityKind, { json(options: object): unknown }][] = [
    ['person', doc.people()], ['place', doc.places()], ['organisation', doc.organizations()], ['name', doc.match('#ProperNoun+')],
  ];
  for (const [kind, view] of views) {
    // `terms: false` skips building per-word JSON we do not read.
    for (const item of view.json({ offset: true, terms: false }) as EntityJson[]) {
      const hit = trimmedHit(slice, item, kind, chunk.start);
      if (!hit || (kind === 'name' && (out.some((h) => h.start < hit.end && hit.start < h.end) || capitalisedOnlyBySentence(text, hit)))) continue;
      out.push(hit);
    }
  }
  return out;
}

interface EntityJson {
  offset?: { start: number; length: number };
}

/**
 * Capitalised words that identify nobody: the pronoun I with its contractions, days, months and
 * public holidays. Compromise tags them as proper nouns; suggesting them would only be noise.
 */
const NOT_IDENTIFYING = new RegExp(
  "^(?:I(?:['’](?:d|m|ve|ll|s))?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|New Year)$",
  'i',
);

function trimmedHit(slice: string, item: EntityJson, kind: EntityKind, base: number): EntityHit | null {
  if (!item.offset) return null;
  const raw = slice.slice(item.offset.start, item.offset.start + item.offset.length);
  const lead = raw.length - raw.replace(/^[^\p{L}\p{N}]+/u, '').length;
  const body = raw.slice(lead).replace(/(?:['’]s)?[^\p{L}\p{N}]*$/u, '');
  if ([...body].length < 2 || !/\p{Lu}/u.test(body) || NOT_IDENTIFYING.test(body)) return null;
  const start = base + item.offset.start + lead;
  return { kind, start, end: start + body.length, text: body };
}

/** Word classes that are capitalised only because a sentence (or a `Name:` turn) starts with them. */
const COMMON_WORD = '(#Verb|#Modal|#Auxiliary|#Pronoun|#Determiner|#Adverb|#Conjunction|#Preposition|#QuestionWord|#Adjective)';

/**
 * A one-word `name` at the start of a sentence, a line or after a `Label:`, which lower-cased
 * reads as an ordinary word ("Could you say…"): compromise took its capital for a proper noun.
 */
function capitalisedOnlyBySentence(text: string, hit: EntityHit): boolean {
  if (/\s/.test(hit.text)) return false;
  const before = text.slice(Math.max(0, hit.start - 40), hit.start).replace(/[\s"'“‘(]+$/u, '');
  if (before !== '' && !/[.?!:;…\n]$/u.test(before)) return false;
  return nlp(hit.text.toLowerCase()).has(COMMON_WORD);
}

function paragraphs(text: string): TextChunk[] {
  const out: TextChunk[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\s*\n/g)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((c) => c.end > c.start);
}

function splitLong(text: string, unit: TextChunk): TextChunk[] {
  const out: TextChunk[] = [];
  let start = unit.start;
  while (unit.end - start > MAX_CHUNK) {
    const chunk = text.slice(start, start + MAX_CHUNK);
    const cut = Math.max(chunk.lastIndexOf('. '), chunk.lastIndexOf('? '), chunk.lastIndexOf('! '), chunk.lastIndexOf('\n'));
    const end = cut > MAX_CHUNK / 2 ? start + cut + 1 : start + Math.max(chunk.lastIndexOf(' '), MAX_CHUNK / 2);
    out.push({ start, end });
    start = end;
  }
  if (unit.end > start) out.push({ start, end: unit.end });
  return out;
}
