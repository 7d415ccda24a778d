import type { AgreementResult, AgreementRow, UnitCoderRow } from '../../core/agreement';
import { toCsv, type CsvOptions, type CsvValue } from './safe-csv';

/**
 * The agreement exports of issue 12, so a methodologist can reproduce every figure:
 *
 * - the agreement table, one row per code × document, per code and overall;
 * - the raw unit × coder data in the layout R's irr package reads (`kappa2`, `kappam.fleiss`,
 *   `agree` take units as rows and coders as columns; `kripp.alpha` takes the transpose);
 * - the same data for ReCal (no header, units as rows, one column per coder).
 *
 * Undefined figures are written `NA`, which R reads as missing; coefficients are written as
 * numbers, negative ones included (see `rawNumbers` in safe-csv).
 */

/** Names to print for the ids in the data; an id without a name is printed as it is. */
export interface AgreementNames {
  coders: ReadonlyMap<string, string>;
  codes: ReadonlyMap<string, string>;
  documents: ReadonlyMap<string, string>;
}

export const AGREEMENT_TABLE_COLUMNS = [
  'scope', 'code', 'document', 'unit', 'units', 'prevalence', 'percent_agreement', 'coded_agreement',
  'cohen_kappa', 'scott_pi', 'gwet_ac1', 'fleiss_kappa', 'gwet_ac1_multi', 'krippendorff_alpha',
  'unitizing_alpha_2004', 'binary_u_alpha', 'u_alpha', 'cu_alpha',
] as const;

const STATS: readonly (keyof AgreementRow)[] = [
  'prevalence', 'percentAgreement', 'codedAgreement', 'cohenKappa', 'scottPi', 'gwetAC1', 'fleissKappa', 'gwetAC1Multi',
  'krippendorffAlpha', 'unitizingAlpha', 'binaryUAlpha', 'uAlpha', 'cuAlpha',
];

const name = (names: ReadonlyMap<string, string>, id: string | null): string => (id === null ? '' : (names.get(id) ?? id));
const figure = (x: unknown): CsvValue => (typeof x === 'number' && Number.isFinite(x) ? x : 'NA');

/** `agreement.csv`: every row of the table with every figure; `NA` where a figure is undefined. */
export function agreementTableCsv(result: AgreementResult, names: AgreementNames, options: CsvOptions = {}): string {
  const rows = result.rows.map((r): CsvValue[] => [
    r.scope, name(names.codes, r.codeId), name(names.documents, r.documentId), result.unit, r.units,
    ...STATS.map((key) => figure(r[key])),
  ]);
  return toCsv(rows, AGREEMENT_TABLE_COLUMNS, { ...options, rawNumbers: true });
}

/** Coder columns get the coders' names, made unique so R's data frame keeps each one. */
function coderColumns(coderIds: readonly string[], names: AgreementNames): string[] {
  const seen = new Map<string, number>();
  return coderIds.map((id) => {
    const base = name(names.coders, id);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** Columns before the coders' in `agreementUnitsCsv`: drop them with `x[, -(1:6)]` in R. */
export const UNIT_COLUMNS = ['document', 'code', 'unit', 'start', 'end', 'weight'] as const;

/**
 * `agreement-units.csv`: one row per unit (a run of characters coded alike, a turn or a
 * document), `weight` the number of units it stands for (a run's characters, otherwise 1), then
 * one column per coder: 1 coded, 0 not coded, `NA` no data (a document the coder never opened).
 * `unit` numbers the rows of each code × document from 1.
 */
export function agreementUnitsCsv(rows: readonly UnitCoderRow[], coderIds: readonly string[], names: AgreementNames, options: CsvOptions = {}): string {
  let previous = '';
  let n = 0;
  const cells = rows.map((r): CsvValue[] => {
    const key = `${r.documentId}\u0000${r.codeId}`;
    n = key === previous ? n + 1 : 1;
    previous = key;
    return [name(names.documents, r.documentId), name(names.codes, r.codeId), n, r.start, r.end, r.weight, ...r.values.map((v) => (v === null ? 'NA' : v))];
  });
  return toCsv(cells, [...UNIT_COLUMNS, ...coderColumns(coderIds, names)], { ...options, rawNumbers: true });
}

/**
 * The same data for ReCal: no header, one row per unit (runs repeated once per character), one
 * column per coder, `#` for no data (which ReCal OIR accepts; ReCal2 and ReCal3 need complete
 * data, so leave out documents a coder never opened). ReCal reads files up to 100,000 bytes:
 * export one code, or one code × document, at a time.
 */
export function agreementRecalCsv(rows: readonly UnitCoderRow[], coderIds: readonly string[]): string {
  const cells: CsvValue[][] = [];
  for (const r of rows) {
    const line = r.values.map((v) => (v === null ? '#' : v));
    for (let i = 0; i < r.weight; i++) cells.push(line);
  }
  const csv = toCsv(cells, coderIds.map((_, i) => `coder${i + 1}`), { rawNumbers: true });
  return csv.slice(csv.indexOf('\r\n') + 2);
}
