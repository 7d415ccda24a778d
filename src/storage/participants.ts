import type { AttributeDef, AttributeType, AttributeValue, DocumentMeta, Participant } from '../core/model';
import { nextRef, participantKey } from '../core/participant-refs';
import { db, newId } from './db';
import { mutate, type ChangeRecorder } from './history';

async function projectParticipants(projectId: string): Promise<Participant[]> {
  return db().participants.where('projectId').equals(projectId).toArray();
}

/** Creates a participant inside an open mutation. */
export async function createParticipantIn(rec: ChangeRecorder, projectId: string, name: string, speakerLabels: string[] = []): Promise<Participant> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A participant needs a name or label.');
  const existing = await projectParticipants(projectId);
  if (existing.some((p) => p.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())) throw new Error(`There is already a participant called “${trimmed}”.`);
  const p: Participant = { id: newId(), projectId, name: trimmed, ref: nextRef(existing), attributionOverride: null, speakerLabels };
  await rec.put('participants', p.id, p);
  return p;
}

/** Creates a participant (undoable); returns its id. */
export async function createParticipant(projectId: string, name: string, speakerLabels: string[] = []): Promise<string> {
  return mutate(projectId, 'Add participant', async (rec) => (await createParticipantIn(rec, projectId, name, speakerLabels)).id);
}

/** Edits a participant's name, reference, speaker labels or attribution override (undoable). */
export async function updateParticipant(projectId: string, id: string, patch: Partial<Omit<Participant, 'id' | 'projectId'>>): Promise<void> {
  await mutate(projectId, 'Edit participant', async (rec) => {
    const p = await db().participants.get(id);
    if (!p) throw new Error('That participant no longer exists.');
    await rec.put('participants', id, { ...p, ...patch, id, projectId });
  });
}

/** Deletes a participant, their attribute values and their links to documents (undoable). */
export async function deleteParticipant(projectId: string, id: string): Promise<void> {
  await mutate(projectId, 'Delete participant', async (rec) => {
    for (const v of await db().attributeValues.where('participantId').equals(id).toArray()) await rec.delete('attributeValues', v.id);
    for (const d of await db().documents.where('projectId').equals(projectId).toArray()) {
      if (d.participantIds.includes(id)) await rec.put('documents', d.id, { ...d, participantIds: d.participantIds.filter((x) => x !== id) });
    }
    await rec.delete('participants', id);
  });
}

/** Links a document to its participants (an interview: one; a focus group: several) (undoable). */
export async function setDocumentParticipants(projectId: string, documentId: string, participantIds: string[]): Promise<void> {
  await mutate(projectId, 'Link document to participants', async (rec) => {
    const d = await db().documents.get(documentId);
    if (!d) throw new Error('That document no longer exists.');
    await rec.put('documents', documentId, { ...d, participantIds } satisfies DocumentMeta);
  });
}

/**
 * Maps a speaker label found on import to a participant (creating one named after the label when
 * `participantId` is null), links every document where that label speaks, and clears the
 * label's "not a participant" mark. One undo step.
 */
export async function mapSpeaker(projectId: string, label: string, participantId: string | null): Promise<string> {
  return mutate(projectId, `Map speaker “${label}”`, async (rec) => {
    let participant = participantId ? await db().participants.get(participantId) : undefined;
    if (!participant) participant = await createParticipantIn(rec, projectId, label, [label]);
    else if (!participant.speakerLabels.includes(label)) {
      participant = { ...participant, speakerLabels: [...participant.speakerLabels, label] };
      await rec.put('participants', participant.id, participant);
    }
    for (const p of await projectParticipants(projectId)) {
      if (p.id !== participant.id && p.speakerLabels.includes(label)) await rec.put('participants', p.id, { ...p, speakerLabels: p.speakerLabels.filter((l) => l !== label) });
    }
    for (const d of await db().documents.where('projectId').equals(projectId).toArray()) {
      if (d.speakers.includes(label) && !d.participantIds.includes(participant.id)) {
        await rec.put('documents', d.id, { ...d, participantIds: [...d.participantIds, participant.id] });
      }
    }
    await rec.delete('nonParticipantSpeakers', `${projectId}:${label}`);
    return participant.id;
  });
}

