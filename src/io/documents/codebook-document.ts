import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { CodeCount } from '../../core/codebook/counts';
import { sortedTree, type TreeRow } from '../../core/codebook/tree';
import type { Code, Id } from '../../core/model';
import { packDocx, textRuns } from './docx-parts';
import { escapeMarkdown, heading } from './markdown';

/**
 * The codebook as a document: every code in tree order with its path, definition, when to use,
 * when not to use, example and counts. Always labelled as internal: definitions and examples
 * are free text typed by the team and are not redacted.
 */

/** The label at the top of every codebook document. */
export const INTERNAL_LABEL = 'For the research team — internal, not anonymised';

export interface CodebookSource {
  codes: readonly Code[];
  /** From `codeCounts`; codes without an entry show no counts. */
  counts?: ReadonlyMap<Id, CodeCount>;
  /** Default "Codebook". */
  title?: string;
}

/** One code's fields as label/value pairs, in the order written; empty values as "—". */
function fields(row: TreeRow, counts: ReadonlyMap<Id, CodeCount> | undefined): [string, string][] {
  const d = row.code.description;
  const shown = (value: string) => (value.trim() === '' ? '—' : value.trim());
  const out: [string, string][] = [
    ['Path', row.path],
    ['Definition', shown(d.definition)],
    ['When to use', shown(d.whenToUse)],
    ['When not to use', shown(d.whenNotToUse)],
    ['Example', shown(d.example)],
  ];
  const c = counts?.get(row.code.id);
  if (c) out.push(['Counts', countsText(c)]);
  if (!row.code.isCodable) out.push(['Note', 'Groups other codes; not applied to text itself']);
  return out;
}

/** `4 segments in 2 documents; with sub-codes 7 segments in 4 documents`. */
function countsText(c: CodeCount): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const own = `${plural(c.segments, 'segment')} in ${plural(c.documents, 'document')}`;
  if (c.segmentsWithDescendants === c.segments && c.documentsWithDescendants === c.documents) return own;
  return `${own}; with sub-codes ${plural(c.segmentsWithDescendants, 'segment')} in ${plural(c.documentsWithDescendants, 'document')}`;
}

/** Markdown: title, the internal label, then a heading per code (level by depth) and its fields. */
export function codebookMarkdown(source: CodebookSource): string {
  const parts = [heading(1, source.title ?? 'Codebook'), `*${escapeMarkdown(INTERNAL_LABEL)}*`];
  for (const row of sortedTree(source.codes)) {
    parts.push(heading(row.depth + 2, row.code.name));
    parts.push(fields(row, source.counts).map(([label, value]) => `**${label}:** ${escapeMarkdown(value).replace(/\n/g, '  \n')}`).join('  \n'));
  }
  return parts.join('\n\n') + '\n';
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Word .docx (bytes): title, the internal label, a heading per code (level by depth), its fields. */
export async function codebookDocx(source: CodebookSource): Promise<Uint8Array> {
  const title = source.title ?? 'Codebook';
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(title) }),
    new Paragraph({ children: textRuns(INTERNAL_LABEL, { italics: true }) }),
  ];
  for (const row of sortedTree(source.codes)) {
    children.push(new Paragraph({ heading: HEADINGS[Math.min(row.depth + 1, 5)], children: textRuns(row.code.name) }));
    for (const [label, value] of fields(row, source.counts)) {
      children.push(new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)] }));
    }
  }
  return packDocx(title, children);
}
