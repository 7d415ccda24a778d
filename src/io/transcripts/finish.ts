/** The last step every importer shares: turn bodies into a `ParsedTranscript`. */
import { countWords } from '../../core/text/normalise';
import { buildTextFromTurns, type TurnBody } from '../../core/transcript/blocks';
import type { TranscriptFormat, TranscriptImport } from './types';

/** SHA-256 of `text`'s UTF-8 bytes as 64 lowercase hex digits, by the platform's Web Crypto. */
export async function contentHash(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Joins bodies into the document text (see `buildTextFromTurns`), lists speakers in order of
 * first appearance, counts words and hashes the text. Error when no text is left.
 */
export async function finishTranscript(
  title: string, format: TranscriptFormat, bodies: TurnBody[], warnings: string[],
): Promise<TranscriptImport> {
  const { text, turns } = buildTextFromTurns(bodies);
  if (text.length === 0) return { error: 'has no text to import' };
  const speakers = [...new Set(turns.flatMap((turn) => (turn.speaker === null ? [] : [turn.speaker])))];
  return {
    value: { title, format, text, turns, speakers, wordCount: countWords(text), contentHash: await contentHash(text), warnings },
  };
}
