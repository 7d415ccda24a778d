/**
 * Dates as spreadsheets write them. A date attribute is stored as an ISO day (`2024-03-31`), but
 * a sheet saved from Excel or LibreOffice in most locales writes `31/03/2024` (day first) or, in
 * the US, `3/31/2024` (month first). A column is read one way throughout: month first only when
 * some date in it cannot be day first (its middle number is over 12) and none cannot be month
 * first; otherwise day first, the order of the UK and most of the world. When no date in the
 * column settles the order, the reading is reported as a guess.
 */

export type DateOrder = 'iso' | 'day-first' | 'month-first';

export interface DateColumnReading {
  order: DateOrder;
  /** True when the column's dates could be read either way and day first was assumed. */
  guessed: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `31/03/2024`, `3-31-2024`, `31.03.2024`: one or two digits, one or two digits, four-digit year. */
const SHEET_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** The ISO day for a real calendar date, or null (`2023-02-29` is not one). */
function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How a column of date cells is to be read (cells that are no date at all do not count). */
export function readDateColumn(values: readonly string[]): DateColumnReading {
  let dayFirstOnly = false;
  let monthFirstOnly = false;
  let sheetDates = 0;
  for (const value of values) {
    const m = SHEET_DATE.exec(value.trim());
    if (!m) continue;
    sheetDates += 1;
    const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const asDayFirst = isoDay(year, second, first) !== null;
    const asMonthFirst = isoDay(year, first, second) !== null;
    if (asDayFirst && !asMonthFirst) dayFirstOnly = true;
    if (asMonthFirst && !asDayFirst) monthFirstOnly = true;
  }
  if (sheetDates === 0) return { order: 'iso', guessed: false };
  if (monthFirstOnly && !dayFirstOnly) return { order: 'month-first', guessed: false };
  return { order: 'day-first', guessed: !dayFirstOnly && !monthFirstOnly };
}

/** A cell as an ISO day under the column's reading (ISO cells are always accepted), or null. */
export function toIsoDate(value: string, reading: DateColumnReading): string | null {
  const v = value.trim();
  const iso = ISO_DATE.exec(v);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = SHEET_DATE.exec(v);
  if (!m || reading.order === 'iso') return null;
  const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  return reading.order === 'day-first' ? isoDay(year, second, first) : isoDay(year, first, second);
}
