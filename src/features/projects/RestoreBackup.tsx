import { useState } from 'react';
import type { Project } from '../../core/model';
import { navigate } from '../common/router';
import { describeError, useSaver } from '../common/save-status';
import type { ProjectFileContents } from '../../io/project-file/format';
import { existingProject, readBackup, restoreProject, type RestoreMode } from '../../storage/backup';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; message: string; detail?: string }
  | { kind: 'preview'; name: string; file: ProjectFileContents; existing?: Project; confirming: boolean }
  | { kind: 'restoring'; name: string }
  | { kind: 'restored'; projectId: string; projectName: string };

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

/** Reads a `.verbatim` backup, shows what it holds, and restores it (asking first if the project is already here). */
export function RestoreBackup() {
  const { announce } = useSaver();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const open = async (f: File) => {
    setState({ kind: 'reading', name: f.name });
    try {
      const result = await readBackup(new Uint8Array(await f.arrayBuffer()));
      if ('error' in result) { setState({ kind: 'refused', name: f.name, message: result.error, ...(result.detail ? { detail: result.detail } : {}) }); return; }
      const existing = await existingProject(result.value.bundle.project.id);
      setState({ kind: 'preview', name: f.name, file: result.value, confirming: false, ...(existing ? { existing } : {}) });
    } catch (e) {
      setState({ kind: 'refused', name: f.name, message: `The file could not be read: ${describeError(e)}. Nothing was restored.` });
    }
  };

  const restore = async (file: ProjectFileContents, name: string, mode: RestoreMode) => {
    setState({ kind: 'restoring', name });
    try {
      const projectId = await restoreProject(file, { mode });
      const projectName = mode === 'copy' ? `${file.bundle.project.name} (restored)` : file.bundle.project.name;
      setState({ kind: 'restored', projectId, projectName });
      announce(`Restored “${projectName}”`);
    } catch (e) {
      setState({ kind: 'refused', name, message: `Restoring failed, and nothing was changed: ${describeError(e)}` });
    }
  };

  const busy = state.kind === 'reading' || state.kind === 'restoring';
  return (
    <section className="stack panel restore-backup" aria-label="Restore from backup">
      <h2>Restore from backup</h2>
      <p className="muted small">A .verbatim file made with “Back up project” brings back the whole project exactly as it was.</p>
      <div className="row">
        <label htmlFor="restore-file">Restore from backup (.verbatim)</label>
        <input id="restore-file" type="file" accept=".verbatim" disabled={busy}
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void open(f); e.target.value = ''; }} />
      </div>
      {state.kind === 'reading' && <p role="status" className="muted">Reading {state.name}…</p>}
      {state.kind === 'restoring' && <p role="status" className="muted">Restoring {state.name} in this browser…</p>}
      {state.kind === 'refused' && (
        <div role="alert" className="stack">
          <p className="error">{state.name}: {state.message}</p>
          {state.detail && <details><summary>Technical detail</summary><p className="small">{state.detail}</p></details>}
        </div>
      )}
      {state.kind === 'preview' && <Preview state={state} onRestore={(mode) => void restore(state.file, state.name, mode)}
        onConfirm={(confirming) => setState({ ...state, confirming })} onCancel={() => setState({ kind: 'idle' })} />}
      {state.kind === 'restored' && (
        <div className="row">
          <p className="ok">Restored “{state.projectName}”.</p>
          <button type="button" className="primary" onClick={() => navigate({ name: 'code', projectId: state.projectId })}>Open the restored project</button>
        </div>
      )}
    </section>
  );
}

function Preview({ state, onRestore, onConfirm, onCancel }: {
  state: Extract<State, { kind: 'preview' }>;
  onRestore: (mode: RestoreMode) => void;
  onConfirm: (confirming: boolean) => void;
  onCancel: () => void;
}) {
  const { bundle, history, manifest } = state.file;
  return (
    <div className="stack panel backup-preview" role="group" aria-label="Backup preview">
      <p><strong>{bundle.project.name}</strong>:{' '}
        {plural(bundle.documents.length, 'document')}, {plural(bundle.codes.length, 'code')}, {plural(bundle.codings.length, 'coding')}, {plural(bundle.coders.length, 'coder')}
        {history.length > 0 ? `, ${plural(history.length, 'undo step')}` : ', no undo history'}.
      </p>
      <p className="muted small">Backed up {new Date(manifest.createdAt).toLocaleString()} by {manifest.app} (record schema {manifest.schemaVersion}).</p>
      {state.existing && state.confirming ? (
        <div role="group" aria-label="This project is already here" className="stack">
          <p>“{state.existing.name}” is already in this browser. Replace it with the backup (its current contents and undo history are deleted), or restore the backup beside it as a copy?</p>
          <div className="row">
            <button type="button" className="danger" onClick={() => onRestore('replace')}>Replace</button>
            <button type="button" onClick={() => onRestore('copy')}>Restore as a copy</button>
            <button type="button" onClick={() => onConfirm(false)}>Cancel</button>
          </div>
        </div>
      ) : (
        <div className="row">
          <button type="button" className="primary" onClick={() => (state.existing ? onConfirm(true) : onRestore('new'))}>Restore</button>
          <button type="button" onClick={onCancel}>Cancel</button>
        </div>
      )}
    </div>
  );
}
