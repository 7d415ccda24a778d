import { memo, useState } from 'react';
import { ALL_GROUP, type FrequencyRow } from '../../core/frequencies/theme-frequencies';

const COLUMNS: [keyof FrequencyRow, string][] = [
  ['code_path', 'Code'], ['group', 'Group'], ['participants', 'Participants'],
  ['participants_in_group', 'Participants in group'], ['documents', 'Documents'], ['segments', 'Segments'],
];

/** Rows drawn at first: hundreds of codes times their groups are slow to draw. */
const ROWS_SHOWN = 100;

/** The published frequency rows as they will be exported; withheld cells shown as a dash. */
export const FrequencyTable = memo(function FrequencyTable({ rows, k }: { rows: readonly FrequencyRow[]; k: number }) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? rows : rows.slice(0, ROWS_SHOWN);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Theme frequencies table">
      <table className="grid frequency-table">
        <caption className="muted small">Theme frequencies, counts of 1 to {k - 1} shown as &lt;{k}; a dash is withheld so small counts cannot be worked out.</caption>
        <thead><tr>{COLUMNS.map(([key, label]) => <th key={key} scope="col">{label}</th>)}</tr></thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={i} className={row.group === ALL_GROUP ? 'all-row' : undefined}>
              {COLUMNS.map(([key]) => {
                const value = row[key];
                if (key === 'code_path' || key === 'group') return <td key={key}>{value}</td>;
                return <td key={key} className="num">{value === '' ? <><span aria-hidden="true" title="withheld">–</span><span className="visually-hidden">withheld</span></> : value}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < rows.length && (
        <button type="button" className="link" onClick={() => setShowAll(true)}>Show all {rows.length} rows (the export always has them all)</button>
      )}
    </div>
  );
});
