import { useId, useState, type KeyboardEvent } from 'react';
import { useSaver } from '../common/save-status';
import { attributionFor, validateTemplate } from '../../core/quotes/attribution';
import { updateProject } from '../../storage/projects';
import type { ParticipantsData } from './use-participants-data';

const PREVIEW_COUNT = 5;

/** The project's attribution template, checked as it is typed, with a live preview. */
export function TemplateSection({ data }: { data: ParticipantsData }) {
  const { announce, trackDone } = useSaver();
  const stored = data.project.attributionTemplate;
  const [draft, setDraft] = useState<string | null>(null);
  const current = draft ?? stored;
  const problem = validateTemplate(current);
  const hintId = useId();
  const problemId = useId();

  const commit = async () => {
    if (draft === null || problem !== null) return;
    if (draft === stored) return setDraft(null);
    const ok = await trackDone(updateProject(data.project.id, 'Edit attribution template', { attributionTemplate: draft }));
    if (ok) {
      setDraft(null);
      announce('Attribution template saved.');
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') { e.preventDefault(); void commit(); }
    if (e.key === 'Escape' && draft !== null) { e.preventDefault(); e.stopPropagation(); setDraft(null); }
  };
  const placeholders = ['{ref}', '{number}', ...data.attributes.map((a) => `{${a.name}}`)];
  const preview = data.participants.slice(0, PREVIEW_COUNT);

  return (
    <section className="stack" aria-labelledby="template-title">
      <h2 id="template-title">Attribution template</h2>
      <p id={hintId} className="muted small">
        How quotes are attributed in outputs, e.g. <code>{'{role}'}</code> or <code>{'P{number}, {organisation type}'}</code>.
        Placeholders: {placeholders.map((p, i) => <span key={p}>{i > 0 && ', '}<code>{p}</code></span>)}. Names are never allowed.
      </p>
      <div className="row">
        <label htmlFor="attribution-template">Template</label>
        <input id="attribution-template" className="template-input" value={current}
          aria-invalid={problem !== null} aria-describedby={problem !== null ? `${problemId} ${hintId}` : hintId}
          onChange={(e) => setDraft(e.target.value)} onBlur={() => void commit()} onKeyDown={onKeyDown} />
        {draft !== null && problem === null && draft !== stored && <span className="muted small">Press Enter or leave the field to save.</span>}
      </div>
      <p id={problemId} className="error" role="alert">{problem !== null ? `${problem} This template is not saved.` : ''}</p>
      {preview.length > 0 && (
        <div>
          <h3 className="small-heading">Preview</h3>
          <ul className="preview-list" aria-label="Attribution preview">
            {preview.map((p) => {
              const r = problem === null ? attributionFor(p, data.attributes, data.values, current) : null;
              return (
                <li key={p.id}>
                  <strong>{p.ref}</strong>:{' '}
                  {r === null ? <span className="muted">—</span> : r.ok ? <span>{r.text}</span> : <span className="error">{r.error}</span>}
                  {p.attributionOverride && <span className="muted small"> (own attribution)</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
