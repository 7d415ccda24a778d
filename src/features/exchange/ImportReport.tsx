import type { QdpxImportSummary } from '../../io/qdpx/import-project';
import type { QdpxIssue } from '../../io/qdpx/types';

interface Props {
  summary?: QdpxImportSummary;
  errors: QdpxIssue[];
  warnings: QdpxIssue[];
  notImported?: { name: string; reason: string }[];
}

/** What a REFI-QDA import found: counts, sources it could not bring in, errors and warnings. */
export function ImportReport({ summary, errors, warnings, notImported = [] }: Props) {
  return (
    <div className="import-report stack">
      {summary && (
        <p>
          {summary.users} coders, {summary.codes} codes, {summary.sources} sources, {summary.selections} coded passages
          {summary.cases ? `, ${summary.cases} cases` : ''}.
        </p>
      )}
      {notImported.length > 0 && (
        <details open>
          <summary>{notImported.length} sources not imported</summary>
          <ul>{notImported.map((s, i) => <li key={i}><strong>{s.name}</strong>: {s.reason}</li>)}</ul>
        </details>
      )}
      {errors.length > 0 && (
        <ul className="error" aria-label="Errors">{errors.map((e, i) => <li key={i}><code>{e.code}</code> {e.message}</li>)}</ul>
      )}
      {warnings.length > 0 && (
        <details>
          <summary>{warnings.length} warnings</summary>
          <ul aria-label="Warnings">{warnings.slice(0, 200).map((w, i) => <li key={i}><code>{w.code}</code> {w.message}</li>)}</ul>
        </details>
      )}
    </div>
  );
}
