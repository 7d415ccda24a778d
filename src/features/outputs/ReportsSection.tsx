import { useId, useMemo, useState } from 'react';
import type { ProjectBundle } from '../../core/bundle';
import { DEFAULT_K } from '../../core/frequencies/theme-frequencies';
import type { CooccurrenceMode } from '../../core/frequencies/matrices';
import { ChartsPanel } from './ChartsPanel';
import { FrequencyTable } from './FrequencyTable';
import { useFrequencyExport } from './use-frequency-export';
import { useReports, useReportsClient } from './use-reports';

/** The smallest k offered: k = 1 would publish every count. */
const MIN_K = 2;

function parseK(text: string): number | null {
  const k = Number(text);
  return text.trim() !== '' && Number.isInteger(k) && k >= MIN_K ? k : null;
}

/** Theme frequencies with small-cell suppression, their export, and the charts. */
export function ReportsSection({ projectId, bundle }: { projectId: string; bundle: ProjectBundle }) {
  const id = useId();
  const client = useReportsClient();
  const [groupBy, setGroupBy] = useState<string | null>(null);
  const [kText, setKText] = useState(String(DEFAULT_K));
  const [mode, setMode] = useState<CooccurrenceMode>('overlap');
  const [heatmapBy, setHeatmapBy] = useState<string | null>(null);
  const k = parseK(kText);
  // Only what the reports read: adding a redaction does not recount anything.
  const { codes, segments, codings, documents, texts, participants, attributes, attributeValues, nonParticipantSpeakers } = bundle;
  const input = useMemo(
    () => ({ codes, segments, codings, documents, texts, participants, attributes, attributeValues, nonParticipantSpeakers }),
    [codes, segments, codings, documents, texts, participants, attributes, attributeValues, nonParticipantSpeakers],
  );
  const exists = (attributeId: string | null) => attributeId !== null && attributes.some((a) => a.id === attributeId);
  const known = exists(groupBy) ? groupBy : null;
  // The heatmap follows its own choice, else the breakdown, else the first attribute.
  const matrixAttribute = exists(heatmapBy) ? heatmapBy : known ?? attributes[0]?.id ?? null;
  const { frequencies, matrix, cooccurrence } = useReports(client, input, { groupBy: known, matrixAttribute, k, mode });
  const { exportFrequencies, status, busy } = useFrequencyExport(projectId, client);
  const result = frequencies.result;

  return (
    <section className="outputs-section" aria-labelledby="frequencies-title">
      <h2 id="frequencies-title">Theme frequencies</h2>
      <p className="muted small">Distinct participants, documents and coded passages per code (each code with its sub-codes). Counts under k are published as &lt;k, and groups smaller than k are not broken out, so no one can be singled out. No names, titles or participant references appear in this table.</p>
      <div className="row report-controls">
        <label htmlFor={`${id}-group`}>Break down by</label>
        <select id={`${id}-group`} value={known ?? ''} onChange={(e) => setGroupBy(e.target.value || null)}>
          <option value="">Nothing (all participants)</option>
          {attributes.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
        <label htmlFor={`${id}-k`}>Suppress counts below k =</label>
        <input id={`${id}-k`} type="number" min={MIN_K} step={1} value={kText} onChange={(e) => setKText(e.target.value)}
          aria-invalid={k === null} aria-describedby={k === null ? `${id}-k-problem` : undefined} />
        <button type="button" className="primary" disabled={busy || k === null} onClick={() => void exportFrequencies(known, k)}>Export frequencies CSV</button>
        {frequencies.busy && <span className="muted small">Counting…</span>}
      </div>
      {k === null && <p id={`${id}-k-problem`} className="error" role="alert">k must be a whole number of at least {MIN_K}.</p>}
      <p className={`export-status ${status?.ok === false ? 'error' : 'ok'}`} role="status">{status?.message ?? ''}</p>
      {frequencies.error && <p className="error" role="alert">The frequencies could not be computed: {frequencies.error}</p>}
      {result && result.notBrokenOut.length > 0 && (
        <p className="muted small">Not broken out (fewer than {result.k} participants): {result.notBrokenOut.join(', ')}.</p>
      )}
      {codes.length === 0 && <p className="muted">No codes yet: code some passages to see frequencies.</p>}
      {result && result.rows.length > 0 && <FrequencyTable rows={result.rows} k={result.k} />}
      {result && (
        <ChartsPanel frequencies={result} matrix={matrix} cooccurrence={cooccurrence} mode={mode} onMode={setMode}
          attributes={attributes} matrixAttribute={matrixAttribute} onMatrixAttribute={setHeatmapBy} />
      )}
    </section>
  );
}
