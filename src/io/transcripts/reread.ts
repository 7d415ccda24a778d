/**
 * A stored document read again as speaker turns or as paragraphs, by the same reader as its
 * import, from its source text (see `core/transcript/source`). Pure: the result is what storage
 * then writes (see `storage/document-reading`).
 */
import type { DocumentMeta, DocumentText, SourceFormat, TextReadingSummary } from '../../core/model';
import type { RereadDocument } from '../../core/operations/document-reading';
import { sourceOf } from '../../core/transcript/source';
import { rereadSource } from './parse-file';

/** Formats whose text can be read either way: text files, and REFI-QDA and demo plain text. Subtitles are timed cues, not lines. */
export function canReread(format: SourceFormat): boolean {
  return format !== 'vtt' && format !== 'srt';
}

/** How the document is read now, as the user is told: stored with it, or seen in its turns. */
export function currentReading(text: Pick<DocumentText, 'turns' | 'reading'>): TextReadingSummary {
  if (text.reading) return text.reading;
  if (!text.turns.some((turn) => turn.speaker !== null)) return { kind: 'paragraphs' };
  return { kind: 'turns', pattern: text.turns.some((turn) => turn.startMs !== undefined) ? '[00:01:02] Name:' : 'Name:' };
}

/** The document read as `reading`, or why it cannot be (no text would be left). */
export async function rereadDocument(
  meta: Pick<DocumentMeta, 'title' | 'format'>, text: Pick<DocumentText, 'text' | 'turns' | 'source'>, reading: 'turns' | 'paragraphs',
): Promise<{ value: RereadDocument } | { error: string }> {
  const format = meta.format === 'md' || meta.format === 'docx' ? meta.format : 'txt';
  const source = sourceOf(text);
  const result = await rereadSource(meta.title, format, source, reading);
  if ('error' in result) return { error: result.error };
  const { value } = result;
  return {
    value: {
      text: value.text, turns: value.turns, speakers: value.speakers, wordCount: value.wordCount, contentHash: value.contentHash,
      source, reading: value.reading ?? { kind: 'paragraphs' },
    },
  };
}
