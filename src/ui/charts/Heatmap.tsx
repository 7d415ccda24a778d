import { useId } from 'react';
import { BACKGROUND, INK, MUTED_INK, NEUTRAL_CELL, readableText, SEQUENTIAL_STOPS, sequentialColour } from './colour';
import { CHAR_WIDTH, FONT_FAMILY, labelColumnWidth, svgId, truncate } from './layout';

export interface HeatmapProps {
  title: string;
  description: string;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  /** `values[row][column]`: a count ≥ 0, or the text of a count that is not published (`<3`, `–`), drawn grey. */
  values: readonly (readonly (number | string)[])[];
  /** Cells drawn in grey and left out of the colour scale (a co-occurrence diagonal). */
  isNeutral?: (row: number, column: number) => boolean;
  /** What the colours count, for the legend. */
  legendLabel: string;
}

const CELL_W = 52;
const CELL_H = 24;
const ROW_CHARS = 40;
const COLUMN_CHARS = 28;
const LEGEND_STEP = 18;

/** A grid of counts coloured on a colour-blind-safe sequential scale, each cell printed with its count. */
export function Heatmap({ title, description, rowLabels, columnLabels, values, isNeutral, legendLabel }: HeatmapProps) {
  const id = useId();
  const rows = rowLabels.map((l) => truncate(l, ROW_CHARS));
  const columns = columnLabels.map((l) => truncate(l, COLUMN_CHARS));
  const labelWidth = labelColumnWidth(rows, 80, 280);
  const longestColumn = columns.reduce((m, l) => Math.max(m, [...l].length), 0);
  const top = 30 + Math.min(200, Math.round(longestColumn * CHAR_WIDTH * 0.72) + 14);
  const gridWidth = columns.length * CELL_W;
  // Column labels lean right from the middle of their column: leave room for the last one.
  const overhang = Math.max(0, Math.round(longestColumn * CHAR_WIDTH * 0.72) - CELL_W / 2);
  const x0 = labelWidth + 8;
  const legendWidth = SEQUENTIAL_STOPS.length * LEGEND_STEP + 24;
  const width = Math.max(labelWidth + gridWidth + overhang + 24, x0 + legendWidth, 360);
  const legendTop = top + rows.length * CELL_H + 18;
  const height = legendTop + 40;
  const neutral = isNeutral ?? (() => false);
  const max = Math.max(0, ...values.flatMap((row, r) => row.filter((v, c): v is number => typeof v === 'number' && !neutral(r, c))));
  const titleId = svgId(id, 'title');
  const descId = svgId(id, 'desc');

  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img"
      aria-labelledby={`${titleId} ${descId}`} fontFamily={FONT_FAMILY} fontSize={12}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <rect width={width} height={height} fill={BACKGROUND} />
      <text x={8} y={18} fill={INK} fontSize={14} fontWeight={600}>{title}</text>
      {columns.map((label, c) => (
        <text key={`c${c}`} transform={`translate(${x0 + c * CELL_W + CELL_W / 2 - 4}, ${top - 6}) rotate(-45)`} fill={INK}>
          <title>{columnLabels[c]}</title>
          {label}
        </text>
      ))}
      {rows.map((label, r) => (
        <g key={`r${r}`}>
          <text x={labelWidth} y={top + r * CELL_H + CELL_H / 2 + 4} fill={INK} textAnchor="end">
            <title>{rowLabels[r]}</title>
            {label}
          </text>
          {columns.map((_c, c) => {
            const value = values[r]?.[c] ?? 0;
            const hidden = typeof value === 'string';
            const fill = neutral(r, c) || hidden ? NEUTRAL_CELL : sequentialColour(value, max);
            return (
              <g key={c}>
                <rect x={x0 + c * CELL_W} y={top + r * CELL_H} width={CELL_W} height={CELL_H} fill={fill} stroke={BACKGROUND} strokeWidth={1} />
                <text x={x0 + c * CELL_W + CELL_W / 2} y={top + r * CELL_H + CELL_H / 2 + 4} textAnchor="middle"
                  fill={neutral(r, c) || hidden ? MUTED_INK : readableText(fill)}>{value}</text>
              </g>
            );
          })}
        </g>
      ))}
      <text x={x0} y={legendTop} fill={MUTED_INK}>{legendLabel}:</text>
      <text x={x0} y={legendTop + 30} fill={INK} textAnchor="middle">0</text>
      {SEQUENTIAL_STOPS.map((stop, i) => (
        <rect key={stop} x={x0 + i * LEGEND_STEP} y={legendTop + 6} width={LEGEND_STEP} height={12} fill={stop} />
      ))}
      <text x={x0 + SEQUENTIAL_STOPS.length * LEGEND_STEP} y={legendTop + 30} fill={INK} textAnchor="middle">{max}</text>
    </svg>
  );
}
