import type { FrequencyRow } from '../../core/frequencies/theme-frequencies';
import { toCsv, type CsvOptions } from './safe-csv';

/** The theme-frequencies table, exactly these columns in this order. */
export const FREQUENCY_COLUMNS = ['code_path', 'group', 'participants', 'participants_in_group', 'documents', 'segments'] as const;

/**
 * The theme-frequencies CSV from `themeFrequencies` rows, already suppressed: `<k` and blank
 * cells are written as they are. Formula-neutralised, CRLF (see `safe-csv.ts`), so a `<3` cell
 * stays text and no code name can run as a formula.
 */
export function frequenciesCsv(rows: readonly FrequencyRow[], options: CsvOptions = {}): string {
  return toCsv(rows.map((r) => FREQUENCY_COLUMNS.map((c) => r[c])), FREQUENCY_COLUMNS, options);
}

/**
 * `theme-frequencies_k3.csv`: carries the suppression threshold so a reader knows what `<3`
 * means. The project name is accepted but deliberately left out — study names often name the
 * site or organisation — as is anything about participants.
 */
export function frequenciesFileName(_projectName: string | undefined, k: number): string {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number of at least 1 (got ${k})`);
  return `theme-frequencies_k${k}.csv`;
}
