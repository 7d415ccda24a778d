/** The last step every importer shares: turn bodies into a `ParsedTranscript`. */
import { countWords } from '../../core/text/normalise';
import { cleanText, cleaningWarnings } from '../../core/text/clean';
import { contentHash } from '../content-hash';
import { buildTextFromTurns, type TurnBody } from '../../core/transcript/blocks';
import type { LabelPattern } from './speaker-turns';
import type { ParsedTranscript, TranscriptFormat, TranscriptImport } from './types';

/** What a text reader (txt, md, docx) adds: the text it split, and how it split it. */
export interface ReadFrom {
  source: string;
  pattern: LabelPattern | null;
}

/**
 * Joins bodies into the document text (see `buildTextFromTurns`) after applying the text rule
 * (`cleanText`) to every body and label, whatever the format, reporting what it changed; lists
 * speakers in order of first appearance, counts words and hashes the text. Error when no text is
 * left.
 */
export async function finishTranscript(
  title: string, format: TranscriptFormat, bodies: TurnBody[], warnings: string[], readFrom?: ReadFrom,
): Promise<TranscriptImport> {
  const built = textOf(bodies);
  if (built.text.length === 0) return { error: 'has no text to import' };
  const value: ParsedTranscript = {
    title, format, text: built.text, turns: built.turns, speakers: built.speakers, wordCount: countWords(built.text),
    contentHash: await contentHash(built.text), warnings: [...warnings, ...built.warnings],
  };
  if (readFrom) {
    value.source = readFrom.source;
    value.reading = built.speakers.length > 0 ? { kind: 'turns', pattern: readFrom.pattern ?? 'Name:' } : { kind: 'paragraphs' };
  }
  return { value };
}

/** The document text and turns of bodies under the text rule, with its speakers and warnings. */
export function textOf(bodies: readonly TurnBody[]): Pick<ParsedTranscript, 'text' | 'turns' | 'speakers' | 'warnings'> {
  let controls = 0;
  let surrogates = 0;
  const clean = (raw: string): string => {
    const cleaned = cleanText(raw);
    controls += cleaned.controls;
    surrogates += cleaned.surrogates;
    return cleaned.text;
  };
  const cleanBodies = bodies.map((b) => ({ ...b, body: clean(b.body), speaker: b.speaker === null ? null : clean(b.speaker) }));
  const { text, turns } = buildTextFromTurns(cleanBodies);
  const speakers = [...new Set(turns.flatMap((turn) => (turn.speaker === null ? [] : [turn.speaker])))];
  return { text, turns, speakers, warnings: cleaningWarnings({ controls, surrogates }) };
}
