import { useState } from 'react';
import { navigate } from '../common/router';
import { describeError, useSaver } from '../common/save-status';
import type { QdpxImport as Imported } from '../../io/qdpx/import-project';
import type { PositionOption } from '../../io/qdpx/types';
import { saveBundle } from '../../storage/bundle';
import { newId } from '../../storage/db';
import { ProgressBar } from '../../ui/ProgressBar';
import { ImportReport } from './ImportReport';
import { importQdpxInWorker, MAX_QDPX_BYTES } from './qdpx-client';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; done: number; total: number }
  | { kind: 'saving'; name: string }
  | { kind: 'rejected'; name: string; imported: Imported }
  | { kind: 'imported'; name: string; imported: Imported; projectId: string }
  | { kind: 'failed'; name: string; message: string };

/** Opens a REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA, QualCoder… as a new project. */
export function QdpxImport() {
  const { announce } = useSaver();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [positions, setPositions] = useState<PositionOption>('auto');
  const [file, setFile] = useState<File | null>(null);

  const run = async (f: File, model: PositionOption) => {
    setFile(f);
    if (f.size > MAX_QDPX_BYTES) {
      setState({ kind: 'failed', name: f.name, message: `is ${(f.size / 1e6).toFixed(0)} MB; Verbatim opens projects up to ${MAX_QDPX_BYTES / 1024 / 1024} MB` });
      return;
    }
    setState({ kind: 'reading', name: f.name, done: 0, total: 1 });
    try {
      const bytes = new Uint8Array(await f.arrayBuffer());
      const imported = await importQdpxInWorker(bytes, model, newId, (done, total) => setState({ kind: 'reading', name: f.name, done, total }));
      if (!imported.bundle) { setState({ kind: 'rejected', name: f.name, imported }); return; }
      setState({ kind: 'saving', name: f.name });
      await saveBundle(imported.bundle);
      setState({ kind: 'imported', name: f.name, imported: { ...imported, bundle: undefined }, projectId: imported.bundle.project.id });
      announce(`Opened ${f.name} as “${imported.bundle.project.name}”`);
    } catch (e) {
      setState({ kind: 'failed', name: f.name, message: describeError(e) });
    }
  };

  return (
    <section className="stack panel qdpx-import" aria-label="Open a REFI-QDA project">
      <h2>Open a project from another tool</h2>
      <p className="muted small">A REFI-QDA project (.qdpx) exported by NVivo, ATLAS.ti, MAXQDA, QualCoder or Verbatim opens as a new project. Nothing is uploaded.</p>
      <div className="row">
        <label htmlFor="qdpx-file">Open .qdpx file</label>
        <input id="qdpx-file" type="file" accept=".qdpx" disabled={state.kind === 'reading' || state.kind === 'saving'}
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void run(f, positions); e.target.value = ''; }} />
        <label htmlFor="qdpx-positions">Text positions</label>
        <select id="qdpx-positions" value={positions} onChange={(e) => setPositions(e.target.value as PositionOption)}>
          <option value="auto">Detect per source (recommended)</option>
          <option value="codepoints">Unicode code points (the standard)</option>
          <option value="utf16">UTF-16 code units (NVivo)</option>
        </select>
      </div>
      {state.kind === 'reading' && <ProgressBar label={`Reading ${state.name}`} done={state.done} total={state.total} />}
      {state.kind === 'saving' && <p role="status" className="muted">Saving {state.name} in this browser…</p>}
      {state.kind === 'failed' && <p className="error" role="alert">{state.name} could not be opened: {state.message}. Nothing was stored.</p>}
      {state.kind === 'rejected' && (
        <div role="alert">
          <p className="error">{state.name} was not opened, and nothing was stored:</p>
          <ImportReport errors={state.imported.errors} warnings={state.imported.warnings} />
        </div>
      )}
      {state.kind === 'imported' && (
        <div className="stack">
          <p className="ok">Opened {state.name}.</p>
          <ImportReport summary={state.imported.summary} errors={state.imported.errors} warnings={state.imported.warnings} notImported={state.imported.notImported} />
          <div className="row">
            <button type="button" className="primary" onClick={() => navigate({ name: 'code', projectId: state.projectId })}>Open the imported project</button>
            {file && positions === 'auto' && <span className="muted small">Passages in the wrong place? Choose a position model above and open the file again.</span>}
          </div>
        </div>
      )}
    </section>
  );
}
