import { useId, useState, type FormEvent } from 'react';
import { useSaver } from '../common/save-status';
import type { AttributeType } from '../../core/model';
import { createAttribute, createParticipant } from '../../storage/participants';
import { checkAttributeName, checkParticipantName, TYPE_LABELS } from './attribute-values';
import type { ParticipantsData } from './use-participants-data';

/** Adds a participant by hand. */
export function AddParticipantForm({ data }: { data: ParticipantsData }) {
  const { track, announce } = useSaver();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkParticipantName(name, data.participants, null);
    if (!checked.ok) return setError(checked.error);
    setError(null);
    const submitted = name;
    const id = await track(createParticipant(data.project.id, checked.value));
    if (id) {
      // The next name may already be typed while this one was saving: keep it.
      setName((current) => (current === submitted ? '' : current));
      announce(`Added participant “${checked.value}”.`);
    }
  };
  return (
    <form className="row add-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor="new-participant">New participant</label>
      <input id="new-participant" value={name} onChange={(e) => { setName(e.target.value); setError(null); }}
        placeholder="Name or local label" aria-invalid={error !== null} aria-describedby={error ? errorId : undefined} />
      <button type="submit">Add participant</button>
      {error && <span id={errorId} className="error small" role="alert">{error}</span>}
    </form>
  );
}

const TYPES = Object.keys(TYPE_LABELS) as AttributeType[];

/** Adds an attribute: a column of the table. */
export function AddAttributeForm({ data }: { data: ParticipantsData }) {
  const { track, announce } = useSaver();
  const [name, setName] = useState('');
  const [type, setType] = useState<AttributeType>('category');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkAttributeName(name, data.attributes);
    if (!checked.ok) return setError(checked.error);
    setError(null);
    const submitted = name;
    const id = await track(createAttribute(data.project.id, checked.value, type));
    if (id) {
      setName((current) => (current === submitted ? '' : current));
      announce(`Added attribute “${checked.value}” (${TYPE_LABELS[type].toLowerCase()}).`);
    }
  };
  return (
    <form className="row add-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor="new-attribute">New attribute</label>
      <input id="new-attribute" value={name} onChange={(e) => { setName(e.target.value); setError(null); }}
        placeholder="e.g. role" aria-invalid={error !== null} aria-describedby={error ? errorId : undefined} />
      <label htmlFor="new-attribute-type" className="visually-hidden">Attribute type</label>
      <select id="new-attribute-type" value={type} onChange={(e) => setType(e.target.value as AttributeType)}>
        {TYPES.map((t) => <option key={t} value={t}>{TYPE_LABELS[t]}</option>)}
      </select>
      <button type="submit">Add attribute</button>
      {error && <span id={errorId} className="error small" role="alert">{error}</span>}
    </form>
  );
}
