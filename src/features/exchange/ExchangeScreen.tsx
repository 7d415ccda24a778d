import { useState } from 'react';
import { describeError, useSaver } from '../common/save-status';
import { bundleToQdpx } from '../../io/qdpx/bundle';
import { mergeCodebook, type CodebookMerge } from '../../io/qdpx/merge-codebook';
import type { QdcResult } from '../../io/qdpx/types';
import { loadBundle } from '../../storage/bundle';
import { applyCodebookMerge } from '../../storage/codes';
import { newId } from '../../storage/db';
import { useCodes, useProject } from '../../storage/hooks';
import { downloadBlob, fileSlug } from '../../ui/download';
import { readQdcInWorker, writeQdpxInWorker } from './qdpx-client';

type CodebookImport = { name: string; result: QdcResult; merge?: CodebookMerge };

/** REFI-QDA interchange for one project: export it (.qdpx) or its codebook (.qdc); merge in a codebook. */
export function ExchangeScreen({ projectId }: { projectId: string }) {
  const project = useProject(projectId);
  const codes = useCodes(projectId);
  const { announce, trackDone } = useSaver();
  const [busy, setBusy] = useState<string | null>(null);
  const [qdc, setQdc] = useState<CodebookImport | null>(null);
  const slug = fileSlug(project?.name ?? 'project');

  const exportProject = async () => {
    setBusy('Writing the project…');
    try {
      const bytes = await writeQdpxInWorker(bundleToQdpx(await loadBundle(projectId)));
      downloadBlob(`${slug}.qdpx`, new Blob([bytes as BlobPart], { type: 'application/zip' }));
      announce(`Exported ${slug}.qdpx`);
    } catch (e) {
      announce(`Export failed: ${describeError(e)}`);
    } finally { setBusy(null); }
  };
  const exportCodebook = async () => {
    const qdpx = bundleToQdpx(await loadBundle(projectId));
    // The XML and zip code loads when a codebook is exported or read, not with the screen.
    const { writeQdc } = await import('../../io/qdpx/write');
    downloadBlob(`${slug}-codebook.qdc`, new Blob([writeQdc(qdpx.codes) as BlobPart], { type: 'application/xml' }));
    announce(`Exported ${slug}-codebook.qdc`);
  };
  const readCodebook = async (f: File) => {
    const result = await readQdcInWorker(new Uint8Array(await f.arrayBuffer()));
    const merge = result.codes ? mergeCodebook(codes ?? [], result.codes, { newId, projectId }) : undefined;
    setQdc({ name: f.name, result, merge });
  };
  const applyCodebook = async (merge: CodebookMerge) => {
    if (await trackDone(applyCodebookMerge(projectId, merge.added, merge.updated))) {
      announce(`Codebook merged: ${merge.added.length} codes added, ${merge.matched.length} matched`);
      setQdc(null);
    }
  };

  return (
    <main className="screen exchange" id="main">
      <h1>Exchange with other tools (REFI-QDA)</h1>
      <section className="stack panel">
        <h2>Export</h2>
        <p className="muted small">The whole project as a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA or QualCoder: every coder's codings, memos as notes, participants as cases with their attributes, transcripts as UTF-8 text. It holds names and transcripts: treat the file as confidential.</p>
        <div className="row">
          <button type="button" className="primary" disabled={busy !== null} onClick={() => void exportProject()}>Export project (.qdpx)</button>
          <button type="button" onClick={() => void exportCodebook()}>Export codebook (.qdc)</button>
          {busy && <span role="status" className="muted">{busy}</span>}
        </div>
      </section>
      <section className="stack panel">
        <h2>Import a codebook</h2>
        <p className="muted small">Codes from a .qdc file are matched to this project's codes by GUID, then by name and place in the tree; the rest are added. You see the result before anything changes.</p>
        <label className="row">Codebook file (.qdc)
          <input type="file" accept=".qdc,.xml" onChange={(e) => { const f = e.target.files?.[0]; if (f) void readCodebook(f); e.target.value = ''; }} />
        </label>
        {qdc && !qdc.merge && (
          <div role="alert" className="error">
            <p>{qdc.name} was not read, and nothing changed:</p>
            <ul>{qdc.result.errors.map((e, i) => <li key={i}><code>{e.code}</code> {e.message}</li>)}</ul>
          </div>
        )}
        {qdc?.merge && (
          <div className="stack" aria-label="Codebook merge preview">
            <p>{qdc.name}: {qdc.merge.added.length} codes to add, {qdc.merge.matched.length} already here ({qdc.merge.matched.filter((m) => m.by === 'guid').length} by GUID), {qdc.merge.renamed.length} renamed.</p>
            {qdc.merge.added.length > 0 && <details><summary>Codes to add</summary><ul>{qdc.merge.added.map((c) => <li key={c.id}>{c.name}</li>)}</ul></details>}
            {qdc.merge.renamed.length > 0 && <details><summary>Renamed</summary><ul>{qdc.merge.renamed.map((r, i) => <li key={i}>{r.from} → {r.to}{r.applied ? '' : ' (kept: the new name is taken)'}</li>)}</ul></details>}
            {qdc.result.warnings.length > 0 && <details><summary>{qdc.result.warnings.length} warnings</summary><ul>{qdc.result.warnings.map((w, i) => <li key={i}><code>{w.code}</code> {w.message}</li>)}</ul></details>}
            <div className="row">
              <button type="button" className="primary" onClick={() => void applyCodebook(qdc.merge!)}>Merge codebook</button>
              <button type="button" onClick={() => setQdc(null)}>Cancel</button>
            </div>
          </div>
        )}
      </section>
    </main>
  );
}
