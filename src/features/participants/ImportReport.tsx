import type { Participant } from '../../core/model';
import type { AttributeImportPreview, DuplicateRow } from '../../io/csv/attributes-csv';
import { newParticipantLabel, unknownReason, PREVIEW_ROWS, type PreviewLine } from './import-preview';

function refOf(participants: readonly Participant[], preview: AttributeImportPreview, d: DuplicateRow): string {
  if (d.participantId === null) return preview.newParticipants.find((n) => n.row === d.firstRow)?.ref ?? 'a new participant';
  return participants.find((p) => p.id === d.participantId)?.ref ?? 'a participant';
}

/** An ISO day as words, so the reading of an ambiguous date cannot itself be misread. */
function longDate(isoDay: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}

/** The choice to create participants for the rows that name no one, off until the user asks. */
export interface CreateParticipantsChoice {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** The problems an attribute file has, each with its row, column and reason. */
export function ImportReport({ preview, participants, createParticipants }: {
  preview: AttributeImportPreview;
  participants: readonly Participant[];
  createParticipants: CreateParticipantsChoice;
}) {
  const { unknownParticipants: unknown, newParticipants: created, creatableParticipants: creatable, duplicateRows: duplicates, badValues: bad, newAttributes, dateReadings } = preview;
  const clean = unknown.length === 0 && created.length === 0 && duplicates.length === 0 && bad.length === 0 && !dateReadings.some((d) => d.guessed);
  return (
    <div className="panel csv-report" aria-label="Import report" role="region">
      {clean && <p className="ok">No problems found in the file.</p>}
      {unknown.length > 0 && (
        <>
          <h3>Unknown participants ({unknown.length}) — skipped</h3>
          <p className="muted small">
            {creatable > 0 && !createParticipants.checked
              ? 'Tick the box below to create the ones no participant matches, or add them in the table above (or fix their name or reference in the file) and import again.'
              : 'Add them in the table above (or fix their name or reference in the file) and import again.'}
          </p>
          <ul aria-label="Unknown participants">
            {unknown.map((u) => <li key={u.row}>Row {u.row}: “{u.key}”: {unknownReason(u.reason)}</li>)}
          </ul>
        </>
      )}
      {creatable > 0 && (
        <label className="inline-check create-participants">
          <input type="checkbox" checked={createParticipants.checked} onChange={(e) => createParticipants.onChange(e.target.checked)} />
          Create {creatable} new {creatable === 1 ? 'participant' : 'participants'} from the unknown rows
        </label>
      )}
      {created.length > 0 && (
        <>
          <h3>New participants ({created.length}) — will be created</h3>
          <p className="muted small">No participant has these names or references. Check them for typos before applying.</p>
          <ul aria-label="New participants">
            {created.map((n) => <li key={n.row}>Row {n.row}: “{n.key}” becomes {newParticipantLabel(n)}</li>)}
          </ul>
        </>
      )}
      {duplicates.length > 0 && (
        <>
          <h3>Duplicate rows ({duplicates.length}) — skipped</h3>
          <ul aria-label="Duplicate rows">
            {duplicates.map((d) => <li key={d.row}>Row {d.row} repeats {refOf(participants, preview, d)}; row {d.firstRow} is used</li>)}
          </ul>
        </>
      )}
      {bad.length > 0 && (
        <>
          <h3>Bad values ({bad.length}) — skipped</h3>
          <ul aria-label="Bad values">
            {bad.map((b) => (
              <li key={`${b.row}:${b.column}`}>
                Row {b.row}, column “{b.column}”: “{b.value}” is not a {b.expected}
                {b.expected === 'number' ? ' (use plain digits such as 12 or 3.5)' : ' (use YYYY-MM-DD or the column’s day/month order)'}
              </li>
            ))}
          </ul>
        </>
      )}
      {dateReadings.length > 0 && (
        <>
          <h3>Dates read as a spreadsheet writes them</h3>
          <ul aria-label="Dates read">
            {dateReadings.map((d) => (
              <li key={d.column}>
                Column “{d.column}”: read {d.order === 'day-first' ? 'day/month/year' : 'month/day/year'} (“{d.example.written}” is {longDate(d.example.stored)})
                {d.guessed && <strong>: every date there could be read either way, so check them before applying</strong>}
              </li>
            ))}
          </ul>
        </>
      )}
      {newAttributes.length > 0 && (
        <>
          <h3>New attributes ({newAttributes.length})</h3>
          <p className="small">Created as categories: {newAttributes.map((n) => `“${n}”`).join(', ')}.</p>
        </>
      )}
    </div>
  );
}

/** The first rows of the file, with old values that would be replaced and why a row is skipped. */
export function ImportPreviewTable({ preview, lines, total }: { preview: AttributeImportPreview; lines: PreviewLine[]; total: number }) {
  return (
    <div className="csv-preview">
      <table className="grid">
        <caption className="visually-hidden">Import preview</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Participant</th>
            {preview.columns.map((c) => (
              <th key={c.index} scope="col">{c.header}{c.attributeId === null && <span className="muted small"> (new)</span>}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.row}>
              <td className="num">{l.row}</td>
              <td>{l.participant}</td>
              {l.skipped !== null ? (
                <td colSpan={preview.columns.length} className="muted">{l.skipped}</td>
              ) : l.cells.map((cell, i) => (
                <td key={preview.columns[i]?.index ?? i} className={cell?.bad ? 'bad' : undefined}>
                  {cell === null ? <span className="muted" title="Empty: keeps the current value">—</span> : (
                    <>
                      {cell.value}
                      {cell.bad && <span className="small"> ({cell.bad})</span>}
                      {cell.was !== null && <span className="muted small"> (was {cell.was})</span>}
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {total > PREVIEW_ROWS && <p className="muted small">Showing the first {PREVIEW_ROWS} of {total} rows.</p>}
    </div>
  );
}
