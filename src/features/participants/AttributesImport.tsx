import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useSaver } from '../common/save-status';
import { applyAttributeImport, previewAttributeImport } from '../../io/csv/attributes-csv';
import { newId } from '../../storage/db';
import { applyAttributeRecords } from '../../storage/participants';
import { importSummary, previewLines } from './import-preview';
import { ImportPreviewTable, ImportReport } from './ImportReport';
import type { ParticipantsData } from './use-participants-data';

/** Attribute sheets are small; anything bigger is almost certainly the wrong file. */
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Import attribute values from a CSV: the file is read and checked against the current
 * participants and attributes, the problems and first rows are shown, and nothing is written
 * until "Apply import".
 */
export function AttributesImport({ data }: { data: ParticipantsData }) {
  const { announce, trackDone } = useSaver();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Off by default: a name that matches no one may be a typo for someone already here.
  const [createParticipants, setCreateParticipants] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  // Re-checked against live data, so what is applied matches what is shown.
  const preview = useMemo(
    () => (file ? previewAttributeImport(file.text, data.participants, data.attributes, { createParticipants }) : null),
    [file, data.participants, data.attributes, createParticipants],
  );
  const result = useMemo(() => (preview && preview.errors.length === 0
    ? applyAttributeImport(preview, { projectId: data.project.id, attributes: data.attributes, existingValues: data.values, createId: newId })
    : null), [preview, data.project.id, data.attributes, data.values]);
  const lines = useMemo(() => (preview ? previewLines(preview, data.participants, data.values) : []), [preview, data.participants, data.values]);

  const reset = () => {
    setFile(null);
    setReadError(null);
    setCreateParticipants(false);
    if (inputRef.current) inputRef.current.value = '';
  };
  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    setDone(null);
    setFile(null);
    setReadError(null);
    setCreateParticipants(false);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) return setReadError(`${chosen.name} is ${(chosen.size / 1024 / 1024).toFixed(1)} MB: too large for an attribute sheet. Nothing was changed.`);
    try {
      setFile({ name: chosen.name, text: await chosen.text() });
    } catch {
      setReadError(`${chosen.name} could not be read. Nothing was changed.`);
    }
  };
  const apply = async () => {
    if (!preview || !result) return;
    const ok = await trackDone(applyAttributeRecords(data.project.id, { participants: result.participants, attributes: result.attributes, values: result.values }));
    if (!ok) return;
    const summary = importSummary(preview, result, true);
    announce(summary);
    setDone(summary);
    reset();
  };

  const rowCount = preview ? preview.rows.length + preview.newParticipants.length + preview.unknownParticipants.length + preview.duplicateRows.length : 0;
  return (
    <section className="stack" aria-labelledby="csv-title">
      <h2 id="csv-title">Import attributes</h2>
      <p className="muted small">
        First column: each participant’s name or reference; one column per attribute, headed by its name.
        Empty cells keep the current value. Nothing changes until you apply the import.
      </p>
      <div className="row">
        <label htmlFor={inputId}>Import attributes from CSV</label>
        <input id={inputId} ref={inputRef} type="file" accept=".csv,.tsv,.txt,text/csv" onChange={(e) => void choose(e)} />
      </div>
      {done && <p className="ok" role="status">{done}</p>}
      {readError && <p className="error" role="alert">{readError}</p>}
      {file && preview && preview.errors.length > 0 && (
        <div className="error" role="alert">
          <p>{file.name} cannot be imported, so nothing was changed:</p>
          <ul>{preview.errors.map((e) => <li key={e}>{e}</li>)}</ul>
          <button type="button" onClick={reset}>Dismiss</button>
        </div>
      )}
      {file && preview && result && (
        <>
          <p role="status"><strong>{file.name}</strong>: {importSummary(preview, result, false)}</p>
          <ImportReport preview={preview} participants={data.participants} createParticipants={{ checked: createParticipants, onChange: setCreateParticipants }} />
          {rowCount > 0 && <ImportPreviewTable preview={preview} lines={lines} total={rowCount} />}
          <div className="row">
            <button type="button" className="primary" onClick={() => void apply()}>Apply import</button>
            <button type="button" onClick={reset}>Cancel</button>
          </div>
        </>
      )}
    </section>
  );
}
