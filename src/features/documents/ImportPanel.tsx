import { useRef, useState, type DragEvent } from 'react';
import { ProgressBar } from '../../ui/ProgressBar';
import { useDocuments, useDocumentText } from '../../storage/hooks';
import { ReadingDialog } from './ReadingDialog';
import { useTranscriptImport } from './use-import';

export const TRANSCRIPT_ACCEPT = '.txt,.md,.docx,.vtt,.srt';

/** Import transcripts by picker or drag and drop, many at once, with a result for each file. */
export function ImportPanel({ projectId }: { projectId: string }) {
  const { rows, busy, importFiles, resolveDuplicate, clear } = useTranscriptImport(projectId);
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState<string | null>(null);
  const done = rows.filter((r) => r.status !== 'waiting').length;
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void importFiles(Array.from(e.dataTransfer.files));
  };
  return (
    <section className={over ? 'import drop-over stack' : 'import stack'} aria-label="Import transcripts"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <div className="row">
        <button type="button" className="primary" onClick={() => inputRef.current?.click()} disabled={busy}>Import transcripts…</button>
        <span className="muted small">or drop .txt, .md, .docx, .vtt, .srt files here</span>
      </div>
      <input ref={inputRef} type="file" multiple accept={TRANSCRIPT_ACCEPT} className="visually-hidden" aria-label="Choose transcript files"
        onChange={(e) => { void importFiles(Array.from(e.target.files ?? [])); e.target.value = ''; }} />
      {rows.length > 0 && (
        <div className="stack">
          <ProgressBar label="Files imported" done={done} total={rows.length} />
          <ul className="import-results" aria-label="Import results">
            {rows.map((r, i) => (
              <li key={`${r.name}-${i}`} className={`import-${r.status}`}>
                <strong>{r.name}</strong>{' '}
                {r.status === 'failed' && <span className="error">was not imported: {r.message}</span>}
                {r.status === 'failed' && r.details && (
                  <details className="import-details small"><summary>Details</summary><code>{r.details}</code></details>
                )}
                {r.status === 'imported' && <span className="ok">imported ({r.message})</span>}
                {r.status === 'imported' && r.documentId && r.readable && (
                  <>{' '}<button type="button" className="link" onClick={() => setReading(r.documentId ?? null)}>Change reading…</button></>
                )}
                {r.status === 'waiting' && <span className="muted">reading…</span>}
                {r.status === 'skipped' && <span className="muted">{r.message}</span>}
                {r.status === 'duplicate' && (
                  <span>
                    {r.message}.{' '}
                    <button type="button" onClick={() => void resolveDuplicate(i, true)}>Import anyway</button>{' '}
                    <button type="button" onClick={() => void resolveDuplicate(i, false)}>Skip</button>
                  </span>
                )}
              </li>
            ))}
          </ul>
          {!busy && <button type="button" className="link" onClick={clear}>Clear results</button>}
        </div>
      )}
      {reading && <ImportedReading projectId={projectId} documentId={reading} onClose={() => setReading(null)} />}
    </section>
  );
}

/** The reading dialog for a document just imported, once its records are loaded. */
function ImportedReading({ projectId, documentId, onClose }: { projectId: string; documentId: string; onClose: () => void }) {
  const document = useDocuments(projectId)?.find((d) => d.id === documentId);
  const text = useDocumentText(documentId);
  if (!document || !text) return null;
  return <ReadingDialog projectId={projectId} document={document} text={text} onClose={onClose} />;
}
