import type { ProjectBundle } from '../../core/bundle';
import { createRedactor, type RedactionMark } from '../../core/anonymise/redact';
import { outputRules } from '../../core/anonymise/name-rules';
import { selectQuotes, type AttributeFilter, type QuoteFilter, type QuoteRow } from '../../core/quotes/select';

/** What the user has chosen to quote. */
export interface QuoteChoice {
  codeIds: ReadonlySet<string>;
  includeSubcodes: boolean;
  /** Chosen values per attribute id; an attribute with none chosen does not filter. */
  attributeValues: ReadonlyMap<string, ReadonlySet<string>>;
  /** Chosen documents; none = every document. */
  documentIds: ReadonlySet<string>;
}

export const EMPTY_CHOICE: QuoteChoice = { codeIds: new Set(), includeSubcodes: true, attributeValues: new Map(), documentIds: new Set() };

/** The chosen attribute values as core's attribute filters. */
export function toAttributeFilters(choice: QuoteChoice): AttributeFilter[] {
  return [...choice.attributeValues].filter(([, values]) => values.size > 0).map(([attributeId, values]) => ({ attributeId, values: [...values] }));
}

/** A quote as it will be exported, with where its replacements sit (for marking them on screen). */
export interface PreviewQuote extends QuoteRow {
  marks: RedactionMark[];
}

/**
 * Quotes drawn in the preview: a study's "every code" is tens of thousands, and drawing them all
 * froze the page for seconds; the counts and the export always cover every quote.
 */
export const PREVIEW_LIMIT = 200;

export interface QuotePreview {
  /** The first `PREVIEW_LIMIT` quotes, with their marks. */
  rows: PreviewQuote[];
  /** Every quote the choice gives (and the export writes). */
  total: number;
  /** Quotes per code path, all of them, not only those drawn. */
  countByCode: ReadonlyMap<string, number>;
  warnings: string[];
  passages: number;
  documents: number;
}

/** The on-screen choice as core's quote filter. */
export function toQuoteFilter(choice: QuoteChoice): QuoteFilter {
  return {
    codeIds: [...choice.codeIds],
    includeSubcodes: choice.includeSubcodes,
    attributeFilters: toAttributeFilters(choice),
    documentIds: [...choice.documentIds],
  };
}

/**
 * The quotes core's `selectQuotes` gives for the choice, each with the marks of core's
 * redactor run with the same rules (the project's list plus the participant-name safety net).
 * A quote whose text disagrees with the export is shown without marks rather than wrongly marked.
 */
export function previewQuotes(bundle: ProjectBundle, choice: QuoteChoice): QuotePreview {
  const selection = selectQuotes(bundle, toQuoteFilter(choice));
  const redactor = createRedactor(outputRules(bundle.redactions, bundle.participants));
  const quoteOf = new Map(bundle.segments.map((s) => [s.id, s.quote] as const));
  const marked = new Map<string, RedactionMark[]>();
  const rows = selection.rows.slice(0, PREVIEW_LIMIT).map((row) => {
    let marks = marked.get(row.segmentId);
    if (!marks) {
      const result = redactor(quoteOf.get(row.segmentId) ?? '');
      marks = result.text === row.quote ? result.marks : [];
      marked.set(row.segmentId, marks);
    }
    return { ...row, marks };
  });
  return {
    rows,
    total: selection.rows.length,
    countByCode: selection.rows.reduce((m, r) => m.set(r.codePath, (m.get(r.codePath) ?? 0) + 1), new Map<string, number>()),
    warnings: selection.warnings,
    passages: new Set(selection.rows.map((r) => r.segmentId)).size,
    documents: new Set(selection.rows.map((r) => r.documentId)).size,
  };
}

/** `text` cut at the marks: plain runs and marked runs, in order. */
export function markedRuns(text: string, marks: readonly RedactionMark[]): { text: string; marked: boolean }[] {
  const runs: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) runs.push({ text: text.slice(at, m.start), marked: false });
    runs.push({ text: text.slice(m.start, m.end), marked: true });
    at = m.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}
