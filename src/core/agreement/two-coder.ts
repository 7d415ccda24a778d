import { assertCounts, assertSquare, chanceCorrected } from './validate';

/**
 * Two-coder coefficients from a square table of counts: rows are coder A's categories, columns
 * coder B's, cell [i][j] the units A put in category i and B in category j. They share the
 * observed agreement (the diagonal's share) and differ only in the agreement expected by chance:
 * Cohen (1960) from each coder's own margins, Scott (1955) from the pooled margins, Gwet (2008)
 * from the chance that a rating is random at all.
 */

interface Margins {
  n: number;
  po: number;
  rows: number[];
  cols: number[];
}

function margins(table: readonly (readonly number[])[], what: string): Margins | null {
  assertSquare(table, what);
  assertCounts(table, what);
  const q = table.length;
  const rows = new Array<number>(q).fill(0);
  const cols = new Array<number>(q).fill(0);
  let n = 0;
  let diagonal = 0;
  for (let i = 0; i < q; i++) {
    for (let j = 0; j < q; j++) {
      const v = table[i]![j]!;
      rows[i]! += v;
      cols[j]! += v;
      n += v;
    }
    diagonal += table[i]![i]!;
  }
  return n > 0 ? { n, po: diagonal / n, rows, cols } : null;
}

/** Share of units both coders put in the same category; null for an empty table. */
export function percentAgreement(table: readonly (readonly number[])[]): number | null {
  return margins(table, 'percentAgreement')?.po ?? null;
}

/** Cohen's (1960) kappa: chance agreement from each coder's own category proportions. */
export function cohenKappa(table: number[][]): number | null {
  const m = margins(table, 'cohenKappa');
  if (!m) return null;
  let pe = 0;
  for (let k = 0; k < m.rows.length; k++) pe += (m.rows[k]! / m.n) * (m.cols[k]! / m.n);
  return chanceCorrected(m.po, pe);
}

/** Scott's (1955) pi: chance agreement from both coders' pooled category proportions. */
export function scottPi(table: number[][]): number | null {
  const m = margins(table, 'scottPi');
  if (!m) return null;
  let pe = 0;
  for (let k = 0; k < m.rows.length; k++) pe += ((m.rows[k]! + m.cols[k]!) / (2 * m.n)) ** 2;
  return chanceCorrected(m.po, pe);
}

/**
 * Gwet's (2008) AC1: chance agreement Σ πk(1 − πk) / (q − 1) over the q categories of the
 * table, πk the pooled proportion of category k. It stays stable when one category dominates,
 * where kappa collapses (the "paradoxes of kappa"). Null with fewer than two categories.
 */
export function gwetAC1(table: number[][]): number | null {
  const m = margins(table, 'gwetAC1');
  const q = table.length;
  if (!m || q < 2) return null;
  let spread = 0;
  for (let k = 0; k < q; k++) {
    const pi = (m.rows[k]! + m.cols[k]!) / (2 * m.n);
    spread += pi * (1 - pi);
  }
  return chanceCorrected(m.po, spread / (q - 1));
}
