import { describe, expect, it } from 'vitest';
import { applyAttributeImport, previewAttributeImport } from '../../../src/io/csv/attributes-csv';
import { newParticipantIdentities } from '../../../src/io/csv/attributes-new-participants';
import { PROJECT_ID, participant, study } from '../../core/quotes/study';

const b = study();
const SHEET = [
  'participant,organisation type,years in post',
  'P01,District,4',
  'Dana Whitfield,County,six',
  'p09,Unitary,2',
  ',District,1',
  'dana  whitfield,District,7',
  'Ellis Varga,,3',
].join('\n');

function imported(csv: string, createParticipants: boolean) {
  const preview = previewAttributeImport(csv, b.participants, b.attributes, { createParticipants });
  let n = 0;
  const result = applyAttributeImport(preview, { projectId: PROJECT_ID, attributes: b.attributes, existingValues: b.attributeValues, createId: () => `new-${++n}` });
  return { preview, result };
}

describe('creating participants from rows that name no one', () => {
  it('creates nothing when the option is off, and still counts who could be created', () => {
    const { preview, result } = imported(SHEET, false);
    expect(preview.newParticipants).toEqual([]);
    expect(preview.unknownParticipants.map((u) => [u.row, u.key, u.reason])).toEqual([
      [3, 'Dana Whitfield', 'not found'], [4, 'p09', 'not found'], [5, '', 'empty'], [6, 'dana  whitfield', 'not found'], [7, 'Ellis Varga', 'not found'],
    ]);
    // Dana Whitfield twice, p09, Ellis Varga; the empty key names no one to create.
    expect(preview.creatableParticipants).toBe(3);
    expect(preview.badValues).toEqual([]);
    expect(result.participants).toEqual([]);
    expect(result.values.map((v) => [v.id, v.value])).toEqual([['p1:a-years', '4']]);
    expect(result.unchanged).toBe(1);
  });

  it('creates one participant per distinct key: a ref-shaped key is its ref and name, a name gets the next free ref', () => {
    const { preview, result } = imported(SHEET, true);
    expect(preview.creatableParticipants).toBe(3);
    expect(preview.newParticipants.map(({ row, key, name, ref }) => ({ row, key, name, ref }))).toEqual([
      { row: 3, key: 'Dana Whitfield', name: 'Dana Whitfield', ref: 'P10' },
      { row: 4, key: 'p09', name: 'P09', ref: 'P09' },
      { row: 7, key: 'Ellis Varga', name: 'Ellis Varga', ref: 'P11' },
    ]);
    expect(preview.unknownParticipants).toEqual([{ row: 5, key: '', reason: 'empty' }]);
    expect(result.participants).toEqual([
      { id: 'new-1', projectId: PROJECT_ID, name: 'Dana Whitfield', ref: 'P10', attributionOverride: null, speakerLabels: [] },
      { id: 'new-2', projectId: PROJECT_ID, name: 'P09', ref: 'P09', attributionOverride: null, speakerLabels: [] },
      { id: 'new-3', projectId: PROJECT_ID, name: 'Ellis Varga', ref: 'P11', attributionOverride: null, speakerLabels: [] },
    ]);
  });

  it('writes the new rows’ values like any other row’s, leaving out bad values and empty cells', () => {
    const { preview, result } = imported(SHEET, true);
    expect(preview.badValues).toEqual([{ row: 3, column: 'years in post', value: 'six', expected: 'number' }]);
    expect(result.values.filter((v) => v.participantId.startsWith('new-')).map((v) => [v.id, v.value])).toEqual([
      ['new-1:a-type', 'County'],
      ['new-2:a-type', 'Unitary'],
      ['new-2:a-years', '2'],
      ['new-3:a-years', '3'],
    ]);
    expect(result.values.every((v) => v.projectId === PROJECT_ID)).toBe(true);
  });

  it('reports a later row with the same unknown key as a duplicate of the first, whose values win', () => {
    const { preview, result } = imported(SHEET, true);
    expect(preview.duplicateRows).toEqual([{ row: 6, participantId: null, firstRow: 3 }]);
    expect(result.values.filter((v) => v.participantId === 'new-1').map((v) => v.value)).toEqual(['County']);
  });

  it('never creates a participant for a key that matches several, and matches known rows as before', () => {
    const participants = [...b.participants, participant('p9', 'Jane Smith', 'P09')];
    const preview = previewAttributeImport('name,role\nJane Smith,CEO\nRajesh Patel,Director\n', participants, b.attributes, { createParticipants: true });
    expect(preview.creatableParticipants).toBe(0);
    expect(preview.newParticipants).toEqual([]);
    expect(preview.unknownParticipants).toEqual([{ row: 2, key: 'Jane Smith', reason: 'ambiguous' }]);
    expect(preview.rows.map((r) => r.participantId)).toEqual(['p2']);
  });

  it('puts new attributes before the new participants’ values', () => {
    const { result } = imported('participant,region\nZara Quinn,North\n', true);
    expect(result.attributes.map((a) => [a.id, a.name])).toEqual([['new-1', 'region']]);
    expect(result.participants.map((p) => [p.id, p.ref, p.name])).toEqual([['new-2', 'P07', 'Zara Quinn']]);
    expect(result.values).toEqual([{ id: 'new-2:new-1', projectId: PROJECT_ID, participantId: 'new-2', attributeId: 'new-1', value: 'North' }]);
  });
});

describe('newParticipantIdentities', () => {
  const existing = [{ ref: 'P01' }, { ref: 'P07' }, { ref: 'INT-1' }];

  it('gives names refs after every ref in use or claimed by a key, whatever the row order', () => {
    expect(newParticipantIdentities(['Ann', 'P12', 'Bo'], existing)).toEqual([
      { name: 'Ann', ref: 'P13' }, { name: 'P12', ref: 'P12' }, { name: 'Bo', ref: 'P14' },
    ]);
    expect(newParticipantIdentities(['P12', 'Ann'], existing)).toEqual([{ name: 'P12', ref: 'P12' }, { name: 'Ann', ref: 'P13' }]);
  });

  it('treats a ref-shaped key whose number is taken as a name, so no number has two refs', () => {
    expect(newParticipantIdentities(['P7', 'P003', 'p3'], existing)).toEqual([
      { name: 'P7', ref: 'P08' }, { name: 'P003', ref: 'P003' }, { name: 'p3', ref: 'P09' },
    ]);
  });

  it('starts at P01 in a project without participants and collapses spaces in names', () => {
    expect(newParticipantIdentities(['Ann  Lee'], [])).toEqual([{ name: 'Ann Lee', ref: 'P01' }]);
  });
});
