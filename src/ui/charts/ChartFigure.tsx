import { useRef, useState, type ReactNode } from 'react';
import { fileSlug } from '../download';
import { savePng, saveSvg } from './save-image';
import './charts.css';

interface Props {
  /** The visible heading; also names the saved files. */
  title: string;
  /** The chart: one `<svg>`. */
  chart: ReactNode;
  /** The same numbers as a table, drawn only once the reader opens it. */
  table: ReactNode;
  /** A line under the heading (what is counted, caveats). */
  note?: ReactNode;
  /** Controls that change the chart (a mode switch). */
  controls?: ReactNode;
}

/**
 * A chart with its heading, its table behind a disclosure, and buttons that save it as SVG or
 * PNG. The table is mounted only while open: a co-occurrence table alone is ~1,000 cells, and
 * every closed table kept in the DOM made each change of a report option restyle it.
 */
export function ChartFigure({ title, chart, table, note, controls }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const save = async (kind: 'svg' | 'png') => {
    const svg = box.current?.querySelector('svg');
    if (!svg) {
      setStatus({ ok: false, text: 'There is no chart to save.' });
      return;
    }
    const fileName = `${fileSlug(title)}.${kind}`;
    try {
      if (kind === 'svg') saveSvg(svg, fileName);
      else await savePng(svg, fileName);
      setStatus({ ok: true, text: `Saved ${fileName}` });
    } catch (e) {
      setStatus({ ok: false, text: `Could not save the chart: ${e instanceof Error ? e.message : String(e)}` });
    }
  };
  return (
    <figure className="chart-figure">
      <figcaption>
        <h3>{title}</h3>
        {note && <p className="muted small">{note}</p>}
      </figcaption>
      {controls}
      <div className="chart-box" ref={box}>{chart}</div>
      <details className="chart-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>Show as a table<span className="visually-hidden">: {title}</span></summary>
        {tableOpen && <div className="chart-table-scroll" tabIndex={0} role="region" aria-label={`${title}: table`}>{table}</div>}
      </details>
      <div className="row">
        <button type="button" onClick={() => void save('svg')} aria-label={`Save as SVG: ${title}`}>Save as SVG</button>
        <button type="button" onClick={() => void save('png')} aria-label={`Save as PNG: ${title}`}>Save as PNG</button>
        <span className={status?.ok === false ? 'error small' : 'muted small'} role="status">{status?.text ?? ''}</span>
      </div>
    </figure>
  );
}
