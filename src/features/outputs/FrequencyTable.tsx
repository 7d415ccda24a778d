import { ALL_GROUP, type FrequencyRow } from '../../core/frequencies/theme-frequencies';

const COLUMNS: [keyof FrequencyRow, string][] = [
  ['code_path', 'Code'], ['group', 'Group'], ['participants', 'Participants'],
  ['participants_in_group', 'Participants in group'], ['documents', 'Documents'], ['segments', 'Segments'],
];

/** The published frequency rows as they will be exported; withheld cells shown as a dash. */
export function FrequencyTable({ rows, k }: { rows: readonly FrequencyRow[]; k: number }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Theme frequencies table">
      <table className="grid frequency-table">
        <caption className="muted small">Theme frequencies, counts of 1 to {k - 1} shown as &lt;{k}; a dash is withheld so small counts cannot be worked out.</caption>
        <thead><tr>{COLUMNS.map(([key, label]) => <th key={key} scope="col">{label}</th>)}</tr></thead>
        <tbody>
          {rows.map((row, i) => (
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
    </div>
  );
}
