import type { DocumentMeta, DocumentText, Id, NonParticipantSpeaker, Participant, RedactionRule } from '../model';
import { findEntities, textChunks, type EntityKind } from './entities';
import { nameParts } from './name-rules';
import { findPatterns } from './patterns';
import { termKey } from './redact';
import { createTermFinder } from './term-finder';

/** Where a suggested term occurs: `[start, end)` in UTF-16 code units of the document text. */
export interface Occurrence {
  documentId: Id;
  start: number;
  end: number;
}

/** Kinds in the order suggestions are listed. */
import { SUGGESTION_KINDS, type SuggestionKind } from './suggestion-kinds';

export { SUGGESTION_KINDS, type SuggestionKind };

export interface RedactionSuggestion {
  term: string;
  kind: SuggestionKind;
  /** The first `maxOccurrences` found, sorted by document (input order) then offset. */
  occurrences: Occurrence[];
  /** All occurrences found, including those beyond the cap. */
  count: number;
}

export interface SuggestionResult {
  suggestions: RedactionSuggestion[];
  /** False when the named-entity scan stopped at its character budget (see `SuggestOptions`). */
  complete: boolean;
  /** Characters handed to the named-entity scan. */
  scannedCharacters: number;
}

export interface SuggestInput {
  documents: readonly DocumentMeta[];
  texts: readonly DocumentText[];
  participants: readonly Participant[];
  redactions: readonly Pick<RedactionRule, 'term'>[];
  nonParticipantSpeakers: readonly NonParticipantSpeaker[];
}

export interface SuggestOptions {
  /** Occurrences kept per term (default 200); `count` still counts them all. */
  maxOccurrences?: number;
  /**
   * Characters of text given to compromise (default 600,000, about 4 s), shared evenly between
   * documents so each is scanned from its start. Names, labels and patterns always scan everything.
   */
  nlpCharacterBudget?: number;
  /** Run the named-entity scan at all (default true). */
  useNlp?: boolean;
}

/** Speaker labels that identify nobody, such as `Interviewer` or `P3`. */
const GENERIC_LABEL = /^(?:interviewer|interviewee|respondent|participant|speaker|moderator|facilitator|researcher|int|resp|[a-z])\s*\d*$/i;

interface Found {
  term: string;
  kind: SuggestionKind;
  occurrence?: Occurrence;
}

/**
 * Terms that probably identify someone, for the user to add to the redaction list:
 * participants' names and name parts, speaker labels, people, places and organisations spotted
 * by compromise (and other proper nouns it finds, as `name`), e-mail addresses, UK phone numbers, UK postcodes and web addresses.
 * Deduplicated ignoring case (the first kind in `SUGGESTION_KINDS` order wins), terms already in
 * the redaction list left out, sorted by kind, then by count (most first), then term.
 * Participant names and speaker labels are suggested even when no text contains them.
 */
export function suggestRedactions(input: SuggestInput, options: SuggestOptions = {}): SuggestionResult {
  const known = knownTerms(input);
  const found: Found[] = [...known, ...knownTermOccurrences(input.texts, known)];
  for (const text of input.texts) {
    for (const m of findPatterns(text.text)) found.push({ term: m.text, kind: m.kind, occurrence: { documentId: text.documentId, start: m.start, end: m.end } });
  }
  const nlp = options.useNlp === false ? { found: [], complete: true, scanned: 0 } : entityTerms(input.texts, options.nlpCharacterBudget ?? 600_000);
  found.push(...nlp.found);
  const listed = new Set(input.redactions.map((r) => termKey(r.term)));
  const documentRank = new Map(input.texts.map((t, i) => [t.documentId, i] as const));
  const suggestions = merge(found, listed, options.maxOccurrences ?? 200);
  for (const s of suggestions) s.occurrences.sort((a, b) => (documentRank.get(a.documentId) ?? 0) - (documentRank.get(b.documentId) ?? 0) || a.start - b.start);
  return { suggestions, complete: nlp.complete, scannedCharacters: nlp.scanned };
}

