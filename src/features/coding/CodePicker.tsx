import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Code } from '../../core/model';

export interface PickerChoice {
  code: Code;
  path: string;
}

interface Props {
  choices: PickerChoice[];
  /** Codes used most recently first, shown at the top before any filter is typed. */
  recentIds: string[];
  anchor: { x: number; y: number };
  onApply: (codeIds: string[]) => void;
  onCreate: (name: string) => void;
  onClose: () => void;
}

/**
 * The quick picker: a filter box with focus, recent codes first; Enter applies the highlighted
 * code (or every ticked one), a name not in the codebook is created and applied, Escape leaves.
 */
export function CodePicker({ choices, recentIds, anchor, onApply, onCreate, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const inputRef = useRef<HTMLInputElement>(null);

  const visible = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const codable = choices.filter((c) => c.code.isCodable);
    if (!q) {
      const rank = new Map(recentIds.map((id, i) => [id, i]));
      return [...codable].sort((a, b) => (rank.get(a.code.id) ?? 1e9) - (rank.get(b.code.id) ?? 1e9));
    }
    return codable.filter((c) => c.path.toLocaleLowerCase().includes(q));
  }, [choices, recentIds, query]);
  const exact = visible.some((c) => c.code.name.toLocaleLowerCase() === query.trim().toLocaleLowerCase());
  const canCreate = query.trim().length > 0 && !exact;
  const optionCount = visible.length + (canCreate ? 1 : 0);

  const commit = (index: number) => {
    if (ticked.size > 0) return onApply([...ticked]);
    const choice = visible[index];
    if (choice) onApply([choice.code.id]);
    else if (canCreate) onCreate(query.trim());
  };
  const toggle = (id: string) => setTicked((t) => { const n = new Set(t); if (n.has(id)) n.delete(id); else n.add(id); return n; });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); onClose(); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); setActiveIndex((i) => Math.min(i + 1, optionCount - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActiveIndex((i) => Math.max(i - 1, 0)); }
    else if (e.key === 'Enter') { e.preventDefault(); commit(activeIndex); }
    else if (e.key === ' ' && e.ctrlKey) { e.preventDefault(); const c = visible[activeIndex]; if (c) toggle(c.code.id); }
  };

  const left = Math.max(8, Math.min(anchor.x, window.innerWidth - 340));
  const top = Math.max(8, Math.min(anchor.y + 8, window.innerHeight - 380));
  return (
    <div className="picker panel" role="dialog" aria-label="Apply codes" style={{ left, top }} onKeyDown={onKeyDown}>
      <label className="visually-hidden" htmlFor="picker-filter">Filter codes, or type a new code name</label>
      <input
        id="picker-filter" ref={inputRef} autoFocus value={query} placeholder="Type to filter or create…"
        role="combobox" aria-expanded="true" aria-controls="picker-list" aria-activedescendant={`picker-opt-${activeIndex}`}
        onChange={(e) => { setQuery(e.target.value); setActiveIndex(0); }}
      />
      <ul id="picker-list" role="listbox" aria-label="Codes" aria-multiselectable="true">
        {visible.map((c, i) => (
          <li
            key={c.code.id} id={`picker-opt-${i}`} role="option" aria-selected={ticked.has(c.code.id)}
            className={i === activeIndex ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={(e) => (e.ctrlKey || e.metaKey ? toggle(c.code.id) : onApply(ticked.size ? [...ticked, c.code.id] : [c.code.id]))}
          >
            <span className="tick" aria-hidden="true">{ticked.has(c.code.id) ? '☑' : '☐'}</span>
            <span className="swatch" style={{ background: c.code.color }} />
            <span>{c.path}</span>
            {c.code.pinnedKey !== null && <kbd className="muted">{c.code.pinnedKey}</kbd>}
          </li>
        ))}
        {canCreate && (
          <li id={`picker-opt-${visible.length}`} role="option" aria-selected="false" className={activeIndex === visible.length ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()} onClick={() => onCreate(query.trim())}>
            Create and apply “{query.trim()}”
          </li>
        )}
        {optionCount === 0 && <li className="muted">No codes yet: type a name to create one.</li>}
      </ul>
      <p className="muted small">Enter applies · Ctrl+Space ticks several · Esc closes</p>
    </div>
  );
}
