import { put, remove, type Change } from '../changes';
import type { AttributeDef, AttributeType, AttributeValue, DocumentMeta, Id, NonParticipantSpeaker, Participant } from '../model';
import { nextRef, participantKey } from '../participant-refs';

/** A new participant with the next free reference; refuses an empty or taken name. */
export function createParticipant(existing: readonly Participant[], projectId: Id, name: string, speakerLabels: string[], id: Id): { participant: Participant; changes: Change[] } {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A participant needs a name or label.');
  if (existing.some((p) => p.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())) throw new Error(`There is already a participant called “${trimmed}”.`);
  const participant: Participant = { id, projectId, name: trimmed, ref: nextRef(existing), attributionOverride: null, speakerLabels };
  return { participant, changes: [put('participants', participant)] };
}

export function updateParticipant(p: Participant, patch: Partial<Omit<Participant, 'id' | 'projectId'>>): Change[] {
  return [put('participants', { ...p, ...patch, id: p.id, projectId: p.projectId })];
}

/** Deletes a participant with their attribute values and their links from documents. */
export function deleteParticipant(p: Participant, values: readonly AttributeValue[], documents: readonly DocumentMeta[]): Change[] {
  return [
    ...values.filter((v) => v.participantId === p.id).map((v) => remove('attributeValues', v.id)),
    ...documents.filter((d) => d.participantIds.includes(p.id)).map((d) => put('documents', { ...d, participantIds: d.participantIds.filter((x) => x !== p.id) })),
    remove('participants', p.id),
  ];
}

export function linkDocument(d: DocumentMeta, participantIds: Id[]): Change[] {
  return [put('documents', { ...d, participantIds })];
}

/**
 * Maps a speaker label to a participant (creating one named after the label when `participant`
 * is null), links every document where that label speaks, takes the label from any other
 * participant, and clears its "not a participant" mark.
 */
export function mapSpeaker(
  state: { participants: readonly Participant[]; documents: readonly DocumentMeta[]; nonParticipants: readonly NonParticipantSpeaker[] },
  projectId: Id, label: string, participantId: Id | null, newId: () => string,
): { participantId: Id; changes: Change[] } {
  const changes: Change[] = [];
  let participant = participantId ? state.participants.find((p) => p.id === participantId) : undefined;
  if (!participant) {
    const created = createParticipant(state.participants, projectId, label, [label], newId());
    participant = created.participant;
    changes.push(...created.changes);
  } else if (!participant.speakerLabels.includes(label)) {
    participant = { ...participant, speakerLabels: [...participant.speakerLabels, label] };
    changes.push(put('participants', participant));
  }
  for (const p of state.participants) {
    if (p.id !== participant.id && p.speakerLabels.includes(label)) changes.push(put('participants', { ...p, speakerLabels: p.speakerLabels.filter((l) => l !== label) }));
  }
  for (const d of state.documents) {
    if (d.speakers.includes(label) && !d.participantIds.includes(participant.id)) changes.push(put('documents', { ...d, participantIds: [...d.participantIds, participant.id] }));
  }
  for (const n of state.nonParticipants) if (n.label === label) changes.push(remove('nonParticipantSpeakers', n.id));
  return { participantId: participant.id, changes };
}

/** Marks a speaker label (the interviewer) as not a participant, or unmarks it. */
export function setNonParticipant(marks: readonly NonParticipantSpeaker[], projectId: Id, label: string, isNonParticipant: boolean, newId: () => string): Change[] {
  const existing = marks.filter((m) => m.label === label);
  if (isNonParticipant) return existing.length > 0 ? [] : [put('nonParticipantSpeakers', { id: newId(), projectId, label })];
  return existing.map((m) => remove('nonParticipantSpeakers', m.id));
}

/** A new attribute (a column of the attribute table); refuses a duplicate name. */
export function createAttribute(defs: readonly AttributeDef[], projectId: Id, name: string, type: AttributeType, id: Id): { def: AttributeDef; changes: Change[] } {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('An attribute needs a name.');
  if (defs.some((d) => d.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())) throw new Error(`There is already an attribute called “${trimmed}”.`);
  const def: AttributeDef = { id, projectId, name: trimmed, type, order: defs.length };
  return { def, changes: [put('attributes', def)] };
}

export function deleteAttribute(attributeId: Id, values: readonly AttributeValue[]): Change[] {
  return [...values.filter((v) => v.attributeId === attributeId).map((v) => remove('attributeValues', v.id)), remove('attributes', attributeId)];
}

/** Sets (or with an empty string clears) one participant's value of one attribute. */
export function setAttributeValue(projectId: Id, participantId: Id, attributeId: Id, value: string): Change[] {
  const id = `${participantId}:${attributeId}`;
  if (value.trim() === '') return [remove('attributeValues', id)];
  return [put('attributeValues', { id, projectId, participantId, attributeId, value: value.trim() } satisfies AttributeValue)];
}

/**
 * Applies a confirmed attribute import. The preview may be older than the data (another tab), so
 * a new participant whose name or ref is now taken refuses the whole import rather than creating
 * a second person by that name.
 */
export function applyAttributeRecords(
  existing: readonly Participant[],
  records: { participants: Participant[]; attributes: AttributeDef[]; values: AttributeValue[] },
): Change[] {
  const names = new Set(existing.map((p) => participantKey(p.name)));
  const refs = new Set(existing.map((p) => participantKey(p.ref)));
  for (const p of records.participants) {
    if (names.has(participantKey(p.name))) throw new Error(`There is already a participant called “${p.name}”. Nothing was imported.`);
    if (refs.has(participantKey(p.ref))) throw new Error(`Another participant is already ${p.ref}. Nothing was imported.`);
    names.add(participantKey(p.name));
    refs.add(participantKey(p.ref));
  }
  return [
    ...records.participants.map((p) => put('participants', p)),
    ...records.attributes.map((a) => put('attributes', a)),
    ...records.values.map((v) => put('attributeValues', v)),
  ];
}
