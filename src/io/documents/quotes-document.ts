import { AlignmentType, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { QuoteRow } from '../../core/quotes/select';
import { packDocx, textRuns, xmlSafe } from './docx-parts';
import { blockQuote, escapeMarkdown, heading } from './markdown';

/**
 * The quote selection as a document for a write-up: each quote as a block quote followed by
 * `— attribution`. Rows come from `selectQuotes` (redacted, attributed by role), so these
 * documents hold no names; they carry only what the quotes CSV carries, minus participant refs.
 */

export interface QuotesDocumentOptions {
  /** Document title (default "Quotes"); keep study and site names out of it. */
  title?: string;
  /** A heading for each code path, quotes beneath it (default true). */
  groupByCode?: boolean;
  /** The quote ref after each attribution, `(Q0007)` (default true). */
  includeQuoteRefs?: boolean;
}

const EM_DASH = '—';

/**
 * Markdown: `# title`, then per code `## code path` (unless not grouped), then for each quote
 * `> quote` (every line quoted) and `— *attribution* (Q0007)`. Text is Markdown-escaped.
 */
export function quotesMarkdown(rows: readonly QuoteRow[], options: QuotesDocumentOptions = {}): string {
  const parts = [heading(1, options.title ?? 'Quotes')];
  for (const group of groups(rows, options.groupByCode ?? true)) {
    if (group.codePath !== null) parts.push(heading(2, group.codePath));
    for (const row of group.rows) {
      const ref = options.includeQuoteRefs === false || row.quoteRef === '' ? '' : ` (${escapeMarkdown(row.quoteRef)})`;
      parts.push(blockQuote(escapeMarkdown(row.quote)), `${EM_DASH} *${escapeMarkdown(row.attribution)}*${ref}`);
    }
  }
  return parts.join('\n\n') + '\n';
}

/**
 * Word .docx (bytes of the zip): title, a Heading 2 per code path, each quote as a paragraph
 * indented on both sides, then `— attribution` in italic small capitals, right-aligned.
 */
export async function quotesDocx(rows: readonly QuoteRow[], options: QuotesDocumentOptions = {}): Promise<Uint8Array> {
  const title = options.title ?? 'Quotes';
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(title) })];
  for (const group of groups(rows, options.groupByCode ?? true)) {
    if (group.codePath !== null) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(group.codePath) }));
    for (const row of group.rows) children.push(quoteParagraph(row), attributionParagraph(row, options.includeQuoteRefs ?? true));
  }
  return packDocx(title, children);
}

function quoteParagraph(row: QuoteRow): Paragraph {
  return new Paragraph({ indent: { left: 720, right: 720 }, spacing: { before: 240, after: 60 }, children: textRuns(row.quote) });
}

function attributionParagraph(row: QuoteRow, withRef: boolean): Paragraph {
  const runs = [new TextRun({ text: `${EM_DASH} ` }), new TextRun({ text: xmlSafe(row.attribution), italics: true, smallCaps: true })];
  if (withRef && row.quoteRef !== '') runs.push(new TextRun({ text: ` (${xmlSafe(row.quoteRef)})`, size: 18 }));
  return new Paragraph({ indent: { left: 720, right: 720 }, alignment: AlignmentType.RIGHT, spacing: { after: 240 }, children: runs });
}

/** Consecutive rows with the same code path (rows arrive in code-tree order), or one group. */
function groups(rows: readonly QuoteRow[], byCode: boolean): { codePath: string | null; rows: QuoteRow[] }[] {
  if (!byCode) return [{ codePath: null, rows: [...rows] }];
  const out: { codePath: string; rows: QuoteRow[] }[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && last.codePath === row.codePath) last.rows.push(row);
    else out.push({ codePath: row.codePath, rows: [row] });
  }
  return out;
}
