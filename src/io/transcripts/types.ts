/** What a transcript importer produces. */
import type { TextReadingSummary, Turn } from '../../core/model';

export type TranscriptFormat = 'txt' | 'md' | 'docx' | 'vtt' | 'srt';

/** A transcript read from one file, ready to become a `DocumentMeta` and a `DocumentText`. */
export interface ParsedTranscript {
  /** The file name without its extension. */
  title: string;
  format: TranscriptFormat;
  /** Normalised text (see `normaliseText`): turn bodies joined by a blank line. */
  text: string;
  /** Sorted, disjoint; each `[start, end)` covers exactly one body in `text` (UTF-16 units). */
  turns: Turn[];
  /** Distinct speaker labels in order of first appearance; empty for a document of paragraphs. */
  speakers: string[];
  wordCount: number;
  /** SHA-256 hex of `text`'s UTF-8 bytes. */
  contentHash: string;
  /** Things the user should know that did not stop the import, in plain words. */
  warnings: string[];
  /** Text formats (txt, md, docx): the text as read, before splitting, to read it again another way. */
  source?: string;
  /** Text formats: how the text was split. */
  reading?: TextReadingSummary;
}

/**
 * A parsed transcript, or why the file could not be read: `error` is a phrase in the user's words
 * to follow the file name; `details`, when there is one, the technical reason (a library's own
 * message), bounded, for a collapsed "details" line.
 */
export type TranscriptImport = { value: ParsedTranscript } | { error: string; details?: string };
