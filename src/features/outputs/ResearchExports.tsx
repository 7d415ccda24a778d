import { useState } from 'react';
import { loadBundle } from '../../storage/bundle';
import { downloadBlob } from '../../ui/download';
import { researchFile, type ResearchFormat } from './research-exports';
import type { ExportStatus } from './use-quote-export';
import { useTracked } from './use-tracked';

/** Exports for the research team only: the codebook and every coded segment with names and titles. */
export function ResearchExports({ projectId }: { projectId: string }) {
  const { announce } = useTracked();
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (format: ResearchFormat) => {
    setBusy(true);
    let next: ExportStatus;
    try {
      const file = await researchFile(await loadBundle(projectId), format);
      downloadBlob(file.fileName, file.blob);
      next = { ok: true, message: `Exported ${file.what} to ${file.fileName}` };
    } catch (e) {
      next = { ok: false, message: `Export failed: ${e instanceof Error ? e.message : String(e)}` };
    }
    setStatus(next);
    announce(next.message);
    setBusy(false);
  };
  return (
    <section className="outputs-section research-only" aria-labelledby="research-title">
      <h2 id="research-title">For the research team (not anonymised)</h2>
      <p className="warning-label">Contains names and document titles — for the research team only</p>
      <p className="muted small">These files are not redacted. Keep them where only the research team can read them; do not publish or share them with participants’ organisations.</p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void run('codebook-markdown')}>Export codebook (Markdown)</button>
        <button type="button" disabled={busy} onClick={() => void run('codebook-word')}>Export codebook (Word)</button>
        <button type="button" disabled={busy} onClick={() => void run('segments-csv')}>Export all coded segments (CSV, with names and titles)</button>
      </div>
      <p className={`export-status ${status?.ok === false ? 'error' : 'ok'}`} role="status">{status?.message ?? ''}</p>
    </section>
  );
}
