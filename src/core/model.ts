/**
 * The project model: plain records, as stored and as exchanged between layers.
 *
 * Offsets everywhere are UTF-16 code units (JavaScript string indices) into a document's
 * normalised text (see `normaliseText`), half-open `[start, end)`.
 * Free text fields (names, memos, quotes, document text) are kept in named fields so that a
 * later encryption-at-rest layer can encrypt them per record while ids, offsets and counts stay clear.
 */

export type Id = string;

/** Milliseconds since the epoch. */
export type Timestamp = number;

export interface Project {
  id: Id;
  name: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  memo: string;
  /** Template for participants' attribution labels, e.g. `{role}` or `P{number}, {organisation type}`. */
  attributionTemplate: string;
}

/** A person who codes: the local user, an imported coder, or later a coding assistant. */
export interface Coder {
  id: Id;
  projectId: Id;
  name: string;
  /** `#rrggbb`: the colour of this coder's layer when several are shown. */
  color: string;
  /**
   * REFI-QDA User GUID. The local coder of a browser profile has the same GUID in every project,
   * so a coder's work is recognised when their files are merged.
   */
  guid?: string;
}

/**
 * A speaker turn or, in a document without speakers, a paragraph.
 * `start`/`end` delimit its body in the document text; the speaker label and timestamps are
 * metadata, never part of the codable text.
 */
export interface Turn {
  start: number;
  end: number;
  speaker: string | null;
  /** Media time of the turn's first cue, in milliseconds, when the source had timestamps. */
  startMs?: number;
  endMs?: number;
  /**
   * A paragraph before the first speaker of a dialogue (a title, a date line): shown above the
   * transcript and not numbered as a turn, so turn numbers match across formats.
   */
  preamble?: true;
}

export type SourceFormat = 'txt' | 'md' | 'docx' | 'vtt' | 'srt' | 'qdpx' | 'demo';

/** Document metadata, light enough to list 200 of them; the text lives in `DocumentText`. */
export interface DocumentMeta {
  id: Id;
  projectId: Id;
  title: string;
  format: SourceFormat;
  /** SHA-256 hex of the normalised text, to notice the same transcript imported twice. */
  contentHash: string;
  importedAt: Timestamp;
  /** Length of the text in UTF-16 code units. */
  length: number;
  wordCount: number;
  speakers: string[];
  memo: string;
  /** Participants the document belongs to (an interview: one; a focus group: one per speaker). */
  participantIds: Id[];
  /** REFI-QDA source GUID when the document came from a QDPX file. */
  guid?: string;
}

export interface DocumentText {
  documentId: Id;
  projectId: Id;
  /** Normalised: NFC, `\n` line ends, no BOM. Turn bodies separated by a blank line. */
  text: string;
  turns: Turn[];
  /**
   * For txt, md and docx: the text as read from the file (labels and all, before it was split
   * into turns), so the document can be read again as turns or as paragraphs. Absent for
   * documents stored before it was kept (see `reconstructSource`) and for other formats.
   */
  source?: string;
  /** For txt, md and docx: how `source` was split into `turns`. */
  reading?: TextReadingSummary;
}

/** How a text was split: speaker turns (with the label pattern the user sees) or paragraphs. */
export type TextReadingSummary = { kind: 'turns'; pattern: string } | { kind: 'paragraphs' };

export interface CodeDescription {
  definition: string;
  whenToUse: string;
  whenNotToUse: string;
  example: string;
}

export interface Code {
  id: Id;
  projectId: Id;
  /** `null` at the top of the tree. */
  parentId: Id | null;
  name: string;
  /** `#rrggbb`. */
  color: string;
  description: CodeDescription;
  /** Position among its siblings; ties broken by name. */
  order: number;
  /** 1–9 when pinned to a number key, otherwise null. */
  pinnedKey: number | null;
  /** False for a theme that only groups other codes (REFI-QDA `isCodable`). */
  isCodable: boolean;
  memo: string;
  guid?: string;
}

/**
 * A coded passage: a range of one document with the quote it had when coded, so it can be
 * re-anchored after the transcript is corrected. Codes are attached through `Coding`s.
 */
export interface Segment {
  id: Id;
  projectId: Id;
  documentId: Id;
  /** The coder whose passage this is: two coders coding the same words have a segment each. */
  coderId: Id;
  start: number;
  end: number;
  /** `text.slice(start, end)` when last anchored. */
  quote: string;
  /** Up to 32 code units of text before and after the quote. */
  prefix: string;
  suffix: string;
  memo: string;
  createdAt: Timestamp;
  /** Stable reference for exported quotes, e.g. `Q0042`; assigned on first export. */
  quoteRef?: string;
  guid?: string;
}

/** One code on one segment, applied by one coder. */
export interface Coding {
  id: Id;
  projectId: Id;
  segmentId: Id;
  /** The segment's document, kept here so one document's codings load with one index lookup. */
  documentId: Id;
  codeId: Id;
  coderId: Id;
  createdAt: Timestamp;
  guid?: string;
}

export interface Participant {
  id: Id;
  projectId: Id;
  /** Real name or local label; never leaves the tool in an anonymised output. */
  name: string;
  /** Pseudonymous reference such as `P07`; may be exported on request. */
  ref: string;
  /** Overrides the project's attribution template when set. */
  attributionOverride: string | null;
  /** Speaker labels (as found in documents) that are this participant. */
  speakerLabels: string[];
  guid?: string;
}

export type AttributeType = 'category' | 'number' | 'date' | 'text';

export interface AttributeDef {
  id: Id;
  projectId: Id;
  name: string;
  type: AttributeType;
  order: number;
  guid?: string;
}

export interface AttributeValue {
  /** `${participantId}:${attributeId}` */
  id: string;
  projectId: Id;
  participantId: Id;
  attributeId: Id;
  value: string;
}

export interface RedactionRule {
  id: Id;
  projectId: Id;
  term: string;
  replacement: string;
  caseSensitive: boolean;
  wholeWord: boolean;
  createdAt: Timestamp;
}

/** A speaker label that is not a participant (the interviewer). */
export interface NonParticipantSpeaker {
  id: string;
  projectId: Id;
  label: string;
}

export const EMPTY_DESCRIPTION: CodeDescription = Object.freeze({
  definition: '',
  whenToUse: '',
  whenNotToUse: '',
  example: '',
});
