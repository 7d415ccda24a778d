import { useEffect, useId, useState } from 'react';

/** A memo text area that saves when it loses focus, and follows the stored value otherwise. */
export function MemoField({ label, value, onSave, rows = 4 }: { label: string; value: string; onSave: (memo: string) => void; rows?: number }) {
  const [draft, setDraft] = useState(value);
  const id = useId();
  useEffect(() => setDraft(value), [value]);
  return (
    <div className="stack memo-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} value={draft} onChange={(e) => setDraft(e.target.value)}
        onBlur={() => { if (draft !== value) onSave(draft); }} />
    </div>
  );
}
