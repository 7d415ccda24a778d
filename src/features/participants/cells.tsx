import { useSaver } from '../common/save-status';
import type { AttributeDef, DocumentMeta, Participant } from '../../core/model';
import { attributionFor, validateTemplate } from '../../core/quotes/attribution';
import { setAttributeValue, setDocumentParticipants, updateParticipant } from '../../storage/participants';
import { checkAttributeValue, checkParticipantName, checkParticipantRef, inputType } from './attribute-values';
import { EditableField } from './EditableField';
import { usePending } from './use-pending';
import type { ParticipantsData } from './use-participants-data';

interface CellProps {
  data: ParticipantsData;
  participant: Participant;
}

export function NameCell({ data, participant: p }: CellProps) {
  return (
    <EditableField label={`Name of ${p.ref} (local only, never exported)`} value={p.name} className="wide"
      check={(raw) => checkParticipantName(raw, data.participants, p.id)}
      save={(name) => updateParticipant(data.project.id, p.id, { name })} />
  );
}

export function RefCell({ data, participant: p }: CellProps) {
  return (
    <EditableField label={`Reference of ${p.name}`} value={p.ref} className="narrow"
      check={(raw) => checkParticipantRef(raw, data.participants, p.id)}
      save={(ref) => updateParticipant(data.project.id, p.id, { ref })} />
  );
}

export function AttributeCell({ data, participant: p, attribute: a, value }: CellProps & { attribute: AttributeDef; value: string }) {
  return (
    <EditableField label={`${a.name} of ${p.ref}`} value={value} type={inputType(a.type)}
      list={a.type === 'category' ? `values-${a.id}` : undefined}
      check={(raw, badInput) => checkAttributeValue(a.type, raw, badInput)}
      save={(v) => setAttributeValue(data.project.id, p.id, a.id, v)} />
  );
}

function DocumentCheckbox({ data, participant: p, document: d }: CellProps & { document: DocumentMeta }) {
  const { track } = useSaver();
  const linked = usePending(d.participantIds.includes(p.id));
  const toggle = (on: boolean) => {
    linked.set(on);
    const ids = on ? [...d.participantIds.filter((id) => id !== p.id), p.id] : d.participantIds.filter((id) => id !== p.id);
    void track(setDocumentParticipants(data.project.id, d.id, ids), linked.reset);
  };
  return (
    <label className="inline-check">
      <input type="checkbox" checked={linked.value} onChange={(e) => toggle(e.target.checked)} />
      {d.title}
    </label>
  );
}

/** The documents a participant speaks in or belongs to, as a checklist behind a summary. */
export function DocumentsCell({ data, participant: p }: CellProps) {
  const linked = data.documents.filter((d) => d.participantIds.includes(p.id));
  if (data.documents.length === 0) return <span className="muted">No documents</span>;
  return (
    <details className="doc-links">
      <summary>
        {linked.length === 0 ? 'None' : linked.length === 1 ? linked[0]?.title : `${linked.length} documents`}
        <span className="visually-hidden"> linked to {p.ref}</span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">Documents of {p.ref}</legend>
        {data.documents.map((d) => <DocumentCheckbox key={d.id} data={data} participant={p} document={d} />)}
      </fieldset>
    </details>
  );
}

/** The attribution quotes will carry, from the project template or this participant's own. */
export function AttributionCell({ data, participant: p }: CellProps) {
  const result = attributionFor(p, data.attributes, data.values, data.project.attributionTemplate);
  return (
    <div className="stack tight">
      {result.ok
        ? <span className="attribution">{result.text}</span>
        : <span className="error small">{result.error}</span>}
      <EditableField label={`Own attribution for ${p.ref}`} value={p.attributionOverride ?? ''}
        placeholder="Use the project template" className="override"
        check={(raw) => {
          const problem = raw.trim() === '' ? null : validateTemplate(raw.trim());
          return problem === null ? { ok: true, value: raw.trim() } : { ok: false, error: problem };
        }}
        save={(v) => updateParticipant(data.project.id, p.id, { attributionOverride: v === '' ? null : v })} />
    </div>
  );
}
