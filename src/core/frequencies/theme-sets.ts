import type { ProjectBundle } from '../bundle';
import type { Id, Segment } from '../model';
import { indexCodes, sortedTree, type TreeRow } from '../codebook/tree';
import { speakerResolver, type PassageSpeakerResolver } from '../quotes/speakers';
import { createBitset, orInto, setBit, type Bitset } from '../bitset';

/** The parts of a project that the reports (frequencies, matrices) read. Plain data, so it can go to a worker. */
export type ReportInput = Pick<ProjectBundle,
  'codes' | 'segments' | 'codings' | 'documents' | 'texts' | 'participants'
  | 'attributes' | 'attributeValues' | 'nonParticipantSpeakers'>;

/** Dense numbering of participants, documents and segments, for bit sets. */
export interface Universe {
  participantIds: Id[];
  documentIds: Id[];
  /** Segments whose document is known, in input order. */
  segments: Segment[];
  participantIndex: Map<Id, number>;
  documentIndex: Map<Id, number>;
  segmentIndex: Map<Id, number>;
}

/** Distinct segments, documents and participants of one code (or theme), as bit sets. */
export interface CodeSets {
  segments: Bitset;
  documents: Bitset;
  participants: Bitset;
}

export interface ThemeSets {
  universe: Universe;
  /** Codes in display order, with paths. */
  tree: TreeRow[];
  /** Per code id: its own sets, or with `includeDescendants` the union over it and every code below. */
  sets: Map<Id, CodeSets>;
  /** Dense document index of each segment. */
  segmentDocument: Int32Array;
  /** Dense participant indices of each coded segment (see `segmentParticipantsOf`); empty for uncoded ones. */
  segmentParticipants: number[][];
}

/** Numbers everything once. Codings and segments pointing at unknown records are left out. */
export function buildUniverse(input: ReportInput): Universe {
  const participantIds = input.participants.map((p) => p.id);
  const documentIds = input.documents.map((d) => d.id);
  const documentIndex = new Map(documentIds.map((id, i) => [id, i] as const));
  const segments = input.segments.filter((s) => documentIndex.has(s.documentId));
  return {
    participantIds,
    documentIds,
    segments,
    participantIndex: new Map(participantIds.map((id, i) => [id, i] as const)),
    documentIndex,
    segmentIndex: new Map(segments.map((s, i) => [s.id, i] as const)),
  };
}

/**
 * Per-code sets of distinct segments, documents and participants, built in one pass over the
 * codings and — with `includeDescendants` (default) — one OR of each code into its parent,
 * children before parents. A segment's participants are its speakers (interviewer excluded);
 * when none can be named and not only the interviewer speaks, the document's participants.
 * Time O(codings × speakers + codes × (segments + documents + participants) / 32).
 */
export function buildThemeSets(input: ReportInput, includeDescendants = true): ThemeSets {
  const cached = built.get(input)?.[includeDescendants ? 1 : 0];
  if (cached) return cached;
  const sets = computeThemeSets(input, includeDescendants);
  const entry = built.get(input) ?? [undefined, undefined];
  entry[includeDescendants ? 1 : 0] = sets;
  built.set(input, entry);
  return sets;
}

/**
 * Theme sets already built for an input object: the reports ask for several tables (and
 * several options) over the same project data, and the sets do not depend on the options.
 * Keyed by identity, so new data is never answered from old sets.
 */
const built = new WeakMap<ReportInput, [ThemeSets | undefined, ThemeSets | undefined]>();

function computeThemeSets(input: ReportInput, includeDescendants: boolean): ThemeSets {
  const universe = buildUniverse(input);
  const index = indexCodes(input.codes);
  const tree = sortedTree(index);
  const sets = new Map<Id, CodeSets>(tree.map((row) => [row.code.id, emptySets(universe)] as const));
  const count = universe.segments.length;
  const segmentDocument = new Int32Array(count);
  for (let s = 0; s < count; s++) segmentDocument[s] = universe.documentIndex.get((universe.segments[s] as Segment).documentId) as number;
  // Filled lazily: only coded segments need their speakers resolved.
  const segmentParticipants: (number[] | undefined)[] = new Array<number[] | undefined>(count);
  const participantsOf = segmentParticipantsOf(input, universe);
  for (const coding of input.codings) {
    const target = sets.get(coding.codeId);
    const s = universe.segmentIndex.get(coding.segmentId);
    if (!target || s === undefined) continue;
    let participants = segmentParticipants[s];
    if (participants === undefined) {
      participants = participantsOf(universe.segments[s] as Segment);
      segmentParticipants[s] = participants;
    }
    setBit(target.segments, s);
    setBit(target.documents, segmentDocument[s] as number);
    for (const p of participants) setBit(target.participants, p);
  }
  if (includeDescendants) unionUpTree(tree, sets);
  for (let s = 0; s < count; s++) segmentParticipants[s] ??= NOBODY;
  return { universe, tree, sets, segmentDocument, segmentParticipants: segmentParticipants as number[][] };
}

/** A function giving a segment's participants as dense indices (see `buildThemeSets`). */
export function segmentParticipantsOf(input: ReportInput, universe: Universe): (segment: Segment) => number[] {
  const texts = new Map(input.texts.map((t) => [t.documentId, t] as const));
  const documents = new Map(input.documents.map((d) => [d.id, d] as const));
  const resolvers = new Map<Id, PassageSpeakerResolver>();
  const toIndices = (ids: readonly Id[]): number[] => {
    const out: number[] = [];
    for (const id of ids) {
      const i = universe.participantIndex.get(id);
      if (i !== undefined && !out.includes(i)) out.push(i);
    }
    return out;
  };
  return (segment) => {
    const doc = documents.get(segment.documentId);
    if (!doc) return [];
    let resolve = resolvers.get(doc.id);
    if (!resolve) {
      resolve = speakerResolver(doc, texts.get(doc.id), input.participants, input.nonParticipantSpeakers);
      resolvers.set(doc.id, resolve);
    }
    const passage = resolve(segment.start, segment.end);
    if (passage.participantIds.length > 0) return toIndices(passage.participantIds);
    return passage.onlyNonParticipants ? [] : toIndices(doc.participantIds);
  };
}

/** Shared by every uncoded segment; never mutated. */
const NOBODY: number[] = [];

function emptySets(universe: Universe): CodeSets {
  return {
    segments: createBitset(universe.segments.length),
    documents: createBitset(universe.documentIds.length),
    participants: createBitset(universe.participantIds.length),
  };
}

/** Reverse display (pre-)order reaches every code after all its descendants. */
function unionUpTree(tree: readonly TreeRow[], sets: Map<Id, CodeSets>): void {
  for (let i = tree.length - 1; i >= 0; i--) {
    const code = (tree[i] as TreeRow).code;
    const parentSets = code.parentId === null ? undefined : sets.get(code.parentId);
    const own = sets.get(code.id);
    if (!parentSets || !own || parentSets === own) continue;
    orInto(parentSets.segments, own.segments);
    orInto(parentSets.documents, own.documents);
    orInto(parentSets.participants, own.participants);
  }
}
