/**
 * Input checks shared by the coefficients: a bad table is a caller's mistake, so it throws a
 * RangeError naming what is wrong instead of returning a number that looks like a result.
 */

/** Throws unless every cell is a finite count of zero or more. */
export function assertCounts(rows: readonly (readonly number[])[], what: string): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (let j = 0; j < row.length; j++) {
      const v = row[j]!;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        throw new RangeError(`${what}: cell [${i}][${j}] is ${String(v)}; counts must be finite and not negative`);
      }
    }
  }
}

/** Throws unless `table` is square (as many columns as rows). */
export function assertSquare(table: readonly (readonly number[])[], what: string): void {
  for (let i = 0; i < table.length; i++) {
    if (table[i]!.length !== table.length) {
      throw new RangeError(`${what}: row ${i} has ${table[i]!.length} cells, but the table has ${table.length} rows; it must be square`);
    }
  }
}

/** Throws unless every row has the same number of cells as the first. */
export function assertRectangular(rows: readonly (readonly number[])[], what: string): void {
  const width = rows[0]?.length ?? 0;
  for (let i = 1; i < rows.length; i++) {
    if (rows[i]!.length !== width) throw new RangeError(`${what}: row ${i} has ${rows[i]!.length} cells, row 0 has ${width}`);
  }
}

/**
 * Chance-corrected agreement `(po − pe) / (1 − pe)`, or null where chance agreement is total
 * (pe = 1: every unit in one category, so there is nothing to correct against). The tolerance
 * absorbs floating-point rounding of a pe that is exactly 1 in exact arithmetic.
 */
export function chanceCorrected(po: number, pe: number): number | null {
  if (!(1 - pe > 1e-12)) return null;
  return (po - pe) / (1 - pe);
}
