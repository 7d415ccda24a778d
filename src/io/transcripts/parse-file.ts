/**
 * One transcript file (name and bytes) into a `ParsedTranscript`: picks the reader by extension,
 * enforces the size limit, and turns every failure into `{ error }` naming the reason. Pure: runs
 * in Node tests and in the import worker.
 */
import { parseSrt } from './srt';
import { parseVtt } from './vtt';
import { decodeTranscriptBytes } from './decode';
import { extractDocxText } from './docx';
import { finishTranscript } from './finish';
import { MAX_TRANSCRIPT_BYTES, formatMegabytes } from './limits';
import { boundedDetails } from '../../core/text/bounded';
import { cleanText, cleaningWarnings } from '../../core/text/clean';
import { splitTurns, type TextReading } from './speaker-turns';
import type { TranscriptFormat, TranscriptImport } from './types';

export { MAX_TRANSCRIPT_BYTES } from './limits';
export type { ParsedTranscript, TranscriptImport, TranscriptFormat } from './types';

const FORMATS: Record<string, TranscriptFormat> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', docx: 'docx', vtt: 'vtt', srt: 'srt',
};

/** The import format for a file name's extension (case-insensitive), or null. */
export function transcriptFormatOf(fileName: string): TranscriptFormat | null {
  return FORMATS[extensionOf(fileName).toLowerCase()] ?? null;
}

function baseName(fileName: string): string {
  return fileName.split(/[/\\]/).pop() ?? fileName;
}

function extensionOf(fileName: string): string {
  const name = baseName(fileName);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : '';
}

/** The document title: the file name without folders and extension. */
export function titleFromFileName(fileName: string): string {
  const name = baseName(fileName);
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).trim() || name;
}

/**
 * Parses one transcript file. `.txt`/`.md`/`.docx` become speaker turns when the text has
 * speaker labels (see `speaker-turns.ts`), else paragraphs; `.vtt`/`.srt` become merged cue turns
 * with times. Never throws: a file that cannot be read gives `{ error }`, a phrase that reads
 * after the file name ("is empty", "is not UTF-8 text: …"). Files over `MAX_TRANSCRIPT_BYTES`
 * (20 MB) are refused before being read.
 */
export async function parseTranscriptFile(fileName: string, bytes: Uint8Array): Promise<TranscriptImport> {
  try {
    return await parseChecked(fileName, bytes);
  } catch (error) {
    return { error: 'could not be imported because of an unexpected problem', details: boundedDetails(error) };
  }
}

/**
 * Line ends as `\n` and no leading BOM: all the readers need to find lines. Full normalisation
 * (NFC, trailing spaces) happens once per turn body in `buildTextFromTurns`.
 */
function unifyLineEnds(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

async function parseChecked(fileName: string, bytes: Uint8Array): Promise<TranscriptImport> {
  const format = transcriptFormatOf(fileName);
  if (format === null) {
    const extension = extensionOf(fileName);
    const found = extension ? `.${extension} files` : 'files without an extension';
    return { error: `cannot be imported: ${found} are not transcripts Verbatim reads (use .txt, .md, .docx, .vtt or .srt)` };
  }
  if (bytes.length > MAX_TRANSCRIPT_BYTES) {
    return { error: `is ${formatMegabytes(bytes.length)}, over the ${formatMegabytes(MAX_TRANSCRIPT_BYTES)} limit for one transcript` };
  }
  if (bytes.length === 0) return { error: 'is empty' };
  const title = titleFromFileName(fileName);
  if (format === 'docx') {
    const extracted = await extractDocxText(bytes);
    if ('error' in extracted) return extracted;
    return readText(title, format, unifyLineEnds(extracted.text), extracted.warnings);
  }
  const decoded = decodeTranscriptBytes(bytes);
  if ('error' in decoded) return decoded;
  const text = unifyLineEnds(decoded.text);
  if (format === 'txt' || format === 'md') return readText(title, format, text, decoded.warnings);
  const cues = format === 'vtt' ? parseVtt(text) : parseSrt(text);
  if ('error' in cues) return cues;
  return finishTranscript(title, format, cues.bodies, [...decoded.warnings, ...cues.warnings]);
}

/**
 * A text format's source split into turns as `reading` says; the source is kept (under the text
 * rule) so the document can be read again another way.
 */
async function readText(title: string, format: 'txt' | 'md' | 'docx', raw: string, warnings: string[]): Promise<TranscriptImport> {
  const cleaned = cleanText(raw);
  const split = splitTurns(cleaned.text, format === 'md');
  return finishTranscript(title, format, split.bodies, [...warnings, ...cleaningWarnings(cleaned)], { source: cleaned.text, pattern: split.pattern });
}

/**
 * A stored document's source read again, as turns or paragraphs (the user's choice): the same
 * reader as the import, so the result is what importing the file with that reading would give.
 */
export async function rereadSource(title: string, format: 'txt' | 'md' | 'docx', source: string, reading: TextReading): Promise<TranscriptImport> {
  const split = splitTurns(source, format === 'md', reading);
  return finishTranscript(title, format, split.bodies, [], { source, pattern: split.pattern });
}
