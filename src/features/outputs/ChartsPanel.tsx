import { memo, useId, useMemo } from 'react';
import type { AttributeMatrix, CooccurrenceMatrix, CooccurrenceMode } from '../../core/frequencies/matrices';
import type { AttributeDef } from '../../core/model';
import type { FrequencyResult } from '../../core/frequencies/theme-frequencies';
import type { CellState } from '../../core/frequencies/suppression';
import { BarChart } from '../../ui/charts/BarChart';
import { ChartFigure } from '../../ui/charts/ChartFigure';
import { DataTable } from '../../ui/charts/DataTable';
import { Heatmap } from '../../ui/charts/Heatmap';
import { participantBars, type BarData } from './chart-data';
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

/** How many codes a chart shows: beyond that it is unreadable and slow to draw (tables show all). */
export const CODES_CHARTED = 30;
const TABLE_ROWS_SHOWN = 100;

/** The bar data cut to the codes raised by most participants overall, in codebook order. */
function mostParticipants(bars: BarData, limit: number): BarData {
  if (bars.categories.length <= limit) return bars;
  const all = (i: number) => bars.values[i]?.[0]?.value ?? 0;
  const keep = bars.categories.map((_, i) => i).sort((a, b) => all(b) - all(a)).slice(0, limit).sort((a, b) => a - b);
  return { series: bars.series, categories: keep.map((i) => bars.categories[i]!), values: keep.map((i) => bars.values[i]!) };
}

/** A heatmap cell as published: its count, `<k` for 1 to k−1, or a dash where withheld. */
function heatCell(count: number | null, state: CellState, k: number): number | string {
  if (count !== null) return count;
  return state === 'primary' ? `<${k}` : '–';
}

/** A table cell as published: as `heatCell`, with null (a screen-reader-labelled dash) where withheld. */
function tableCell(count: number | null, state: CellState, k: number): number | string | null {
  return count === null && state !== 'primary' ? null : heatCell(count, state, k);
}

const MODES: [CooccurrenceMode, string][] = [['overlap', 'overlapping passages'], ['turn', 'same speaker turn']];

/**
 * The co-occurrence matrix cut to the codes with the most passages (the diagonal), kept in
 * codebook order.
 */
function mostUsed(co: CooccurrenceMatrix, limit: number): { codeIds: string[]; codePaths: string[]; counts: number[][] } {
  if (co.codeIds.length <= limit) return co;
  const keep = co.codeIds.map((_, i) => i).sort((a, b) => (co.counts[b]?.[b] ?? 0) - (co.counts[a]?.[a] ?? 0)).slice(0, limit).sort((a, b) => a - b);
  return {
    codeIds: keep.map((i) => co.codeIds[i]!), codePaths: keep.map((i) => co.codePaths[i]!),
    counts: keep.map((i) => keep.map((j) => co.counts[i]?.[j] ?? 0)),
  };
}

const ParticipantsChart = memo(function ParticipantsChart({ frequencies }: { frequencies: FrequencyResult }) {
  const all = useMemo(() => participantBars(frequencies.rows), [frequencies]);
  const bars = useMemo(() => ({ ...mostParticipants(all, CODES_CHARTED), cut: all.categories.length > CODES_CHARTED }), [all]);
  return (
    <>
      <ChartFigure title="Participants per code"
        note={`From the frequencies table above, suppressed at k = ${frequencies.k}: an outlined stub is a count shown as <${frequencies.k} or withheld.${bars.cut ? ` Showing the ${bars.categories.length} codes raised by most participants; the table below has them all.` : ''}`}
        chart={<BarChart title="Participants per code" axisLabel="Participants"
          description={`Distinct participants who raised each code${bars.series.length > 1 ? `, by ${bars.series.join(', ')}` : ''}; counts under ${frequencies.k} are not shown.`}
          categories={bars.categories} series={bars.series} values={bars.values} />}
        table={<DataTable caption="Participants per code" corner="Code" columns={all.series} limit={TABLE_ROWS_SHOWN}
          rows={all.categories.map((c, i) => ({ key: `${i}`, header: c, cells: (all.values[i] ?? []).map((v) => v.text) }))} />} />

    </>
  );
});

