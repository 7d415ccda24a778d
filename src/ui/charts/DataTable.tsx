export interface DataTableRow {
  key: string;
  /** The row's label (a code path), a row header. */
  header: string;
  cells: readonly (string | number)[];
}

interface Props {
  caption: string;
  /** Header of the label column. */
  corner: string;
  columns: readonly string[];
  rows: readonly DataTableRow[];
}

/** A chart's numbers as a plain table, for reading, screen readers and copying. */
export function DataTable({ caption, corner, columns, rows }: Props) {
  return (
    <table className="grid chart-data">
      <caption className="muted small">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{corner}</th>
          {columns.map((c) => <th key={c} scope="col">{c}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, i) => <td key={i} className="num">{cell}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
