import { useState } from 'react';
import { Withheld } from '../Withheld';

export interface DataTableRow {
  key: string;
  /** The row's label (a code path), a row header. */
  header: string;
  /** Counts or their published text; null for a withheld count. */
  cells: readonly (string | number | null)[];
}

interface Props {
  caption: string;
  /** Header of the label column. */
  corner: string;
  columns: readonly string[];
  rows: readonly DataTableRow[];
  /** Rows drawn at first; the rest behind a "Show all" button (hundreds of codes are slow to draw). */
  limit?: number;
}

/** A chart's numbers as a plain table, for reading, screen readers and copying. */
export function DataTable({ caption, corner, columns, rows, limit = Infinity }: Props) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? rows : rows.slice(0, limit);
  return (
    <>
    <table className="grid chart-data">
      <caption className="muted small">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{corner}</th>
          {columns.map((c) => <th key={c} scope="col">{c}</th>)}
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, i) => <td key={i} className="num">{cell === null ? <Withheld /> : cell}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
    {shown.length < rows.length && (
      <button type="button" className="link" onClick={() => setShowAll(true)}>Show all {rows.length} rows</button>
    )}
    </>
  );
}
