import { useEffect, useRef, useState } from 'react';
import type { DocumentMeta, DocumentText } from '../../core/model';
import type { ReadingPlan, RereadDocument } from '../../core/operations/document-reading';
import { useSaver } from '../common/save-status';
import { currentReading, rereadDocument } from '../../io/transcripts/reread';
import { applyDocumentReading, previewDocumentReading } from '../../storage/document-reading';
import { readingLabel } from './reading-label';

type Reading = 'turns' | 'paragraphs';
type Outcome = Omit<ReadingPlan, 'changes'>;

/** Turns shown in the preview. */
const PREVIEW_TURNS = 4;

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * How a document was read (speaker turns or paragraphs) and a switch to the other reading, with
 * a preview of its first turns and of what becomes of the coded passages before anything changes.
 */
export function ReadingDialog({ projectId, document, text, onClose }: { projectId: string; document: DocumentMeta; text: DocumentText; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const now = currentReading(text);
  const [target, setTarget] = useState<Reading>(now.kind === 'turns' ? 'paragraphs' : 'turns');
  const [reread, setReread] = useState<{ value: RereadDocument; outcome: Outcome } | { error: string } | null>(null);
  const { track, announce } = useSaver();

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    let live = true;
    setReread(null);
    void (async () => {
      const result = await rereadDocument(document, text, target);
      if ('error' in result) { if (live) setReread(result); return; }
      const outcome = await previewDocumentReading(document.id, result.value);
      if (live) setReread({ value: result.value, outcome });
    })().catch((e: unknown) => { if (live) setReread({ error: e instanceof Error ? e.message : String(e) }); });
    return () => { live = false; };
  }, [document, text, target]);

  const ready = reread && 'value' in reread ? reread : null;
  const noLabels = ready !== null && target === 'turns' && ready.value.reading.kind === 'paragraphs';
  const apply = async () => {
    if (!ready) return;
    const label = target === 'turns' ? `Read “${document.title}” as speaker turns` : `Read “${document.title}” as paragraphs`;
    const outcome = await track(applyDocumentReading(projectId, document.id, ready.value, label));
    if (outcome) {
      const lost = outcome.unplaced.length;
      announce(`${document.title} is now read as ${readingLabel(ready.value.reading, ready.value.speakers.length)}; ${outcome.carried + outcome.approximate} coded passages kept${lost ? `, ${lost} removed (undo brings them back)` : ''}`);
      onClose();
    }
  };

  return (
    <dialog ref={ref} className="confirm reading-dialog" aria-labelledby="reading-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id="reading-title">How “{document.title}” is read</h2>
      <p>Now read as <strong>{readingLabel(now, document.speakers.length)}</strong>.</p>
      <fieldset className="stack">
        <legend>Read it as</legend>
        <label><input type="radio" name="reading" checked={target === 'turns'} onChange={() => setTarget('turns')} /> Speaker turns (a label such as <code>Name:</code>, <code>NAME:</code> or <code>[00:01:02] Name:</code> opens each turn)</label>
        <label><input type="radio" name="reading" checked={target === 'paragraphs'} onChange={() => setTarget('paragraphs')} /> Plain paragraphs (labels stay in the text)</label>
      </fieldset>
      {reread === null && <p className="muted" role="status">Reading…</p>}
      {reread && 'error' in reread && <p className="error" role="alert">It cannot be read that way: {reread.error}</p>}
      {ready && (
        <div className="stack" aria-label="Preview">
          {noLabels && <p className="error">No speaker labels were found at the start of its paragraphs: it would stay plain paragraphs.</p>}
          <p>Preview: {readingLabel(ready.value.reading, ready.value.speakers.length)}.</p>
          <ol className="reading-preview">
            {ready.value.turns.slice(0, PREVIEW_TURNS).map((turn) => (
              <li key={turn.start}>
                {turn.preamble ? <em className="muted">Title · </em> : turn.speaker !== null && <strong>{turn.speaker}: </strong>}
                {short(ready.value.text.slice(turn.start, turn.end), 140)}
              </li>
            ))}
          </ol>
          <p>{ready.outcome.carried + ready.outcome.approximate} coded passages kept{ready.outcome.approximate > 0 ? ` (${ready.outcome.approximate} found at slightly changed words)` : ''}.</p>
          {ready.outcome.unplaced.length > 0 && (
            <div className="error">
              <p>{ready.outcome.unplaced.length} coded {ready.outcome.unplaced.length === 1 ? 'passage' : 'passages'} cannot be found in the text read this way and will be removed with {ready.outcome.unplaced.length === 1 ? 'its' : 'their'} codes (Undo brings them back):</p>
              <ul aria-label="Passages that cannot be placed">
                {ready.outcome.unplaced.map((p) => <li key={p.segmentId}>“{short(p.quote, 120)}” ({p.codings} {p.codings === 1 ? 'code' : 'codes'})</li>)}
              </ul>
            </div>
          )}
        </div>
      )}
      <div className="row end">
        <button type="button" onClick={onClose} autoFocus>Cancel</button>
        <button type="button" className="primary" disabled={!ready || noLabels} onClick={() => void apply()}>
          {target === 'turns' ? 'Read as speaker turns' : 'Read as paragraphs'}
        </button>
      </div>
    </dialog>
  );
}
