import type { DocumentMeta, DocumentText, Id, NonParticipantSpeaker, Participant, Segment, Turn } from '../model';

/** Who speaks in a passage. */
export interface PassageSpeakers {
  /** Participants speaking inside the passage, each once, in order of their first turn. */
  participantIds: Id[];
  /** True when every turn the passage touches belongs to a non-participant (the interviewer). */
  onlyNonParticipants: boolean;
}

/** Resolves a `[start, end)` range (UTF-16 offsets into the document text) to its speakers. */
export type PassageSpeakerResolver = (start: number, end: number) => PassageSpeakers;

/** Speaker labels compare trimmed, case-insensitively and with runs of spaces collapsed. */
export function speakerLabelKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * Builds a resolver for one document, so resolving many segments costs O(log turns + turns
 * touched) each. Rules, in order, for each turn a passage touches:
 * - a label listed as a non-participant speaker (the interviewer) is skipped;
 * - a label in one of the document's participants' `speakerLabels` is that participant
 *   (when the document lists no participants, a label that names exactly one project participant);
 * - when no label in the document maps to anyone and the document has exactly one participant,
 *   any other labelled turn is that participant, unless its label is an interviewer's by
 *   convention (`Interviewer`, `Q`, `Facilitator`, …), which names nobody;
 * - anything else (an unknown label, a turn without a speaker) names nobody.
 * A passage touching no labelled turn at all (a document of paragraphs, or no turns) is the
 * document's participant when it has exactly one, otherwise nobody.
 */
export function speakerResolver(
  doc: DocumentMeta,
  text: Pick<DocumentText, 'turns'> | undefined,
  participants: readonly Participant[],
  nonParticipantSpeakers: readonly NonParticipantSpeaker[],
): PassageSpeakerResolver {
  const turns = sortedTurns(text?.turns ?? []);
  const interviewers = new Set(nonParticipantSpeakers.map((s) => speakerLabelKey(s.label)));
  const known = new Set(participants.map((p) => p.id));
  const documentParticipants = doc.participantIds.filter((id) => known.has(id));
  const pool = documentParticipants.length > 0
    ? participants.filter((p) => documentParticipants.includes(p.id))
    : participants;
  const labels = uniqueLabelMap(pool);
  const sole = documentParticipants.length === 1 ? (documentParticipants[0] as Id) : null;
  const mapped = turns.some((t) => t.speaker !== null && labels.has(speakerLabelKey(t.speaker)));
  const fallback = !mapped ? sole : null;
  // Label keys once per turn, not once per passage touching it.
  const keys = turns.map((t) => (t.speaker === null || t.speaker.trim() === '' ? null : speakerLabelKey(t.speaker)));
  return (start, end) => resolvePassage(turns, start, end, { interviewers, labels, fallback, sole, keys, interviewerLike });
}

/**
 * The participants speaking inside a segment, in the order they first speak, each once
 * (interviewer turns excluded; see `speakerResolver` for the rules). Empty when nobody can be
 * named: a passage only the interviewer speaks, or a multi-participant document without
 * speaker mapping.
 */
export function speakerParticipants(
  segment: Pick<Segment, 'start' | 'end'>,
  text: Pick<DocumentText, 'turns'> | undefined,
  doc: DocumentMeta,
  participants: readonly Participant[],
  nonParticipantSpeakers: readonly NonParticipantSpeaker[],
): Participant[] {
  const resolve = speakerResolver(doc, text, participants, nonParticipantSpeakers);
  const byId = new Map(participants.map((p) => [p.id, p] as const));
  return resolve(segment.start, segment.end).participantIds.map((id) => byId.get(id) as Participant);
}

interface ResolveContext {
  interviewers: ReadonlySet<string>;
  labels: ReadonlyMap<string, Id>;
  /** The participant an unmapped labelled turn belongs to, when the document has no mapping. */
  fallback: Id | null;
  /** The document's only participant, for passages outside any labelled turn. */
  sole: Id | null;
  /** Each turn's speaker label key (`speakerLabelKey`), null when unlabelled. */
  keys: readonly (string | null)[];
  interviewerLike: (key: string) => boolean;
}

/**
 * Labels that conventionally name the one asking (`Interviewer`, `Q`, `Facilitator`, …): never
 * given to the document's participant by the fallback, even before the user marks them, so an
 * interviewer's question is not published as the participant's words.
 */
const INTERVIEWER_LIKE = /^(?:interviewer|interviewers|int|i|q|question|facilitator|moderator|researcher|host)\b/;

function interviewerLike(key: string): boolean {
  return INTERVIEWER_LIKE.test(key);
}

function resolvePassage(turns: readonly Turn[], start: number, end: number, ctx: ResolveContext): PassageSpeakers {
  const ids: Id[] = [];
  let labelledTurns = 0;
  let interviewerTurns = 0;
  for (let i = firstTurnEndingAfter(turns, start); i < turns.length; i++) {
    if (!touches(turns[i] as Turn, start, end)) break;
    const key = ctx.keys[i];
    if (key === null || key === undefined) continue;
    labelledTurns += 1;
    if (ctx.interviewers.has(key)) {
      interviewerTurns += 1;
      continue;
    }
    const id = ctx.labels.get(key) ?? (ctx.interviewerLike(key) ? null : ctx.fallback);
    if (id !== null && !ids.includes(id)) ids.push(id);
  }
  if (labelledTurns === 0 && ctx.sole !== null) ids.push(ctx.sole);
  return { participantIds: ids, onlyNonParticipants: labelledTurns > 0 && interviewerTurns === labelledTurns };
}

/** Whether a turn shares text with `[start, end)`; an empty range touches the turn it sits in. */
function touches(turn: Turn, start: number, end: number): boolean {
  if (start === end) return turn.start <= start && start < turn.end;
  return turn.start < end && start < turn.end;
}

/** Index of the first turn whose end lies after `offset` (binary search; turns sorted by start). */
function firstTurnEndingAfter(turns: readonly Turn[], offset: number): number {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((turns[mid] as Turn).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sortedTurns(turns: readonly Turn[]): readonly Turn[] {
  for (let i = 1; i < turns.length; i++) {
    if ((turns[i] as Turn).start < (turns[i - 1] as Turn).start) return [...turns].sort((a, b) => a.start - b.start);
  }
  return turns;
}

/** Label → participant, dropping labels claimed by two participants (ambiguous, so nobody). */
function uniqueLabelMap(participants: readonly Participant[]): Map<string, Id> {
  const owners = new Map<string, Set<Id>>();
  for (const p of participants) {
    for (const label of p.speakerLabels) {
      const key = speakerLabelKey(label);
      if (key === '') continue;
      const set = owners.get(key) ?? new Set<Id>();
      set.add(p.id);
      owners.set(key, set);
    }
  }
  const map = new Map<string, Id>();
  for (const [key, ids] of owners) if (ids.size === 1) map.set(key, [...ids][0] as Id);
  return map;
}
