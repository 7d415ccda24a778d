import type { QdpxResult } from '../../io/qdpx/types';

/** What a REFI-QDA import found: counts, sources it could not bring in, errors and warnings. */
export function ImportReport({ result, notImported = [] }: { result: QdpxResult; notImported?: { name: string; reason: string }[] }) {
  const p = result.project;
  return (
    <div className="import-report stack">
      {p && (
        <p>
          {p.users.length} coders, {p.codes.length} codes, {p.sources.length} sources, {p.selections.length} coded passages
          {p.cases?.length ? `, ${p.cases.length} cases` : ''}.
        </p>
      )}
      {notImported.length > 0 && (
        <details open>
          <summary>{notImported.length} sources not imported</summary>
          <ul>{notImported.map((s, i) => <li key={i}><strong>{s.name}</strong>: {s.reason}</li>)}</ul>
        </details>
      )}
      {result.errors.length > 0 && (
        <ul className="error" aria-label="Errors">{result.errors.map((e, i) => <li key={i}><code>{e.code}</code> {e.message}</li>)}</ul>
      )}
      {result.warnings.length > 0 && (
        <details>
          <summary>{result.warnings.length} warnings</summary>
          <ul aria-label="Warnings">{result.warnings.slice(0, 200).map((w, i) => <li key={i}><code>{w.code}</code> {w.message}</li>)}</ul>
        </details>
      )}
    </div>
  );
}