/** Marks a speaker label (the interviewer) as not a participant, or unmarks it (undoable). */
export async function setNonParticipant(projectId: string, label: string, isNonParticipant: boolean): Promise<void> {
  await mutate(projectId, isNonParticipant ? `Mark “${label}” as not a participant` : `Unmark “${label}”`, async (rec) => {
    const id = `${projectId}:${label}`;
    if (isNonParticipant) await rec.put('nonParticipantSpeakers', id, { id, projectId, label });
    else await rec.delete('nonParticipantSpeakers', id);
  });
}

/** Adds an attribute (a column of the attribute table) (undoable). */
export async function createAttribute(projectId: string, name: string, type: AttributeType): Promise<string> {
  return mutate(projectId, `Add attribute “${name.trim()}”`, async (rec) => (await createAttributeIn(rec, projectId, name, type)).id);
}

/** Adds an attribute inside an open mutation; refuses a duplicate name. */
export async function createAttributeIn(rec: ChangeRecorder, projectId: string, name: string, type: AttributeType): Promise<AttributeDef> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('An attribute needs a name.');
  const defs = await db().attributes.where('projectId').equals(projectId).toArray();
  if (defs.some((d) => d.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())) throw new Error(`There is already an attribute called “${trimmed}”.`);
  const def: AttributeDef = { id: newId(), projectId, name: trimmed, type, order: defs.length };
  await rec.put('attributes', def.id, def);
  return def;
}

/** Deletes an attribute and all its values (undoable). */
export async function deleteAttribute(projectId: string, attributeId: string): Promise<void> {
  await mutate(projectId, 'Delete attribute', async (rec) => {
    for (const v of await db().attributeValues.where('attributeId').equals(attributeId).toArray()) await rec.delete('attributeValues', v.id);
    await rec.delete('attributes', attributeId);
  });
}

/** Sets (or with an empty string clears) one participant's value of one attribute (undoable). */
export async function setAttributeValue(projectId: string, participantId: string, attributeId: string, value: string): Promise<void> {
  await mutate(projectId, 'Edit attribute value', (rec) => setAttributeValueIn(rec, projectId, participantId, attributeId, value));
}

export async function setAttributeValueIn(rec: ChangeRecorder, projectId: string, participantId: string, attributeId: string, value: string): Promise<void> {
  const id = `${participantId}:${attributeId}`;
  if (value.trim() === '') await rec.delete('attributeValues', id);
  else await rec.put('attributeValues', id, { id, projectId, participantId, attributeId, value: value.trim() } satisfies AttributeValue);
}

/**
 * Applies a confirmed attribute import in one step: new participants, new attributes, values.
 * The preview may be older than the data (another tab), so a new participant whose name or ref
 * is now taken rolls the whole import back rather than creating a second person by that name.
 */
export async function applyAttributeRecords(
  projectId: string,
  records: { participants: Participant[]; attributes: AttributeDef[]; values: AttributeValue[] },
): Promise<void> {
  await mutate(projectId, 'Import attributes', async (rec) => {
    if (records.participants.length > 0) refuseTakenNamesAndRefs(records.participants, await projectParticipants(projectId));
    for (const p of records.participants) await rec.put('participants', p.id, p);
    for (const a of records.attributes) await rec.put('attributes', a.id, a);
    for (const v of records.values) await rec.put('attributeValues', v.id, v);
  });
}

function refuseTakenNamesAndRefs(created: readonly Participant[], existing: readonly Participant[]): void {
  const names = new Set(existing.map((p) => participantKey(p.name)));
  const refs = new Set(existing.map((p) => participantKey(p.ref)));
  for (const p of created) {
    if (names.has(participantKey(p.name))) throw new Error(`There is already a participant called “${p.name}”. Nothing was imported.`);
    if (refs.has(participantKey(p.ref))) throw new Error(`Another participant is already ${p.ref}. Nothing was imported.`);
    names.add(participantKey(p.name));
    refs.add(participantKey(p.ref));
  }
}
