/** What a transcript importer produces. */
import type { Turn } from '../../core/model';

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
}

/** A parsed transcript, or why the file could not be read (a phrase to follow the file name). */
export type TranscriptImport = { value: ParsedTranscript } | { error: string };
