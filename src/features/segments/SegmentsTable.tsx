import { flexRender, getCoreRowModel, useReactTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { isSegmentColumn, type SegmentRow, type SegmentSort } from '../../core/search/segment-rows';
import { segmentColumns } from './columns';
import { recall, remember } from './remembered';

interface Props {
  rows: SegmentRow[];
  sort: SegmentSort | null;
  onSortChange: (sort: SegmentSort | null) => void;
  onOpen: (row: SegmentRow) => void;
  /** Where to remember the scroll position and active row for when the table comes back. */
  memoryKey: string;
}

/** Matches the row height in segments.css; rows only grow past it when text is enlarged. */
const ROW_ESTIMATE = 56;
const estimateSize = () => ROW_ESTIMATE;
const PAGE = 10;
const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * The coded segments as a grid: sortable headers, only the visible rows in the DOM, one row
 * in the tab order (arrows, Page Up/Down, Home/End move; Enter or a click opens the passage).
 */
export function SegmentsTable({ rows, sort, onSortChange, onOpen, memoryKey }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [headHeight, setHeadHeight] = useState(40);
  const [active, setActiveState] = useState(() => recall(`${memoryKey}:active`, 0));
  const setActive = (index: number) => {
    remember(`${memoryKey}:active`, index);
    setActiveState(index);
  };
  const pendingFocus = useRef(false);

  // Stable between renders: the virtualiser re-measures every row when these change.
  const getItemKey = useCallback((i: number) => rows[i]?.codingId ?? i, [rows]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const virtualizer = useVirtualizer({
    count: rows.length, getScrollElement, estimateSize, getItemKey,
    overscan: 8, scrollMargin: headHeight, scrollPaddingStart: headHeight,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  // The table sees only the rendered window, so 50,000 rows never become 50,000 row objects.
  const windowRows = useMemo(() => rows.slice(first, last + 1), [rows, first, last]);
  const sorting: SortingState = sort ? [{ id: sort.id, desc: sort.desc }] : [];
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
    onSortChange(next && isSegmentColumn(next.id) ? { id: next.id, desc: next.desc } : null);
  };
  const table = useReactTable({
    data: windowRows, columns: segmentColumns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => r.codingId,
    manualSorting: true, manualFiltering: true, enableMultiSort: false, sortDescFirst: false,
    state: { sorting }, onSortingChange,
  });
  const tableRows = table.getRowModel().rows;

  // On mount: measure the sticky header and go back to where the table was last scrolled.
  useLayoutEffect(() => {
    if (headRef.current) setHeadHeight(headRef.current.offsetHeight);
    if (scrollRef.current) scrollRef.current.scrollTop = recall(`${memoryKey}:scroll`, 0);
  }, [memoryKey]);

  // After a keyboard move, focus the active row once the virtualiser has rendered it.
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${active}"]`);
    if (row) {
      pendingFocus.current = false;
      row.focus({ preventScroll: true });
    }
  });

  const current = Math.min(active, rows.length - 1);
  // Keep one row tabbable even when the active one has scrolled out of the DOM: the first in view.
  const top = (virtualizer.scrollOffset ?? 0) + headHeight;
  const tabbable = items.some((i) => i.index === current) ? current
    : ((items.find((i) => i.start >= top) ?? items[0])?.index ?? -1);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    pendingFocus.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + PAGE, PageUp: index - PAGE,
      Home: 0, End: rows.length - 1,
    };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const row = rows[index];
      if (row) onOpen(row);
    } else if (Object.hasOwn(moves, e.key)) {
      e.preventDefault();
      moveTo(moves[e.key] as number);
    }
  };

  // Before the first measurement there are no items: pad the full height so scrolling works.
  const paddingTop = items.length > 0 ? (items[0]?.start ?? 0) - headHeight : 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.length > 0 ? (items.at(-1)?.end ?? 0) - headHeight : 0);
  const columnCount = segmentColumns.length;

  return (
    <div className="segments-scroll" ref={scrollRef}
      onScroll={(e) => remember(`${memoryKey}:scroll`, e.currentTarget.scrollTop)}>
      <table className="grid segments-table" role="grid" aria-label="Coded segments" aria-readonly="true"
        aria-rowcount={rows.length + 1}>
        <colgroup>
          {segmentColumns.map((c) => <col key={c.id} className={`col-${c.id}`} />)}
        </colgroup>
        <thead ref={headRef}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const dir = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" aria-sort={dir ? ARIA_SORT[dir] : 'none'}>
                    <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span aria-hidden="true" className="sort-mark">{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && <tr aria-hidden="true" className="pad"><td colSpan={columnCount} style={{ height: paddingTop }} /></tr>}
          {items.map((item) => {
            const row = tableRows[item.index - first];
            if (!row) return null;
            return (
              <tr key={row.id} data-index={item.index} ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2} tabIndex={item.index === tabbable ? 0 : -1}
                onClick={() => onOpen(row.original)} onKeyDown={(e) => onRowKeyDown(e, item.index)}
                onFocus={() => setActive(item.index)}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}><div className="cell-clamp">{flexRender(cell.column.columnDef.cell, cell.getContext())}</div></td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden="true" className="pad"><td colSpan={columnCount} style={{ height: paddingBottom }} /></tr>}
        </tbody>
      </table>
    </div>
  );
}
