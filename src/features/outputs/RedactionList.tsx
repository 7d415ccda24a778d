import { useState } from 'react';
import { addRedactions, deleteRedaction, updateRedaction } from '../../storage/redactions';
import { useRedactions } from '../../storage/hooks';
import { RedactionForm, type RedactionDraft } from './RedactionForm';
import { useTracked } from './use-tracked';

/** The project's term → replacement list, applied to every anonymised output. */
export function RedactionList({ projectId }: { projectId: string }) {
  const rules = useRedactions(projectId);
  const { run, announce } = useTracked();
  const [editing, setEditing] = useState<string | null>(null);

  const add = async (draft: RedactionDraft) => {
    const added = await run(addRedactions(projectId, [draft]));
    if (added.ok) announce(added.value ? `Added redaction: “${draft.term}” → ${draft.replacement}` : `“${draft.term}” is already in the list`);
    return added.ok;
  };
  const save = async (id: string, draft: RedactionDraft) => {
    const saved = await run(updateRedaction(projectId, id, draft));
    if (saved.ok) { setEditing(null); announce(`Saved redaction of “${draft.term}”`); }
    return saved.ok;
  };
  const remove = async (id: string, term: string) => {
    if ((await run(deleteRedaction(projectId, id))).ok) announce(`Removed redaction of “${term}” (Undo brings it back)`);
  };

  return (
    <section className="outputs-section" aria-labelledby="redactions-title">
      <h2 id="redactions-title">Redactions</h2>
      <p className="muted small">
        Every anonymised output (quotes, frequencies) replaces these words. Transcripts are never changed. Participants’ names are replaced with [name] even when not listed.
      </p>
      <RedactionForm existing={rules ?? []} onSubmit={add} />
      {rules && rules.length === 0 && <p className="muted">No redactions yet: add a name or place above, or find identifying words below.</p>}
      {rules && rules.length > 0 && (
        <table className="grid redaction-table">
          <caption className="visually-hidden">Redactions</caption>
          <thead><tr><th scope="col">Term</th><th scope="col">Replacement</th><th scope="col">Matching</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {rules.map((rule) => editing === rule.id ? (
              <tr key={rule.id}>
                <td colSpan={4}>
                  <RedactionForm existing={rules} editing={rule} onSubmit={(d) => save(rule.id, d)} onCancel={() => setEditing(null)} />
                </td>
              </tr>
            ) : (
              <tr key={rule.id}>
                <td>{rule.term}</td>
                <td><span className="redaction-mark">{rule.replacement}</span></td>
                <td className="muted small">{[rule.wholeWord ? 'whole words' : 'anywhere', rule.caseSensitive ? 'match case' : 'any case'].join(', ')}</td>
                <td>
                  <div className="row">
                    <button type="button" onClick={() => setEditing(rule.id)} aria-label={`Edit redaction of ${rule.term}`}>Edit</button>
                    <button type="button" className="danger" onClick={() => void remove(rule.id, rule.term)} aria-label={`Remove redaction of ${rule.term}`}>Remove</button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
