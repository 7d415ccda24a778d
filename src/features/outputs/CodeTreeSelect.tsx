import { useMemo } from 'react';
import type { Code } from '../../core/model';
import { sortedTree } from '../../core/codebook/tree';

interface Props {
  codes: readonly Code[];
  chosen: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
}

/** The code tree as checkboxes, indented by depth, with Select all / none. */
export function CodeTreeSelect({ codes, chosen, onChange }: Props) {
  const rows = useMemo(() => sortedTree(codes), [codes]);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="choice-box">
      <legend>Codes</legend>
      <div className="row small">
        <button type="button" className="link" onClick={() => onChange(new Set(rows.map((r) => r.code.id)))}>Select all codes</button>
        <button type="button" className="link" onClick={() => onChange(new Set())}>Clear codes</button>
      </div>
      {rows.length === 0 && <p className="muted small">No codes yet.</p>}
      <ul className="choice-list code-choices">
        {rows.map(({ code, depth, path }) => (
          <li key={code.id} style={{ paddingLeft: `${depth * 1.1}rem` }}>
            <label className="row" title={path}>
              <input type="checkbox" checked={chosen.has(code.id)} onChange={(e) => toggle(code.id, e.target.checked)} />
              <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
              {code.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
