import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { AttributeDef, Participant } from '../../core/model';
import { TYPE_LABELS, valueIndex } from './attribute-values';
import { AttributeCell, AttributionCell, DocumentsCell, NameCell, RefCell } from './cells';
import type { ParticipantsData } from './use-participants-data';

const column = createColumnHelper<Participant>();

export interface ColumnActions {
  onDeleteParticipant: (p: Participant) => void;
  onDeleteAttribute: (a: AttributeDef) => void;
}

/** Name, reference, documents, one column per attribute, attribution, delete. */
export function participantColumns(data: ParticipantsData, actions: ColumnActions): ColumnDef<Participant, unknown>[] {
  const values = valueIndex(data.values);
  const attributeColumns = data.attributes.map((a) => column.display({
    id: `attr-${a.id}`,
    header: () => (
      <span className="attr-head">
        <span>{a.name}</span> <span className="muted small">{TYPE_LABELS[a.type].toLowerCase()}</span>
        <button type="button" className="icon" onClick={() => actions.onDeleteAttribute(a)}
          aria-label={`Delete attribute ${a.name}`} title={`Delete attribute “${a.name}”`}>×</button>
      </span>
    ),
    cell: (c) => <AttributeCell data={data} participant={c.row.original} attribute={a} value={values.get(`${c.row.original.id}:${a.id}`) ?? ''} />,
  }));
  return [
    column.display({
      id: 'name',
      header: () => <>Name <span className="local-only">local only, never exported</span></>,
      cell: (c) => <NameCell data={data} participant={c.row.original} />,
    }),
    column.display({ id: 'ref', header: 'Ref', cell: (c) => <RefCell data={data} participant={c.row.original} /> }),
    column.display({ id: 'documents', header: 'Documents', cell: (c) => <DocumentsCell data={data} participant={c.row.original} /> }),
    ...attributeColumns,
    column.display({ id: 'attribution', header: 'Attribution', cell: (c) => <AttributionCell data={data} participant={c.row.original} /> }),
    column.display({
      id: 'delete',
      header: () => <span className="visually-hidden">Delete</span>,
      cell: (c) => (
        <button type="button" className="danger" onClick={() => actions.onDeleteParticipant(c.row.original)}
          aria-label={`Delete participant ${c.row.original.ref}`}>Delete</button>
      ),
    }),
  ];
}
