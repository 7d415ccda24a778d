import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { usedValues } from './attribute-values';
import { participantColumns, type ColumnActions } from './columns';
import type { ParticipantsData } from './use-participants-data';

/** One editable row per participant; cells save on blur or Enter. */
export function ParticipantsTable({ data, actions }: { data: ParticipantsData; actions: ColumnActions }) {
  const columns = useMemo(() => participantColumns(data, actions), [data, actions]);
  const table = useReactTable({ data: data.participants, columns, getCoreRowModel: getCoreRowModel(), getRowId: (p) => p.id });
  return (
    <div className="participants-scroll">
      <table className="grid participants-table">
        <caption className="visually-hidden">Participants and their attributes</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((h) => (
                <th key={h.id} scope="col" className={`col-${h.column.id.startsWith('attr-') ? 'attr' : h.column.id}`}>
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-ref={row.original.ref}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {data.attributes.filter((a) => a.type === 'category').map((a) => (
        <datalist key={a.id} id={`values-${a.id}`}>
          {usedValues(a.id, data.values).map((v) => <option key={v} value={v} />)}
        </datalist>
      ))}
    </div>
  );
}
