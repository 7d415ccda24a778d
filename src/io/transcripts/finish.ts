/** The last step every importer shares: turn bodies into a `ParsedTranscript`. */
import { countWords } from '../../core/text/normalise';
import { contentHash } from '../content-hash';
import { buildTextFromTurns, type TurnBody } from '../../core/transcript/blocks';
import type { TranscriptFormat, TranscriptImport } from './types';

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
