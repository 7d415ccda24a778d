/**
 * Reading a document again another way (speaker turns or paragraphs): the new text and turns
 * replace the old, and every coded passage is carried over by its quote, as re-anchoring after a
 * correction does. Pure: it computes the changes and what became of each passage, and writes
 * nothing.
 */
import { put, remove, type Change } from '../changes';
import type { Coding, DocumentMeta, DocumentText, Segment, TextReadingSummary, Turn } from '../model';
import { reanchor } from '../transcript/anchor';
import { quoteContext } from '../transcript/blocks';

/** The document as read again: what an importer gives for its source under the chosen reading. */
export interface RereadDocument {
  text: string;
  turns: Turn[];
  speakers: string[];
  wordCount: number;
  contentHash: string;
  source: string;
  reading: TextReadingSummary;
}

/** A passage that could not be found in the text as read again, with how many codes it had. */
export interface UnplacedPassage {
  segmentId: string;
  quote: string;
  codings: number;
}

export interface ReadingPlan {
  changes: Change[];
  /** Passages found again at the same words. */
  carried: number;
  /** Passages found only approximately (their quote changed a little). */
  approximate: number;
  /** Passages not found: removed with their codings by `changes`, listed for the user. */
  unplaced: UnplacedPassage[];
}

/**
 * The changes that give `meta`/`text` the `reread` text and turns: the text record replaced,
 * the metadata's speakers, length, word count and hash updated, each segment moved to where its
 * quote is found in the new text (`reanchor`: the same offsets if the words are still there,
 * else the best exact or approximate match by quote and context), and each segment that cannot
 * be found removed with its codings, and listed in `unplaced`: never dropped unseen.
 */
export function planDocumentReading(
  meta: DocumentMeta, text: DocumentText, reread: RereadDocument, segments: readonly Segment[], codings: readonly Coding[],
): ReadingPlan {
  const changes: Change[] = [
    put('texts', { documentId: text.documentId, projectId: text.projectId, text: reread.text, turns: reread.turns, source: reread.source, reading: reread.reading }),
    put('documents', { ...meta, speakers: reread.speakers, length: reread.text.length, wordCount: reread.wordCount, contentHash: reread.contentHash }),
  ];
  const codingsOf = new Map<string, Coding[]>();
  for (const c of codings) codingsOf.set(c.segmentId, [...(codingsOf.get(c.segmentId) ?? []), c]);
  const plan: ReadingPlan = { changes, carried: 0, approximate: 0, unplaced: [] };
  for (const segment of segments) {
    const found = reanchor(reread.text, segment);
    if (found === null) {
      const own = codingsOf.get(segment.id) ?? [];
      changes.push(...own.map((c) => remove('codings', c.id)), remove('segments', segment.id));
      plan.unplaced.push({ segmentId: segment.id, quote: segment.quote, codings: own.length });
      continue;
    }
    if (found.exact) plan.carried += 1;
    else plan.approximate += 1;
    const context = quoteContext(reread.text, found.start, found.end);
    if (found.start !== segment.start || found.end !== segment.end || context.prefix !== segment.prefix || context.suffix !== segment.suffix || context.quote !== segment.quote) {
      changes.push(put('segments', { ...segment, start: found.start, end: found.end, ...context }));
    }
  }
  return plan;
}
