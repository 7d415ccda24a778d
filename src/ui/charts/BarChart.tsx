import { useId } from 'react';
import { BACKGROUND, GRID, INK, MUTED_INK, SERIES_COLOURS } from './colour';
import { FONT_FAMILY, labelColumnWidth, niceTicks, svgId, truncate } from './layout';

/** One bar: its length (null draws an outlined stub, for a withheld or suppressed count) and its printed value. */
export interface BarValue {
  value: number | null;
  text: string;
}

export interface BarChartProps {
  title: string;
  description: string;
  /** One group of bars per category (a code), top to bottom. */
  categories: readonly string[];
  /** One bar per series in each category; a legend is drawn when there are several. */
  series: readonly string[];
  /** `values[category][series]`. */
  values: readonly (readonly BarValue[])[];
  axisLabel: string;
}

const WIDTH = 760;
const BAR = 14;
const BAR_GAP = 2;
const CATEGORY_GAP = 10;
const VALUE_ROOM = 64;
const LABEL_CHARS = 42;

/** Horizontal bars, grouped per category; pure SVG, colours and fonts as attributes so it saves as is. */
export function BarChart({ title, description, categories, series, values, axisLabel }: BarChartProps) {
  const id = useId();
  const labels = categories.map((c) => truncate(c, LABEL_CHARS));
  const labelWidth = labelColumnWidth(labels, 100, 300);
  const legendHeight = series.length > 1 ? 22 * Math.ceil(series.length / 3) + 6 : 0;
  const top = 28 + legendHeight + 20;
  const groupHeight = series.length * (BAR + BAR_GAP) - BAR_GAP;
  const height = top + categories.length * (groupHeight + CATEGORY_GAP) + 12;
  const max = Math.max(1, ...values.flatMap((row) => row.map((v) => v.value ?? 0)));
  const ticks = niceTicks(max);
  const scaleMax = ticks[ticks.length - 1] as number;
  const plotWidth = WIDTH - labelWidth - VALUE_ROOM - 16;
  const x = (v: number) => labelWidth + 8 + (v / scaleMax) * plotWidth;
  const colour = (s: number) => SERIES_COLOURS[s % SERIES_COLOURS.length] as string;
  const titleId = svgId(id, 'title');
  const descId = svgId(id, 'desc');

  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img"
      aria-labelledby={`${titleId} ${descId}`} fontFamily={FONT_FAMILY} fontSize={12}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <rect width={WIDTH} height={height} fill={BACKGROUND} />
      <text x={8} y={18} fill={INK} fontSize={14} fontWeight={600}>{title}</text>
      {series.length > 1 && series.map((name, s) => (
        <g key={name} transform={`translate(${8 + (s % 3) * 250}, ${32 + Math.floor(s / 3) * 22})`}>
          <rect width={12} height={12} fill={colour(s)} />
          <text x={18} y={10} fill={INK}>{truncate(name, 34)}</text>
        </g>
      ))}
      <text x={labelWidth + 8} y={top - 20} fill={MUTED_INK}>{axisLabel}</text>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={top - 6} y2={height - 12} stroke={GRID} strokeWidth={1} />
          <text x={x(t)} y={top - 8} fill={MUTED_INK} textAnchor="middle" fontSize={11}>{t}</text>
        </g>
      ))}
      {categories.map((category, c) => {
        const y0 = top + c * (groupHeight + CATEGORY_GAP);
        return (
          <g key={`${c}:${category}`}>
            <text x={labelWidth} y={y0 + groupHeight / 2 + 4} fill={INK} textAnchor="end">
              <title>{category}</title>
              {labels[c]}
            </text>
            {(values[c] ?? []).map((bar, s) => {
              const y = y0 + s * (BAR + BAR_GAP);
              const end = bar.value === null ? x(0) + 10 : x(bar.value);
              return (
                <g key={s}>
                  {bar.value === null
                    ? <rect x={x(0)} y={y + 0.5} width={10} height={BAR - 1} fill={BACKGROUND} stroke={colour(s)} strokeDasharray="2 2" />
                    : <rect x={x(0)} y={y} width={Math.max(0, end - x(0))} height={BAR} fill={colour(s)} />}
                  <text x={end + 4} y={y + BAR - 3} fill={INK} fontSize={11}>{bar.text}</text>
                </g>
              );
            })}
          </g>
        );
      })}
      <line x1={x(0)} x2={x(0)} y1={top - 6} y2={height - 12} stroke={INK} strokeWidth={1} />
    </svg>
  );
}
