import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSaver } from '../common/save-status';
import type { Checked } from './attribute-values';

interface Props {
  /** Accessible name of the input. */
  label: string;
  /** The stored value; shown whenever the user is not editing. */
  value: string;
  type?: 'text' | 'number' | 'date';
  /** Id of a datalist of suggestions. */
  list?: string;
  placeholder?: string;
  className?: string;
  /** Checks the typed text; `badInput` is the browser's verdict for number and date inputs. */
  check: (raw: string, badInput: boolean) => Checked;
  /** Saves a checked value that differs from the stored one. */
  save: (value: string) => Promise<unknown>;
}

/**
 * An input that saves on blur or Enter through the save tracker; Escape puts the stored value
 * back. A value that fails `check` is shown with its reason and nothing is saved.
 */
export function EditableField({ label, value, type = 'text', list, placeholder, className, check, save }: Props) {
  const { track } = useSaver();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const saving = useRef(false);

  const commit = async (input: HTMLInputElement) => {
    const badInput = input.validity.badInput;
    if ((draft === null && !badInput) || saving.current) return;
    const result = check(draft ?? input.value, badInput);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    if (result.value === value) {
      setDraft(null);
      return;
    }
    let failed = false;
    saving.current = true;
    await track(save(result.value), () => { failed = true; });
    saving.current = false;
    if (!failed) setDraft(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void commit(e.currentTarget);
    } else if (e.key === 'Escape' && (draft !== null || error !== null)) {
      e.preventDefault();
      e.stopPropagation();
      setDraft(null);
      setError(null);
      if (e.currentTarget.validity.badInput) e.currentTarget.value = '';
    }
  };

  return (
    <span className={`editable ${className ?? ''}`}>
      <input type={type} value={draft ?? value} list={list} placeholder={placeholder} aria-label={label} title={(draft ?? value) || undefined}
        aria-invalid={error !== null} aria-describedby={error !== null ? errorId : undefined}
        onChange={(e) => { setDraft(e.target.value); if (error !== null) setError(null); }}
        onBlur={(e) => void commit(e.currentTarget)} onKeyDown={onKeyDown} />
      {error !== null && <span id={errorId} className="error small field-error" role="alert">{error}</span>}
    </span>
  );
}