/** Participants' names and name parts, and speaker labels that are not generic or the interviewer's. */
function knownTerms(input: SuggestInput): Found[] {
  const out: Found[] = [];
  for (const p of input.participants) {
    const full = p.name.trim().replace(/\s+/g, ' ');
    if ([...full].length >= 2) out.push({ term: full, kind: 'participant' });
    for (const part of nameParts(full)) out.push({ term: part, kind: 'participant' });
  }
  const interviewers = new Set(input.nonParticipantSpeakers.map((s) => termKey(s.label)));
  const labels = [...input.participants.flatMap((p) => p.speakerLabels), ...input.documents.flatMap((d) => d.speakers)];
  for (const label of labels) {
    const term = label.trim();
    if ([...term].length >= 2 && !GENERIC_LABEL.test(term) && !interviewers.has(termKey(term))) out.push({ term, kind: 'speaker' });
  }
  return out;
}

/** Every whole-word occurrence of the known terms in every text, attributed to the term's kind. */
function knownTermOccurrences(texts: readonly DocumentText[], terms: readonly Found[]): Found[] {
  const finder = createTermFinder(terms.map((t) => t.term));
  const out: Found[] = [];
  for (const text of texts) {
    for (const hit of finder(text.text)) {
      const known = terms[hit.term] as Found;
      out.push({ term: known.term, kind: known.kind, occurrence: { documentId: text.documentId, start: hit.start, end: hit.end } });
    }
  }
  return out;
}

function entityTerms(texts: readonly DocumentText[], budget: number): { found: Found[]; complete: boolean; scanned: number } {
  const perDocument = texts.length === 0 ? 0 : Math.floor(budget / texts.length);
  const found: Found[] = [];
  let complete = true;
  let scanned = 0;
  for (const text of texts) {
    let used = 0;
    for (const chunk of textChunks(text.text, text.turns)) {
      const size = chunk.end - chunk.start;
      if (used + size > perDocument) {
        complete = false;
        break;
      }
      used += size;
      for (const hit of findEntities(text.text, chunk)) found.push({ term: hit.text, kind: ENTITY_KIND[hit.kind], occurrence: { documentId: text.documentId, start: hit.start, end: hit.end } });
    }
    scanned += used;
  }
  return { found, complete, scanned };
}

const ENTITY_KIND: Record<EntityKind, SuggestionKind> = { person: 'person', place: 'place', organisation: 'organisation', name: 'name' };

/** Groups finds by term (ignoring case), drops listed terms, caps occurrences and sorts. */
function merge(found: readonly Found[], listed: ReadonlySet<string>, cap: number): RedactionSuggestion[] {
  const rank = (kind: SuggestionKind) => SUGGESTION_KINDS.indexOf(kind);
  const groups = new Map<string, { term: string; kind: SuggestionKind; seen: Set<string>; occurrences: Occurrence[]; count: number }>();
  for (const f of found) {
    const key = termKey(f.term);
    if (key === '' || listed.has(key)) continue;
    const group = groups.get(key) ?? { term: f.term, kind: f.kind, seen: new Set<string>(), occurrences: [], count: 0 };
    groups.set(key, group);
    if (rank(f.kind) < rank(group.kind)) group.kind = f.kind;
    if (!f.occurrence) continue;
    const where = `${f.occurrence.documentId}\u0000${f.occurrence.start}`;
    if (group.seen.has(where)) continue;
    group.seen.add(where);
    group.count += 1;
    if (group.occurrences.length < cap) group.occurrences.push(f.occurrence);
  }
  return [...groups.values()]
    .map(({ term, kind, occurrences, count }) => ({ term, kind, occurrences, count }))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || b.count - a.count || a.term.localeCompare(b.term, 'en'));
}
