import type { QuoteRow } from '../../core/quotes/select';
import { toCsv, type CsvOptions } from './safe-csv';

/** The anonymised quotes table, in this order; `participant_ref` is added last only on request. */
export const QUOTE_COLUMNS = ['quote_id', 'code_path', 'quote', 'attribution'] as const;
export const PARTICIPANT_REF_COLUMN = 'participant_ref';

export interface QuotesCsvOptions extends CsvOptions {
  /** Add the speakers' pseudonymous refs (`P07`) as a last column (default false). */
  includeParticipantRef?: boolean;
}

/**
 * The quotes CSV: exactly `quote_id,code_path,quote,attribution` (+ `participant_ref`). Rows
 * come from `selectQuotes`, so quotes are already redacted and attributions are roles; no
 * column can carry a participant's name. Formula-neutralised, CRLF (see `safe-csv.ts`).
 */
export function quotesCsv(rows: readonly QuoteRow[], options: QuotesCsvOptions = {}): string {
  const columns: string[] = [...QUOTE_COLUMNS];
  if (options.includeParticipantRef) columns.push(PARTICIPANT_REF_COLUMN);
  const cells = rows.map((r) => {
    const cells = [r.quoteRef, r.codePath, r.quote, r.attribution];
    return options.includeParticipantRef ? [...cells, r.participantRef] : cells;
  });
  return toCsv(cells, columns, options);
}

/** `quotes.csv`: no project, code or participant name in it. */
export function quotesFileName(): string {
  return 'quotes.csv';
}
