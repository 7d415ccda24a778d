import { useMemo, useState } from 'react';
import { describeDiagnostic, projectAgreementRequest, unitCoderData, type AgreementUnit } from '../../core/agreement';
import { codePaths } from '../../core/codebook/tree';
import { agreementTableCsv, agreementUnitsCsv } from '../../io/csv/agreement-csv';
import { useCoders, useCodes, useCodings, useDocuments, useProjectTexts, useSegments } from '../../storage/hooks';
import { downloadText } from '../../ui/download';
import { AgreementTable } from './AgreementTable';
import { useAgreement } from './use-agreement';
import './agreement.css';

const UNITS: [AgreementUnit, string][] = [
  ['character', 'Characters (as NVivo compares)'], ['turn', 'Speaker turns or paragraphs'], ['document', 'Whole documents'],
];

/** The statistics, one sentence each with its source. */
const EXPLAINED: [string, string, string][] = [
  ['Agreement, all text', 'the share of units on which the coders agree, coded or not; uncoded text counts as agreement', 'NVivo coding comparison'],
  ['Agreement, coded text', 'the same over units at least one coder coded with the code, so text nobody coded cannot pass for agreement', 'NVivo coding comparison'],
  ['Cohen’s κ', 'agreement beyond what each coder’s own rate of coding would give by chance (two coders)', 'Cohen (1960)'],
  ['Scott’s π', 'like κ, with one pooled rate of coding for both coders', 'Scott (1955)'],
  ['Gwet’s AC1', 'agreement beyond chance where chance is a random rating; it stays meaningful for rare codes, where κ collapses', 'Gwet (2008)'],
  ['Fleiss’ κ', 'κ generalised to any number of coders', 'Fleiss (1971)'],
  ['Krippendorff’s α', '1 minus observed over expected disagreement, any number of coders, missing data allowed', 'Krippendorff (2011)'],
  ['Unitizing uα', 'agreement on where coded stretches begin and end, not just on units (two coders)', 'Krippendorff (2004)'],
];

/** Agreement between coders on the same transcripts, per code and overall, with the data to reproduce it. */
export function AgreementScreen({ projectId }: { projectId: string }) {
  const coders = useCoders(projectId);
  const codes = useCodes(projectId);
  const documents = useDocuments(projectId);
  const texts = useProjectTexts(projectId);
  const segments = useSegments(projectId);
  const codings = useCodings(projectId);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [unit, setUnit] = useState<AgreementUnit>('character');
  const [documentId, setDocumentId] = useState('');

  const active = useMemo(() => new Set(codings?.map((c) => c.coderId)), [codings]);
  const withCodings = useMemo(() => (coders ?? []).filter((c) => active.has(c.id)).sort((a, b) => a.name.localeCompare(b.name)), [coders, active]);
  const coderIds = chosen ?? withCodings.map((c) => c.id);
  const request = useMemo(() => {
    if (!segments || !codings || !texts || coderIds.length < 2) return null;
    return projectAgreementRequest({ segments, codings, texts }, { coderIds, documentIds: documentId ? [documentId] : [], codeIds: [], unit });
    // coderIds is rebuilt each render; its content is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [segments, codings, texts, coderIds.join('|'), documentId, unit]);
  const state = useAgreement(request);
  const names = useMemo(() => ({
    coders: new Map((coders ?? []).map((c) => [c.id, c.name])),
    codes: codePaths(codes ?? []),
    documents: new Map((documents ?? []).map((d) => [d.id, d.title])),
  }), [coders, codes, documents]);

  if (!coders || !codings) return <main className="screen" id="main"><p className="muted" role="status">Loading…</p></main>;
  const toggle = (id: string, on: boolean) => setChosen((on ? [...coderIds, id] : coderIds.filter((x) => x !== id)));
  const rows = state.status === 'done' ? state.result.rows.filter((r) => r.scope !== 'code-document') : [];
  const exportTable = () => state.status === 'done' && downloadText('agreement.csv', agreementTableCsv(state.result, names), 'text/csv');
  const exportUnits = () => request && downloadText('agreement-units.csv', agreementUnitsCsv(unitCoderData(request), request.coderIds, names), 'text/csv');

  return (
    <main className="screen agreement-screen stack" id="main" aria-labelledby="agreement-title">
      <h1 id="agreement-title">Agreement between coders</h1>
      {withCodings.length < 2 ? (
        <p className="muted">Agreement needs two coders who have coded this project. Bring in a colleague’s coding from a .qdpx file (Exchange) to compare.</p>
      ) : (
        <>
          <div className="row agreement-controls">
            <fieldset>
              <legend>Coders</legend>
              {withCodings.map((c) => (
                <label key={c.id}><input type="checkbox" checked={coderIds.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} /> {c.name}</label>
              ))}
            </fieldset>
            <label>Unit <select value={unit} onChange={(e) => setUnit(e.target.value as AgreementUnit)}>
              {UNITS.map(([u, label]) => <option key={u} value={u}>{label}</option>)}
            </select></label>
            <label>Documents <select value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
              <option value="">All documents</option>
              {(documents ?? []).map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
            </select></label>
          </div>
          {coderIds.length < 2 && <p role="alert">Choose at least two coders.</p>}
          {state.status === 'working' && <p className="muted" role="status">Computing agreement…</p>}
          {state.status === 'failed' && <p role="alert">Agreement could not be computed: {state.message}</p>}
          {state.status === 'done' && (
            <>
              <AgreementTable rows={rows} codeName={(id) => (id ? names.codes.get(id) ?? 'Deleted code' : '')} twoCoders={coderIds.length === 2} />
              <div className="row">
                <button type="button" onClick={exportTable}>Export agreement table (CSV)</button>
                <button type="button" onClick={exportUnits}>Export unit × coder data (CSV, for R or ReCal)</button>
              </div>
              {state.result.diagnostics.length > 0 && (
                <section aria-labelledby="agreement-warnings">
                  <h2 id="agreement-warnings">Why some figures cannot be trusted</h2>
                  <ul>{state.result.diagnostics.map((d, i) => (
                    <li key={i}>{describeDiagnostic(d, { coder: (id) => names.coders.get(id) ?? id, code: (id) => names.codes.get(id) ?? id, document: (id) => names.documents.get(id) ?? id })}</li>
                  ))}</ul>
                </section>
              )}
            </>
          )}
          <details>
            <summary>What each figure means</summary>
            <dl className="explained">{EXPLAINED.map(([term, sentence, source]) => (
              <div key={term}><dt>{term}</dt><dd>{sentence} ({source}).</dd></div>
            ))}</dl>
            <p className="muted small">“undefined” means the figure cannot be computed here (no variation: every unit coded alike), never 0 or 1.</p>
          </details>
        </>
      )}
    </main>
  );
}
