import { useId, useState } from 'react';
import type { RedactionRule } from '../../core/model';
import { validateRule } from '../../core/anonymise/redact';

export interface RedactionDraft {
  term: string;
  replacement: string;
  caseSensitive: boolean;
  wholeWord: boolean;
}

export const DEFAULT_REPLACEMENT = '[redacted]';

interface Props {
  /** The rules already listed, for the duplicate check. */
  existing: readonly RedactionRule[];
  /** The rule being edited; absent when adding. */
  editing?: RedactionRule;
  onSubmit: (draft: RedactionDraft) => Promise<boolean>;
  onCancel?: () => void;
}

/** Add or edit one term → replacement rule; refuses what core's `validateRule` refuses, saying why. */
export function RedactionForm({ existing, editing, onSubmit, onCancel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<RedactionDraft>(editing
    ? { term: editing.term, replacement: editing.replacement, caseSensitive: editing.caseSensitive, wholeWord: editing.wholeWord }
    : { term: '', replacement: DEFAULT_REPLACEMENT, caseSensitive: false, wholeWord: true });
  const [problem, setProblem] = useState<string | null>(null);
  const set = (patch: Partial<RedactionDraft>) => { setDraft((d) => ({ ...d, ...patch })); setProblem(null); };

  const submit = async () => {
    const why = validateRule(draft.term, draft.replacement, existing, editing?.id);
    if (why) { setProblem(why); return; }
    if (await onSubmit({ ...draft, term: draft.term.trim(), replacement: draft.replacement.trim() }) && !editing) {
      setDraft((d) => ({ ...d, term: '', replacement: DEFAULT_REPLACEMENT }));
    }
  };
  const verb = editing ? 'Save' : 'Add redaction';
  return (
    <form className="row redaction-form" aria-label={editing ? `Edit redaction of ${editing.term}` : 'Add a redaction'}
      onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <label htmlFor={`${id}-term`}>{editing ? 'Term' : 'Word or phrase to redact'}</label>
      <input id={`${id}-term`} value={draft.term} onChange={(e) => set({ term: e.target.value })}
        aria-invalid={problem !== null} aria-describedby={problem ? `${id}-problem` : undefined} autoFocus={!!editing} />
      <label htmlFor={`${id}-replacement`}>Replace with</label>
      <input id={`${id}-replacement`} value={draft.replacement} onChange={(e) => set({ replacement: e.target.value })} size={16} />
      <label className="row"><input type="checkbox" checked={draft.wholeWord} onChange={(e) => set({ wholeWord: e.target.checked })} /> Whole words</label>
      <label className="row"><input type="checkbox" checked={draft.caseSensitive} onChange={(e) => set({ caseSensitive: e.target.checked })} /> Match case</label>
      <button type="submit" className={editing ? undefined : 'primary'}>{verb}</button>
      {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      {problem && <p id={`${id}-problem`} className="error form-problem" role="alert">{problem}</p>}
    </form>
  );
}
