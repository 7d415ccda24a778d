import { useEffect, useState } from 'react';
import type { Code, CodeDescription } from '../../core/model';
import type { CodePatch } from '../../storage/codes';

interface Props {
  code: Code;
  choices: { id: string; path: string }[];
  onSave: (patch: CodePatch) => void;
  onMove: (parentId: string | null) => void;
  /** Where the code sits among its siblings (0-based), to say so and to dim a step past either end. */
  position: { index: number; count: number };
  onStep: (direction: 'up' | 'down') => void;
  onPin: (key: number | null) => void;
  onMerge: (targetId: string) => void;
  onDelete: () => void;
  onClose: () => void;
}

const FIELDS: [keyof CodeDescription, string][] = [
  ['definition', 'Definition'], ['whenToUse', 'When to use'], ['whenNotToUse', 'When not to use'], ['example', 'Example'],
];

/** Edits one code: name, colour, description, memo, place in the tree, pin key; merge and delete. */
export function CodeEditor({ code, choices, onSave, onMove, position, onStep, onPin, onMerge, onDelete, onClose }: Props) {
  const [name, setName] = useState(code.name);
  const [description, setDescription] = useState(code.description);
  const [memo, setMemo] = useState(code.memo);
  const [mergeTarget, setMergeTarget] = useState('');
  useEffect(() => { setName(code.name); setDescription(code.description); setMemo(code.memo); }, [code]);
  const others = choices.filter((c) => c.id !== code.id);
  const isFirst = position.index <= 0;
  const isLast = position.index >= position.count - 1;
  const dirty = name !== code.name || memo !== code.memo || FIELDS.some(([k]) => description[k] !== code.description[k]);

  return (
    <section className="code-editor stack" aria-label={`Code: ${code.name}`}>
      <div className="row"><h2>Code</h2><span className="spacer" /><button type="button" onClick={onClose}>Close</button></div>
      <form className="stack" onSubmit={(e) => { e.preventDefault(); onSave({ name, description, memo }); }}>
        <label className="stack"><span>Name</span><input value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label className="row"><span>Colour</span>
          <input type="color" value={code.color} onChange={(e) => onSave({ color: e.target.value })} aria-label="Colour" />
        </label>
        {FIELDS.map(([key, label]) => (
          <label key={key} className="stack"><span>{label}</span>
            <textarea rows={2} value={description[key]} onChange={(e) => setDescription({ ...description, [key]: e.target.value })} />
          </label>
        ))}
        <label className="stack"><span>Memo</span><textarea rows={3} value={memo} onChange={(e) => setMemo(e.target.value)} /></label>
        <button type="submit" className="primary" disabled={!dirty}>Save code</button>
      </form>
      <label className="stack"><span>Parent</span>
        <select value={code.parentId ?? ''} onChange={(e) => onMove(e.target.value || null)}>
          <option value="">(top level)</option>
          {others.map((c) => <option key={c.id} value={c.id}>{c.path}</option>)}
        </select>
      </label>
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus that pressed it. */}
      <div className="row order-buttons" role="group" aria-label="Order among sibling codes">
        <span>Order</span>
        <span className="muted small">{position.index + 1} of {position.count}</span>
        <span className="spacer" />
        <button type="button" aria-disabled={isFirst} onClick={() => onStep('up')}>Move up</button>
        <button type="button" aria-disabled={isLast} onClick={() => onStep('down')}>Move down</button>
      </div>
      <label className="stack"><span>Pinned to key</span>
        <select value={code.pinnedKey ?? ''} onChange={(e) => onPin(e.target.value ? Number(e.target.value) : null)}>
          <option value="">None</option>
          {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
      </label>
      <div className="row">
        <label className="visually-hidden" htmlFor="merge-target">Merge into</label>
        <select id="merge-target" value={mergeTarget} onChange={(e) => setMergeTarget(e.target.value)}>
          <option value="">Merge into…</option>
          {others.map((c) => <option key={c.id} value={c.id}>{c.path}</option>)}
        </select>
        <button type="button" disabled={!mergeTarget} onClick={() => onMerge(mergeTarget)}>Merge</button>
      </div>
      <button type="button" className="danger" onClick={onDelete}>Delete code…</button>
    </section>
  );
}
