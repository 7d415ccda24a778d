import type { AttributeDef, AttributeType, AttributeValue, Participant } from '../core/model';
import type { Change } from '../core/changes';
import * as ops from '../core/operations/participants';
import { commit } from './commit';
import { db, newId } from './db';
import { localCoderId } from './local-coder';

const participantsOf = (projectId: string) => db().participants.where('projectId').equals(projectId).toArray();
const documentsOf = (projectId: string) => db().documents.where('projectId').equals(projectId).toArray();

/** Commits a change to participants or attributes as one undo step of the local coder. */
async function participantChange(projectId: string, label: string, compute: () => Promise<Change[]>): Promise<void> {
  const coderId = await localCoderId(projectId);
  await commit(compute, { label, coderId });
}

/** Creates a participant (undoable); returns its id. */
export async function createParticipant(projectId: string, name: string, speakerLabels: string[] = []): Promise<string> {
  const id = newId();
  await participantChange(projectId, 'Add participant', async () => ops.createParticipant(await participantsOf(projectId), projectId, name, speakerLabels, id).changes);
  return id;
}

/** Edits a participant's name, reference, speaker labels or attribution override (undoable). */
export async function updateParticipant(projectId: string, id: string, patch: Partial<Omit<Participant, 'id' | 'projectId'>>): Promise<void> {
  await participantChange(projectId, 'Edit participant', async () => {
    const p = await db().participants.get(id);
    if (!p) throw new Error('That participant no longer exists.');
    return ops.updateParticipant(p, patch);
  });
}

/** Deletes a participant, their attribute values and their links to documents (undoable). */
export async function deleteParticipant(projectId: string, id: string): Promise<void> {
  await participantChange(projectId, 'Delete participant', async () => {
    const p = await db().participants.get(id);
    if (!p) return [];
    return ops.deleteParticipant(p, await db().attributeValues.where('participantId').equals(id).toArray(), await documentsOf(projectId));
  });
}

/** Links a document to its participants (an interview: one; a focus group: several) (undoable). */
export async function setDocumentParticipants(projectId: string, documentId: string, participantIds: string[]): Promise<void> {
  await participantChange(projectId, 'Link document to participants', async () => {
    const d = await db().documents.get(documentId);
    if (!d) throw new Error('That document no longer exists.');
    return ops.linkDocument(d, participantIds);
  });
}

/** Maps a speaker label found on import to a participant (see `ops.mapSpeaker`); one undo step. */
export async function mapSpeaker(projectId: string, label: string, participantId: string | null): Promise<string> {
  let mapped = '';
  await participantChange(projectId, `Map speaker “${label}”`, async () => {
    const [participants, documents, nonParticipants] = await Promise.all([
      participantsOf(projectId), documentsOf(projectId), db().nonParticipantSpeakers.where('projectId').equals(projectId).toArray(),
    ]);
    const result = ops.mapSpeaker({ participants, documents, nonParticipants }, projectId, label, participantId, newId);
    mapped = result.participantId;
    return result.changes;
  });
  return mapped;
}

/** Marks a speaker label (the interviewer) as not a participant, or unmarks it (undoable). */
export async function setNonParticipant(projectId: string, label: string, isNonParticipant: boolean): Promise<void> {
  await participantChange(projectId, isNonParticipant ? `Mark “${label}” as not a participant` : `Unmark “${label}”`, async () =>
    ops.setNonParticipant(await db().nonParticipantSpeakers.where('projectId').equals(projectId).toArray(), projectId, label, isNonParticipant, newId));
}

/** Adds an attribute (a column of the attribute table) (undoable). */
export async function createAttribute(projectId: string, name: string, type: AttributeType): Promise<string> {
  const id = newId();
  await participantChange(projectId, `Add attribute “${name.trim()}”`, async () =>
    ops.createAttribute(await db().attributes.where('projectId').equals(projectId).toArray(), projectId, name, type, id).changes);
  return id;
}

/** Deletes an attribute and all its values (undoable). */
export async function deleteAttribute(projectId: string, attributeId: string): Promise<void> {
  await participantChange(projectId, 'Delete attribute', async () =>
    ops.deleteAttribute(attributeId, await db().attributeValues.where('attributeId').equals(attributeId).toArray()));
}

/** Sets (or with an empty string clears) one participant's value of one attribute (undoable). */
export async function setAttributeValue(projectId: string, participantId: string, attributeId: string, value: string): Promise<void> {
  await participantChange(projectId, 'Edit attribute value', async () => ops.setAttributeValue(projectId, participantId, attributeId, value));
}

/** Applies a confirmed attribute import in one step: new participants, new attributes, values. */
export async function applyAttributeRecords(
  projectId: string,
  records: { participants: Participant[]; attributes: AttributeDef[]; values: AttributeValue[] },
): Promise<void> {
  await participantChange(projectId, 'Import attributes', async () => ops.applyAttributeRecords(await participantsOf(projectId), records));
}
