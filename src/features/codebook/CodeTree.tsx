import { useMemo, useState, type DragEvent } from 'react';
import type { TreeRow } from '../../core/codebook/tree';

export interface CodeCount {
  segments: number;
  documents: number;
}


interface Props {
  rows: TreeRow[];
  counts: Map<string, CodeCount>;
  selectedId: string | null;
  canApply: boolean;
  filter: string;
  onFilter: (q: string) => void;
  onSelect: (codeId: string) => void;
  onApply: (codeId: string) => void;
  onCreate: (name: string) => void;
  onMove: (codeId: string, parentId: string | null) => void;
}

/** The codebook: a filterable tree with colours, counts and pinned keys; drag a code onto another to nest it. */
export function CodeTree({ rows, counts, selectedId, canApply, filter, onFilter, onSelect, onApply, onCreate, onMove }: Props) {
  const [newName, setNewName] = useState('');
  const [dragId, setDragId] = useState<string | null>(null);
  const total = useMemo(() => rows.length, [rows]);
  const drop = (e: DragEvent, parentId: string | null) => {
    e.preventDefault();
    e.stopPropagation();
    const id = e.dataTransfer.getData('text/x-verbatim-code') || dragId;
    if (id && id !== parentId) onMove(id, parentId);
    setDragId(null);
  };
  return (
    <section className="codebook stack" aria-label="Codebook" onDragOver={(e) => e.preventDefault()} onDrop={(e) => drop(e, null)}>
      <div className="row">
        <h2>Codes</h2>
        <span className="muted small">{total}</span>
      </div>
      <label className="visually-hidden" htmlFor="code-filter">Filter codes</label>
      <input id="code-filter" type="search" placeholder="Filter codes…" value={filter} onChange={(e) => onFilter(e.target.value)} />
      <form className="row" onSubmit={(e) => { e.preventDefault(); if (newName.trim()) { onCreate(newName.trim()); setNewName(''); } }}>
        <label className="visually-hidden" htmlFor="new-code-name">New code name</label>
        <input id="new-code-name" placeholder="New code…" value={newName} onChange={(e) => setNewName(e.target.value)} />
        <button type="submit" disabled={!newName.trim()}>Add code</button>
      </form>
      {rows.length === 0 && <p className="muted">{filter ? 'No code matches.' : 'No codes yet: select text and press C, or add one here.'}</p>}
      <ul className="code-tree" role="list">
        {rows.map(({ code, depth }) => {
          const count = counts.get(code.id);
          return (
            <li
              key={code.id} className={code.id === selectedId ? 'code-row selected' : 'code-row'} style={{ paddingLeft: `${depth * 1.1}rem` }}
              draggable onDragStart={(e) => { e.dataTransfer.setData('text/x-verbatim-code', code.id); setDragId(code.id); }}
              onDragOver={(e) => e.preventDefault()} onDrop={(e) => drop(e, code.id)}
            >
              <button type="button" className="code-name" aria-pressed={code.id === selectedId} onClick={() => onSelect(code.id)}
                title={code.description.definition || undefined}>
                <span className="swatch" style={{ background: code.color }} />
                <span className="name">{code.name}</span>
                {code.pinnedKey !== null && <kbd aria-label={`key ${code.pinnedKey}`}>{code.pinnedKey}</kbd>}
              </button>
              <span className="counts muted small" aria-label={`${count?.segments ?? 0} passages in ${count?.documents ?? 0} documents`}>
                {count?.segments ?? 0} · {count?.documents ?? 0}
              </span>
              {canApply && code.isCodable && (
                <button type="button" className="apply" aria-label={`Apply ${code.name} to the selection`} onClick={() => onApply(code.id)}>Apply</button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="muted small">Counts: passages · documents (with sub-codes)</p>
    </section>
  );
}
