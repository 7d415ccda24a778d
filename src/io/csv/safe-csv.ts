import Papa from 'papaparse';

/**
 * CSV writing that is safe to open in a spreadsheet.
 *
 * - Formula neutralisation: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
 *   (or the full-width `＝ ＋ － ＠` some spreadsheets also accept) gets a leading `'`, so it is
 *   shown as text and never run; so does one where such a character follows spaces, quote marks
 *   or zero-width characters, since some spreadsheets trim those before evaluating. This includes negative numbers: `-5` is written `'-5`. Most
 *   exports hold counts and text, never negative numbers, and "never runs" must hold for every
 *   cell, so text that looks numeric gets no exception; an export of statistics that can be
 *   negative asks for `rawNumbers`, which writes cells that are JavaScript numbers as numbers.
 * - Line ends are CRLF (RFC 4180); fields are quoted only when they need it.
 * - No byte-order mark by default: the result is a JavaScript string, and whoever encodes it as
 *   UTF-8 for download may ask for `bom: true` (Excel on Windows needs the BOM to read UTF-8).
 */

/**
 * Characters that make a spreadsheet treat a cell as a formula, also behind padding some
 * spreadsheets trim before evaluating: spaces, quote marks and zero-width characters.
 */
const FORMULA_START = /^[\s"'\u200B-\u200D\u2060\uFEFF\u00AD]*[=+\-@\t\r＝＋－＠]/u;

export interface CsvOptions {
  /** Prefix U+FEFF so Excel detects UTF-8 (default false). */
  bom?: boolean;
  /**
   * Write finite number cells as they are, negative ones included (default false). For exports
   * of statistics that can be negative (agreement coefficients): the decimal text of a finite
   * number (`-0.05`, `1e-7`) is a number to every spreadsheet, never a formula, while `'-0.05`
   * would be text to R and to the spreadsheet alike.
   */
  rawNumbers?: boolean;
}

/** A cell's value as written: text unchanged, numbers in decimal, null/undefined empty. */
export type CsvValue = string | number | boolean | null | undefined;

/** `'` + the cell when it could run as a formula, otherwise the cell unchanged. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV text with a header row of `columns` and one row per item: arrays give their cells in
 * column order (missing cells empty, extra cells dropped), objects give `row[column]`. Every cell,
 * header included, is formula-neutralised.
 */
export function toCsv(
  rows: readonly (readonly CsvValue[])[] | readonly Readonly<Record<string, CsvValue>>[],
  columns: readonly string[],
  options: CsvOptions = {},
): string {
  const body = rows.map((row) => columns.map((column, i) => cellText(Array.isArray(row) ? row[i] : (row as Record<string, CsvValue>)[column], options.rawNumbers === true)));
  const csv = Papa.unparse(
    { fields: columns.map((c) => neutraliseFormula(c)), data: body },
    { newline: '\r\n', quotes: false, header: true, skipEmptyLines: false, escapeFormulae: false },
  );
  // papaparse ends the text after the last row (or, with no rows, after the header with a CRLF);
  // end every file with exactly one CRLF. A cell's own line break is quoted, so never last.
  return (options.bom ? '\uFEFF' : '') + csv.replace(/\r\n$/, '') + '\r\n';
}

function cellText(value: CsvValue, rawNumbers: boolean): string {
  if (value === null || value === undefined) return '';
  if (rawNumbers && typeof value === 'number' && Number.isFinite(value)) return String(value);
  return neutraliseFormula(String(value));
}
