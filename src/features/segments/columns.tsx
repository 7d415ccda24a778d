import { createColumnHelper } from '@tanstack/react-table';
import type { SegmentRow } from '../../core/search/segment-rows';

const column = createColumnHelper<SegmentRow>();

/** Columns of the coded-segments table; ids match `SegmentColumnId` so sorting maps across. */
export const segmentColumns = [
  column.accessor('quote', {
    id: 'quote', header: 'Quote',
    cell: (c) => <span className="seg-quote">{c.getValue()}</span>,
  }),
  column.accessor('codePath', {
    id: 'code', header: 'Code',
    cell: (c) => (
      <span className="seg-code">
        <span className="swatch" style={{ background: c.row.original.codeColor }} aria-hidden="true" /> {c.getValue()}
      </span>
    ),
  }),
  column.accessor('documentTitle', { id: 'document', header: 'Document' }),
  column.accessor('speaker', {
    id: 'speaker', header: 'Speaker',
    cell: (c) => c.getValue() ?? <span className="muted">No speaker</span>,
  }),
  column.accessor('attribution', {
    id: 'attribution', header: 'Attribution',
    cell: (c) => <span className="attribution-cell">{c.getValue()}</span>,
  }),
  column.accessor('coderName', { id: 'coder', header: 'Coder' }),
  column.accessor('memo', {
    id: 'memo', header: 'Memo',
    cell: (c) => <span className="seg-memo">{c.getValue()}</span>,
  }),
];
