import type { ProjectBundle } from '../../core/bundle';
import type { Turn } from '../../core/model';
import { codePaths } from '../../core/codebook/tree';
import { inProjectOrder } from '../../core/document-order';
import { SPEAKER_SEPARATOR } from '../../core/quotes/attribution';
import { toCsv, type CsvOptions } from './safe-csv';

/** The research team's full coded-segment table; NOT anonymised (quotes, speakers, memos as stored). */
export const SEGMENT_COLUMNS = ['document_title', 'speaker', 'code_path', 'start', 'end', 'quote', 'memo', 'coder'] as const;

export type SegmentsSource = Pick<ProjectBundle, 'documents' | 'texts' | 'codes' | 'segments' | 'codings' | 'coders'>;

/**
 * One row per coding (segment × code × coder), in document order, then start offset, then code
 * path, then coder. `speaker` lists the speaker labels of the turns the segment touches, as in
 * the transcript, `; `-joined; `start`/`end` are UTF-16 offsets into the document text. Nothing
 * is redacted: this file is for the research team only, which its name says (`segmentsFileName`).
 */
export function segmentsCsv(source: SegmentsSource, options: CsvOptions = {}): string {
  const paths = codePaths(source.codes);
  const docRank = new Map(inProjectOrder(source.documents).map((d, i) => [d.id, i] as const));
  const titles = new Map(source.documents.map((d) => [d.id, d.title] as const));
  const turns = new Map(source.texts.map((t) => [t.documentId, t.turns] as const));
  const coders = new Map(source.coders.map((c) => [c.id, c.name] as const));
  const segments = new Map(source.segments.map((s) => [s.id, s] as const));
  const rows = source.codings.flatMap((coding) => {
    const s = segments.get(coding.segmentId);
    if (!s || !docRank.has(s.documentId)) return [];
    return [{
      rank: docRank.get(s.documentId) as number,
      cells: [titles.get(s.documentId) ?? '', speakersOf(turns.get(s.documentId) ?? [], s.start, s.end), paths.get(coding.codeId) ?? '',
        s.start, s.end, s.quote, s.memo, coders.get(coding.coderId) ?? coding.coderId] as const,
    }];
  });
  rows.sort((a, b) => a.rank - b.rank || (a.cells[3] - b.cells[3]) || compare(a.cells[2], b.cells[2]) || compare(a.cells[7], b.cells[7]));
  return toCsv(rows.map((r) => r.cells), SEGMENT_COLUMNS, options);
}

/** `coded-segments_NOT-ANONYMISED.csv`, so the file says what it is wherever it is copied. */
export function segmentsFileName(): string {
  return 'coded-segments_NOT-ANONYMISED.csv';
}

/** Distinct speaker labels of the turns overlapping `[start, end)`, in order. */
function speakersOf(turns: readonly Turn[], start: number, end: number): string {
  const labels: string[] = [];
  for (const t of turns) {
    const touches = start === end ? t.start <= start && start < t.end : t.start < end && start < t.end;
    if (touches && t.speaker !== null && !labels.includes(t.speaker)) labels.push(t.speaker);
  }
  return labels.join(SPEAKER_SEPARATOR);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
