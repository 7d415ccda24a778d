import { describe, expect, it } from 'vitest';
import { applyAttributeImport, previewAttributeImport } from '../../../src/io/csv/attributes-csv';
import {
  importSummary, newParticipantLabel, previewLines, PREVIEW_ROWS, unknownReason,
} from '../../../src/features/participants/import-preview';
import { PROJECT_ID, study } from '../../core/quotes/study';

const b = study();
const csv = [
  'participant,organisation type,years in post,region',
  'P01,District,4,East',
  'Nobody Known,County,2,West',
  'P02,County,eleven,',
  'p01,Unitary,5,North',
  ',County,1,South',
].join('\n');

function apply(preview: ReturnType<typeof previewAttributeImport>) {
  let n = 0;
  return applyAttributeImport(preview, { projectId: PROJECT_ID, attributes: b.attributes, existingValues: b.attributeValues, createId: () => `new-${++n}` });
}

describe('previewLines', () => {
  const preview = previewAttributeImport(csv, b.participants, b.attributes);
  const lines = previewLines(preview, b.participants, b.attributeValues);

  it('lists the rows in file order, each imported or skipped with the reason', () => {
    expect(lines.map((l) => [l.row, l.participant, l.skipped])).toEqual([
      [2, 'P01 · Jane Smith', null],
      [3, 'Nobody Known', 'Skipped: no participant has this name or reference'],
      [4, 'P02 · Rajesh Patel', null],
      [5, 'P01 · Jane Smith', 'Skipped: repeats row 2'],
      [6, '(empty)', 'Skipped: the first cell is empty'],
    ]);
  });

  it('shows each cell with the stored value it replaces and the bad values it skips', () => {
    const [jane, , rajesh] = lines;
    // Jane is stored as District already: no "was"; years and region are new values.
    expect(jane!.cells).toEqual([{ value: 'District', bad: null, was: null }, { value: '4', bad: null, was: null }, { value: 'East', bad: null, was: null }]);
    // Rajesh is stored as County; "eleven" is not a number; his region cell is empty.
    expect(rajesh!.cells).toEqual([{ value: 'County', bad: null, was: null }, { value: 'eleven', bad: 'not a number, skipped', was: null }, null]);
    const changed = previewLines(previewAttributeImport('ref,organisation type\nP01,County', b.participants, b.attributes), b.participants, b.attributeValues);
    expect(changed[0]!.cells).toEqual([{ value: 'County', bad: null, was: 'District' }]);
  });

  it('names the participants an import will create, and stops at the preview length', () => {
    const creating = previewAttributeImport(csv, b.participants, b.attributes, { createParticipants: true });
    const created = previewLines(creating, b.participants, b.attributeValues).find((l) => l.row === 3)!;
    expect(created.participant).toBe(`${newParticipantLabel(creating.newParticipants[0]!)} (new)`);
    expect(created.skipped).toBeNull();
    const long = ['ref,years in post', ...Array.from({ length: PREVIEW_ROWS + 5 }, (_, i) => `P01,${i}`)].join('\n');
    expect(previewLines(previewAttributeImport(long, b.participants, b.attributes), b.participants, b.attributeValues)).toHaveLength(PREVIEW_ROWS);
  });
});

describe('labels and summary', () => {
  it('labels a new participant by ref, and by name too when it differs', () => {
    expect(newParticipantLabel({ ref: 'P07', name: 'P07' })).toBe('P07');
    expect(newParticipantLabel({ ref: 'P07', name: 'Ola Berg' })).toBe('P07 · Ola Berg');
    expect(unknownReason('ambiguous')).toBe('more than one participant matches');
  });

  it('says what applying will do, then what it did, counting skips', () => {
    const preview = previewAttributeImport(csv, b.participants, b.attributes);
    const result = apply(preview);
    expect(importSummary(preview, result, false)).toBe(
      // Jane gets years and region; her type and Rajesh's are already stored; his years are not a number.
      'Will import 2 values for 1 participant; will create 1 new attribute; 2 values already up to date; skipped 2 unknown participants, 1 duplicate row, 1 bad value.',
    );
    expect(importSummary(preview, result, true)).toMatch(/^Imported 2 values for 1 participant; created 1 new attribute;/);
  });

  it('speaks in the singular for one of each', () => {
    const preview = previewAttributeImport('ref,years in post\nP01,4\nNobody,3', b.participants, b.attributes, { createParticipants: true });
    expect(importSummary(preview, apply(preview), false)).toBe('Will import 2 values for 2 participants; will create 1 new participant.');
  });
});