const AttributeHeatmap = memo(function AttributeHeatmap({ matrix, attributes, matrixAttribute, onMatrixAttribute }: {
  matrix: ReportState<AttributeMatrix>; attributes: readonly AttributeDef[]; matrixAttribute: string | null; onMatrixAttribute: (id: string) => void;
}) {
  const id = useId();
  const m = matrix.result;
  const charted = useMemo(() => (m && m.rows.length > CODES_CHARTED
    ? [...m.rows].sort((a, b) => (b.total ?? 0) - (a.total ?? 0)).slice(0, CODES_CHARTED).sort((a, b) => m.rows.indexOf(a) - m.rows.indexOf(b))
    : m?.rows ?? []), [m]);
  if (!m) return matrix.error ? <p className="error" role="alert">The code × attribute table could not be computed: {matrix.error}</p> : null;
  const k = m.k;
  const title = `Participants per code by ${m.attributeName}`;
  const columnLabels = m.columns.map((c) => `${c.value} (${c.participants})`);
  const hiddenGroups = m.notBrokenOut.map((label) => label.slice(m.attributeName.length + 1));
  return (
    <>
      {matrix.error && <p className="error" role="alert">The code × attribute table could not be computed: {matrix.error}</p>}
      <ChartFigure title={title}
        note={<>
          Suppressed at k = {k}, like the frequencies export: a count of 1 to {k - 1} participants is shown as &lt;{k}, and a dash is withheld so
          that a small count cannot be worked out from the others. Group sizes are in brackets.
          {hiddenGroups.length > 0 && <> Not shown (fewer than {k} participants): {hiddenGroups.join(', ')}.</>}
          {charted.length < m.rows.length && <> Showing the {charted.length} codes raised by most participants; the table has them all.</>}
        </>}
        controls={(
          <div className="row">
            <label htmlFor={`${id}-heat`}>Attribute</label>
            <select id={`${id}-heat`} value={matrixAttribute ?? ''} onChange={(e) => onMatrixAttribute(e.target.value)}>
              {attributes.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
            {matrix.busy && <span className="muted small">Counting…</span>}
          </div>
        )}
        chart={m.columns.length === 0
          ? <p className="muted">No {m.attributeName} group has {k} or more participants, so there is nothing to break out.</p>
          : <Heatmap title={title} legendLabel="Participants"
            description={`Distinct participants with each ${m.attributeName} who raised each code, including its sub-codes; counts under ${k} are not shown.`}
            rowLabels={charted.map((r) => r.codePath)} columnLabels={columnLabels}
            values={charted.map((r) => r.cells.map((c, i) => heatCell(c, r.states[i] as CellState, k)))} />}
        table={<DataTable caption={`${title} (group size in brackets; All counts every participant)`} corner="Code"
          columns={[...columnLabels, 'All']} limit={TABLE_ROWS_SHOWN}
          rows={m.rows.map((r) => ({
            key: r.codeId, header: r.codePath,
            cells: [...r.cells.map((c, i) => tableCell(c, r.states[i] as CellState, k)), tableCell(r.total, r.totalState, k)],
          }))} />} />
    </>
  );
});

const CooccurrenceChart = memo(function CooccurrenceChart({ cooccurrence, mode, onMode }: {
  cooccurrence: ReportState<CooccurrenceMatrix>; mode: CooccurrenceMode; onMode: (mode: CooccurrenceMode) => void;
}) {
  const id = useId();
  const full = cooccurrence.result;
  const co = useMemo(() => (full ? { ...mostUsed(full, CODES_CHARTED), mode: full.mode, total: full.codeIds.length } : null), [full]);
  return (
    <>
      {cooccurrence.error && <p className="error" role="alert">The co-occurrence table could not be computed: {cooccurrence.error}</p>}
      {co && (
        <ChartFigure title="Code co-occurrence"
          note={`${co.mode === 'overlap'
            ? 'Pairs of overlapping coded passages carrying both codes.'
            : 'Speaker turns holding passages of both codes.'} The grey diagonal is each code’s number of passages.${co.total > co.codeIds.length
            ? ` Showing the ${co.codeIds.length} codes with the most passages, of ${co.total}.` : ''}`}
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
    </>
  );
});

/** Participants per code as bars, code × attribute and code co-occurrence as heatmaps; each with its table. */
export function ChartsPanel({ frequencies, matrix, cooccurrence, mode, onMode, attributes, matrixAttribute, onMatrixAttribute }: Props) {
  return (
    <div className="charts">
      <h3 className="visually-hidden">Charts</h3>
      <ParticipantsChart frequencies={frequencies} />
      <AttributeHeatmap matrix={matrix} attributes={attributes} matrixAttribute={matrixAttribute} onMatrixAttribute={onMatrixAttribute} />
      <CooccurrenceChart cooccurrence={cooccurrence} mode={mode} onMode={onMode} />
    </div>
  );
}
