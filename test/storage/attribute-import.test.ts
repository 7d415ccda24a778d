import { beforeEach, expect, it, vi } from 'vitest';
import { applyAttributeImport, previewAttributeImport } from '../../src/io/csv/attributes-csv';
import { newId, type VerbatimDb } from '../../src/storage/db';
import { historyState, redo, undo } from '../../src/storage/history';
import { applyAttributeRecords, createAttribute, createParticipant } from '../../src/storage/participants';
import { createProject, localCoderId } from '../../src/storage/projects';
import { freshDb } from './setup';

let db: VerbatimDb;
beforeEach(() => ({ db } = freshDb()));

const SHEET = 'participant,years in post,region\nP01,4,North\nDana Whitfield,six,East\nP05,2,\ndana whitfield,9,West\n';

/** What the Participants screen does on "Apply import" with "Create new participants" ticked. */
async function importWithCreation(projectId: string, csv: string) {
  const [participants, attributes, values] = await Promise.all([
    db.participants.where('projectId').equals(projectId).toArray(),
    db.attributes.where('projectId').equals(projectId).toArray(),
    db.attributeValues.where('projectId').equals(projectId).toArray(),
  ]);
  const preview = previewAttributeImport(csv, participants, attributes, { createParticipants: true });
  const result = applyAttributeImport(preview, { projectId, attributes, existingValues: values, createId: newId });
  return { result, apply: () => applyAttributeRecords(projectId, result) };
}

async function project() {
  const projectId = await createProject('Council study');
  await createParticipant(projectId, 'Harriet Obi');
  await createAttribute(projectId, 'years in post', 'number');
  return projectId;
}

const snapshot = async () => ({
  participants: (await db.participants.toArray()).map((p) => `${p.ref} ${p.name}`).sort(),
  attributes: (await db.attributes.toArray()).map((a) => a.name).sort(),
  values: (await db.attributeValues.toArray()).map((v) => v.value).sort(),
});

it('creates the new participants and their values in one transaction and one undo step', async () => {
  const projectId = await project();
  const coderId = await localCoderId(projectId);
  const before = await snapshot();
  const historyBefore = await db.history.count();
  const { result, apply } = await importWithCreation(projectId, SHEET);
  const transactions = vi.spyOn(db, 'transaction');
  await apply();
  expect(transactions).toHaveBeenCalledTimes(1);
  transactions.mockRestore();

  const after = await snapshot();
  expect(after.participants).toEqual(['P01 Harriet Obi', 'P05 P05', 'P06 Dana Whitfield']);
  expect(after.attributes).toEqual(['region', 'years in post']);
  // Dana's "six" is not a number and row 5 repeats her, so only "East" is hers.
  expect(after.values).toEqual(['2', '4', 'East', 'North']);
  const dana = result.participants.find((p) => p.name === 'Dana Whitfield')!;
  expect((await db.attributeValues.where('participantId').equals(dana.id).toArray()).map((v) => v.value)).toEqual(['East']);
  expect(await db.history.count()).toBe(historyBefore + 1);
  expect(await historyState(projectId, coderId)).toEqual({ undo: 'Import attributes', redo: null });

  expect(await undo(projectId, coderId)).toBe('Import attributes');
  expect(await snapshot()).toEqual(before);
  for (const p of result.participants) {
    expect(await db.participants.get(p.id)).toBeUndefined();
    expect(await db.attributeValues.where('participantId').equals(p.id).count()).toBe(0);
  }
  expect(await historyState(projectId, coderId)).toEqual({ undo: 'Add attribute “years in post”', redo: 'Import attributes' });

  expect(await redo(projectId, coderId)).toBe('Import attributes');
  expect(await snapshot()).toEqual(after);
});

it('rolls the whole import back when a new participant’s name was taken after the preview', async () => {
  const projectId = await project();
  const { apply } = await importWithCreation(projectId, SHEET);
  await createParticipant(projectId, 'Dana Whitfield');
  const before = { records: await snapshot(), history: await db.history.count() };
  await expect(apply()).rejects.toThrow('There is already a participant called “Dana Whitfield”. Nothing was imported.');
  expect(await snapshot()).toEqual(before.records);
  expect(await db.history.count()).toBe(before.history);
});
