import { useId } from 'react';
import type { AttributeMatrix, CooccurrenceMatrix, CooccurrenceMode } from '../../core/frequencies/matrices';
import type { AttributeDef } from '../../core/model';
import type { FrequencyResult } from '../../core/frequencies/theme-frequencies';
import { BarChart } from '../../ui/charts/BarChart';
import { ChartFigure } from '../../ui/charts/ChartFigure';
import { DataTable } from '../../ui/charts/DataTable';
import { Heatmap } from '../../ui/charts/Heatmap';
import { participantBars } from './chart-data';
import type { ReportState } from './use-reports';

interface Props {
  frequencies: FrequencyResult;
  matrix: ReportState<AttributeMatrix>;
  cooccurrence: ReportState<CooccurrenceMatrix>;
  mode: CooccurrenceMode;
  onMode: (mode: CooccurrenceMode) => void;
  attributes: readonly AttributeDef[];
  matrixAttribute: string | null;
  onMatrixAttribute: (attributeId: string) => void;
}

/** A participant count as published: 1 to k−1 becomes `<k`. */
function suppressed(count: number, k: number): string {
  return count > 0 && count < k ? `<${k}` : String(count);
}

const MODES: [CooccurrenceMode, string][] = [['overlap', 'overlapping passages'], ['turn', 'same speaker turn']];

/** Participants per code as bars, code × attribute and code co-occurrence as heatmaps; each with its table. */
export function ChartsPanel({ frequencies, matrix, cooccurrence, mode, onMode, attributes, matrixAttribute, onMatrixAttribute }: Props) {
  const id = useId();
  const bars = participantBars(frequencies.rows);
  const m = matrix.result;
  const co = cooccurrence.result;
  return (
    <div className="charts">
      <h3 className="visually-hidden">Charts</h3>
      <ChartFigure title="Participants per code"
        note={`From the frequencies table above, suppressed at k = ${frequencies.k}: an outlined stub is a count shown as <${frequencies.k} or withheld.`}
        chart={<BarChart title="Participants per code" axisLabel="Participants"
          description={`Distinct participants who raised each code${bars.series.length > 1 ? `, by ${bars.series.join(', ')}` : ''}; counts under ${frequencies.k} are not shown.`}
          categories={bars.categories} series={bars.series} values={bars.values} />}
        table={<DataTable caption="Participants per code" corner="Code" columns={bars.series}
          rows={bars.categories.map((c, i) => ({ key: `${i}`, header: c, cells: (bars.values[i] ?? []).map((v) => v.text) }))} />} />

      {matrix.error && <p className="error" role="alert">The code × attribute table could not be computed: {matrix.error}</p>}
      {m && (
        <ChartFigure title={`Participants per code by ${m.attributeName}`}
          note={`Suppressed at k = ${frequencies.k}: a count of 1 to ${frequencies.k - 1} participants is shown as <${frequencies.k}, without its colour. Group sizes are in brackets.`}
          controls={(
            <div className="row">
              <label htmlFor={`${id}-heat`}>Attribute</label>
              <select id={`${id}-heat`} value={matrixAttribute ?? ''} onChange={(e) => onMatrixAttribute(e.target.value)}>
                {attributes.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
              </select>
              {matrix.busy && <span className="muted small">Counting…</span>}
            </div>
          )}
          chart={<Heatmap title={`Participants per code by ${m.attributeName}`} legendLabel="Participants"
            description={`Distinct participants with each ${m.attributeName} who raised each code, including its sub-codes.`}
            rowLabels={m.rows.map((r) => r.codePath)} columnLabels={m.columns.map((c) => `${c.value} (${c.participants})`)}
            values={m.rows.map((r) => r.cells)} suppressBelow={frequencies.k} />}
          table={<DataTable caption={`Participants per code by ${m.attributeName} (group size in brackets)`} corner="Code"
            columns={[...m.columns.map((c) => `${c.value} (${c.participants})`), 'All']}
            rows={m.rows.map((r) => ({ key: r.codeId, header: r.codePath, cells: [...r.cells, r.total].map((v) => suppressed(v, frequencies.k)) }))} />} />
      )}

      {cooccurrence.error && <p className="error" role="alert">The co-occurrence table could not be computed: {cooccurrence.error}</p>}
      {co && (
        <ChartFigure title="Code co-occurrence"
          note={co.mode === 'overlap'
            ? 'Pairs of overlapping coded passages carrying both codes. The grey diagonal is each code’s number of passages.'
            : 'Speaker turns holding passages of both codes. The grey diagonal is each code’s number of passages.'}
          controls={(
            <fieldset className="row mode-switch">
              <legend className="visually-hidden">Count two codes together when they are on</legend>
              <span aria-hidden="true">Count codes together on:</span>
              {MODES.map(([value, label]) => (
                <label key={value} className="row">
                  <input type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => onMode(value)} /> {label}
                </label>
              ))}
              {cooccurrence.busy && <span className="muted small">Counting…</span>}
            </fieldset>
          )}
          chart={<Heatmap title={`Code co-occurrence (${co.mode === 'overlap' ? 'overlapping passages' : 'same speaker turn'})`} legendLabel={co.mode === 'overlap' ? 'Overlapping pairs' : 'Turns'}
            description="How often two codes were applied together; the diagonal, in grey, is each code’s own number of passages."
            rowLabels={co.codePaths} columnLabels={co.codePaths} values={co.counts} isNeutral={(r, c) => r === c} />}
          table={<DataTable caption="Code co-occurrence" corner="Code" columns={co.codePaths}
            rows={co.codePaths.map((p, i) => ({ key: co.codeIds[i] ?? p, header: p, cells: co.counts[i] ?? [] }))} />} />
      )}
    </div>
  );
}
