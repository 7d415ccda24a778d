import { useId, useState } from 'react';
import type { CodeChoice } from '../../core/search/code-choices';
import { codeButtonLabel } from '../../core/search/hits';

interface Props {
  selected: number;
  total: number;
  codes: CodeChoice[];
  busy: boolean;
  onSelectAll: () => void;
  onSelectNone: () => void;
  onCode: (code: CodeChoice) => void;
}

/** Select all or none of the hits, choose a code, and code the ticked passages in one step. */
export function CodeHitsBar({ selected, total, codes, busy, onSelectAll, onSelectNone, onCode }: Props) {
  const id = useId();
  const [codeId, setCodeId] = useState('');
  const chosen = codes.find((c) => c.id === codeId);
  return (
    <div className="row code-hits-bar" role="group" aria-label="Code search hits">
      <button type="button" onClick={onSelectAll} disabled={selected === total}>Select all</button>
      <button type="button" onClick={onSelectNone} disabled={selected === 0}>Select none</button>
      <label htmlFor={`${id}-code`}>Code to apply</label>
      <select id={`${id}-code`} value={chosen?.id ?? ''} onChange={(e) => setCodeId(e.target.value)}>
        <option value="">Choose a code…</option>
        {codes.map((c) => <option key={c.id} value={c.id}>{c.path}</option>)}
      </select>
      <button type="button" className="primary" disabled={!chosen || selected === 0 || busy}
        onClick={() => chosen && onCode(chosen)}>
        {codeButtonLabel(selected)}
      </button>
      {codes.length === 0 && <span className="muted">Create a code in the codebook first.</span>}
    </div>
  );
}
