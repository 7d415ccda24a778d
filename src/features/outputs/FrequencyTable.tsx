import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { ALL_GROUP, type FrequencyRow } from '../../core/frequencies/theme-frequencies';
import { Withheld } from '../../ui/Withheld';

const COLUMNS: [keyof FrequencyRow, string][] = [
  ['code_path', 'Code'], ['group', 'Group'], ['participants', 'Participants'],
  ['participants_in_group', 'Participants in group'], ['documents', 'Documents'], ['segments', 'Segments'],
];

const ROW_HEIGHT = 33;
const estimateSize = () => ROW_HEIGHT;

/**
 * The published frequency rows as they will be exported; withheld cells shown as a dash. Only
 * the rows in view are in the DOM: 300 codes broken down by a ten-value attribute are 3,300
 * rows, and every report change would otherwise restyle them all.
 */
export const FrequencyTable = memo(function FrequencyTable({ rows, k }: { rows: readonly FrequencyRow[]; k: number }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [headHeight, setHeadHeight] = useState(ROW_HEIGHT);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const virtualizer = useVirtualizer({
    count: rows.length, getScrollElement, estimateSize, overscan: 10,
    scrollMargin: headHeight, initialRect: { width: 0, height: 448 },
  });
  useLayoutEffect(() => {
    if (headRef.current) setHeadHeight(headRef.current.offsetHeight);
  }, []);
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? (items[0]?.start ?? 0) - headHeight : 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.length > 0 ? (items.at(-1)?.end ?? 0) - headHeight : 0);

  return (
    <div className="table-scroll frequency-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label="Theme frequencies table">
      <table className="grid frequency-table" aria-rowcount={rows.length + 1}>
        <caption className="muted small">Theme frequencies, {rows.length} rows; counts of 1 to {k - 1} shown as &lt;{k}; a dash is withheld so small counts cannot be worked out.</caption>
        <colgroup>{COLUMNS.map(([key]) => <col key={key} className={`col-${key}`} />)}</colgroup>
        <thead ref={headRef}><tr aria-rowindex={1}>{COLUMNS.map(([key, label]) => <th key={key} scope="col">{label}</th>)}</tr></thead>
        <tbody>
          {paddingTop > 0 && <tr aria-hidden="true" className="pad"><td colSpan={COLUMNS.length} style={{ height: paddingTop }} /></tr>}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr key={item.index} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2} className={row.group === ALL_GROUP ? 'all-row' : undefined}>
                {COLUMNS.map(([key]) => {
                  const value = row[key];
                  if (key === 'code_path' || key === 'group') return <td key={key} title={value}>{value}</td>;
                  return <td key={key} className="num">{value === '' ? <Withheld /> : value}</td>;
                })}
              </tr>
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden="true" className="pad"><td colSpan={COLUMNS.length} style={{ height: paddingBottom }} /></tr>}
        </tbody>
      </table>
    </div>
  );
});
