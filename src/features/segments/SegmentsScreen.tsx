import { useDeferredValue, useMemo } from 'react';
import { navigate } from '../common/router';
import { codeChoices } from '../../core/search/code-choices';
import {
  EMPTY_FILTER, describeSegmentCount, filterSegmentRows, isFiltered, reconcileFilter, sortSegmentRows, speakerChoices,
  type SegmentFilter, type SegmentRow, type SegmentSort,
} from '../../core/search/segment-rows';
import { SegmentFilters } from './SegmentFilters';
import { SegmentsTable } from './SegmentsTable';
import { useRemembered } from './remembered';
import { useSegmentRows } from './useSegmentRows';
import './segments.css';

/** Every coded passage of the project in one filterable, sortable table. */
export function SegmentsScreen({ projectId }: { projectId: string }) {
  const { rows, codes, documents } = useSegmentRows(projectId);
  // Kept while the session lasts, so opening a passage and coming back keeps the view.
  const [chosenFilter, setFilter] = useRemembered<SegmentFilter>(`segments:${projectId}:filter`, EMPTY_FILTER);
  const [sort, setSort] = useRemembered<SegmentSort | null>(`segments:${projectId}:sort`, null);

  const codeOptions = useMemo(() => codeChoices(codes), [codes]);
  const speakers = useMemo(() => speakerChoices(rows ?? []), [rows]);
  const filter = useMemo(() => reconcileFilter(chosenFilter, {
    codeIds: new Set(codes.map((c) => c.id)), documentIds: new Set(documents.map((d) => d.id)), speakers,
  }), [chosenFilter, codes, documents, speakers]);
  // Typing in the text filter stays responsive while 50,000 rows are filtered behind it.
  const deferredFilter = useDeferredValue(filter);

  const sorted = useMemo(() => (rows ? sortSegmentRows(rows, sort) : []), [rows, sort]);
  const shown = useMemo(() => filterSegmentRows(sorted, deferredFilter, codes), [sorted, deferredFilter, codes]);

  const open = (row: SegmentRow) =>
    navigate({ name: 'code', projectId, documentId: row.documentId, start: row.start, end: row.end });

  return (
    <main className="screen segments-screen" id="main" aria-labelledby="segments-title">
      <h1 id="segments-title">Coded segments</h1>
      {rows === undefined ? (
        <p className="muted" role="status">Loading coded passages…</p>
      ) : rows.length === 0 ? (
        <p className="muted">No coded passages yet: open a document, select text and press C.</p>
      ) : (
        <>
          <SegmentFilters filter={filter} onChange={setFilter} codes={codeOptions} documents={documents} speakers={speakers} />
          <div className="row">
            <p className="muted segment-count" role="status">{describeSegmentCount(shown.length, rows.length)}</p>
            {isFiltered(filter) && (
              <button type="button" onClick={() => setFilter({ ...EMPTY_FILTER, includeSubcodes: filter.includeSubcodes })}>
                Clear filters
              </button>
            )}
          </div>
          {shown.length === 0 ? (
            <p className="muted">No coded passages match these filters.</p>
          ) : (
            <SegmentsTable rows={shown} sort={sort} onSortChange={setSort} onOpen={open} memoryKey={`segments:${projectId}`} />
          )}
        </>
      )}
    </main>
  );
}
