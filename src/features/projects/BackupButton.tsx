import { useEffect, useRef, useState } from 'react';
import { useSaver } from '../common/save-status';
import { backupProject, useLastBackup } from '../../storage/backup';
import { downloadBlob } from '../../ui/download';

/** "Back up project": a dialog with the undo-history choice; saves `<name> YYYY-MM-DD.verbatim`. */
export function BackupButton({ projectId }: { projectId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="backup-button" aria-label="Back up project" title="Save the whole project as a .verbatim file" onClick={() => setOpen(true)}>Back up</button>
      {open && <BackupDialog projectId={projectId} onClose={() => setOpen(false)} />}
    </>
  );
}

function BackupDialog({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { track, announce } = useSaver();
  const last = useLastBackup(projectId);
  const [history, setHistory] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const save = async () => {
    setBusy(true);
    const file = await track(backupProject(projectId, { history }));
    setBusy(false);
    if (!file) return;
    downloadBlob(file.fileName, new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
    announce(`Backup saved as ${file.fileName}`);
    onClose();
  };
  return (
    <dialog ref={ref} className="confirm" aria-labelledby="backup-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id="backup-title">Back up project</h2>
      <p>Saves the whole project (documents, codebook, every coder's coding, memos, participants, attributes, redactions and the attribution template) as one .verbatim file that “Restore from backup” brings back exactly.</p>
      <p className="muted small">{last ? `Last backed up in this browser ${new Date(last).toLocaleString()}.` : 'Not backed up from this browser yet.'}</p>
      <label className="row"><input type="checkbox" checked={history} onChange={(e) => setHistory(e.target.checked)} /> Include undo history</label>
      <div className="row end">
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>{busy ? 'Saving…' : 'Download backup'}</button>
      </div>
    </dialog>
  );
}
