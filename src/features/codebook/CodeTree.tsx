import { useState, type CSSProperties, type DragEvent, type KeyboardEvent } from 'react';
import { dropPlace, dropZoneAt, isCurrentPlace, type CodePlace, type DropOver } from '../../core/codebook/reorder';
import type { TreeRow } from '../../core/codebook/tree';
import type { Code } from '../../core/model';
import './codebook.css';

export interface CodeCount {
  segments: number;
  documents: number;
}

const DRAG_TYPE = 'text/x-verbatim-code';

interface Props {
  rows: TreeRow[];
  /** The whole codebook: `rows` may be filtered, but a drop lands among all of a code's siblings. */
  codes: readonly Code[];
  counts: Map<string, CodeCount>;
  selectedId: string | null;
  canApply: boolean;
  filter: string;
  onFilter: (q: string) => void;
  onSelect: (codeId: string) => void;
  onApply: (codeId: string) => void;
  onCreate: (name: string) => void;
  onMove: (codeId: string, place: CodePlace) => void;
  onStep: (codeId: string, direction: 'up' | 'down') => void;
}

function sameOver(a: DropOver | null, b: DropOver | null): boolean {
  if (a === null || b === null || a === 'end' || b === 'end') return a === b;
  return a.targetId === b.targetId && a.zone === b.zone;
}

function rowClass(code: Code, selectedId: string | null, dragId: string | null, over: DropOver | null): string {
  const classes = ['code-row'];
  if (code.id === selectedId) classes.push('selected');
  if (code.id === dragId) classes.push('dragging');
  if (over !== null && over !== 'end' && over.targetId === code.id) classes.push(`drop-${over.zone}`);
  return classes.join(' ');
}

/**
 * The codebook: a filterable tree with colours, counts and pinned keys. Drag a code onto the
 * upper or lower quarter of another to put it before or after that code, onto its middle to nest
 * it; Alt+Up/Down on a focused code moves it among its siblings.
 */
export function CodeTree({ rows, codes, counts, selectedId, canApply, filter, onFilter, onSelect, onApply, onCreate, onMove, onStep }: Props) {
  const [newName, setNewName] = useState('');
  const [dragId, setDragId] = useState<string | null>(null);
  const [over, setOver] = useState<DropOver | null>(null);
  const endDrag = () => {
    setDragId(null);
    setOver(null);
  };
  const placeFor = (e: DragEvent<HTMLElement>, movingId: string, targetId: string | null): { over: DropOver; place: CodePlace | null } => {
    if (targetId === null) return { over: 'end', place: dropPlace(codes, movingId, 'end') };
    const rect = e.currentTarget.getBoundingClientRect();
    const target: DropOver = { targetId, zone: dropZoneAt(e.clientY - rect.top, rect.height) };
    return { over: target, place: dropPlace(codes, movingId, target) };
  };
  const dragOver = (e: DragEvent<HTMLElement>, targetId: string | null) => {
    e.preventDefault();
    e.stopPropagation();
    const { over: target, place } = dragId === null ? { over: null, place: null } : placeFor(e, dragId, targetId);
    // A refused drop (a file, or a code into its own sub-codes) is cancelled here rather than left
    // to the browser, which would open a dropped file in place of the app.
    e.dataTransfer.dropEffect = place === null ? 'none' : 'move';
    const next = place === null ? null : target;
    setOver((cur) => (sameOver(cur, next) ? cur : next));
  };
  const drop = (e: DragEvent<HTMLElement>, targetId: string | null) => {
    e.preventDefault();
    e.stopPropagation();
    const place = dragId === null ? null : placeFor(e, dragId, targetId).place;
    if (dragId !== null && place !== null && !isCurrentPlace(codes, dragId, place)) onMove(dragId, place);
    endDrag();
  };
  const stepKey = (e: KeyboardEvent, codeId: string) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onStep(codeId, e.key === 'ArrowUp' ? 'up' : 'down');
  };

  return (
    <section className="codebook stack" aria-label="Codebook" onDragOver={(e) => dragOver(e, null)} onDrop={(e) => drop(e, null)}
      onDragLeave={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null); }}>
      <div className="row">
        <h2>Codes</h2>
        <span className="muted small">{rows.length}</span>
      </div>
      <label className="visually-hidden" htmlFor="code-filter">Filter codes</label>
      <input id="code-filter" type="search" placeholder="Filter codes…" value={filter} onChange={(e) => onFilter(e.target.value)} />
      <form className="row" onSubmit={(e) => { e.preventDefault(); if (newName.trim()) { onCreate(newName.trim()); setNewName(''); } }}>
        <label className="visually-hidden" htmlFor="new-code-name">New code name</label>
        <input id="new-code-name" placeholder="New code…" value={newName} onChange={(e) => setNewName(e.target.value)} />
        <button type="submit" disabled={!newName.trim()}>Add code</button>
      </form>
      {rows.length === 0 && <p className="muted">{filter ? 'No code matches.' : 'No codes yet: select text and press C, or add one here.'}</p>}
      <ul className={over === 'end' ? 'code-tree drop-end' : 'code-tree'} role="list">
        {rows.map(({ code, depth }) => {
          const count = counts.get(code.id);
          return (
            <li
              key={code.id} data-code-id={code.id} className={rowClass(code, selectedId, dragId, over)}
              style={{ paddingLeft: `${depth * 1.1}rem`, '--row-indent': `${depth * 1.1}rem` } as CSSProperties}
              draggable onDragStart={(e) => { e.dataTransfer.setData(DRAG_TYPE, code.id); e.dataTransfer.effectAllowed = 'move'; setDragId(code.id); }}
              onDragEnd={endDrag} onDragOver={(e) => dragOver(e, code.id)} onDrop={(e) => drop(e, code.id)}
            >
              <button type="button" className="code-name" aria-pressed={code.id === selectedId} onClick={() => onSelect(code.id)}
                onKeyDown={(e) => stepKey(e, code.id)} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
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
      <p className="muted small">
        Counts: passages · documents (with sub-codes)
        {rows.length > 1 && <><br />Drag a code to reorder or nest it; Alt+↑/↓ moves the focused code among its siblings.</>}
      </p>
    </section>
  );
}
