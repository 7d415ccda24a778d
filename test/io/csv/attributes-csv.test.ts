import { describe, expect, it } from 'vitest';
import { applyAttributeImport, fitsType, previewAttributeImport } from '../../../src/io/csv/attributes-csv';
import { PROJECT_ID, study } from '../../core/quotes/study';

const b = study();
const preview = (csv: string) => previewAttributeImport(csv, b.participants, b.attributes);

describe('previewAttributeImport', () => {
  it('matches participants by name or ref and attributes by name, ignoring case', () => {
    const p = preview('Participant,Organisation Type,Years in post,Region\r\nJane Smith,District,4,East Midlands\r\np02,County,11,\r\n');
    expect(p.errors).toEqual([]);
    expect(p.columns.map((c) => [c.header, c.attributeId, c.type])).toEqual([
      ['Organisation Type', 'a-type', 'category'], ['Years in post', 'a-years', 'number'], ['Region', null, 'category'],
    ]);
    expect(p.newAttributes).toEqual(['Region']);
    expect(p.rows).toEqual([
      { row: 2, participantId: 'p1', values: [{ column: 1, value: 'District' }, { column: 2, value: '4' }, { column: 3, value: 'East Midlands' }] },
      { row: 3, participantId: 'p2', values: [{ column: 1, value: 'County' }, { column: 2, value: '11' }] },
    ]);
  });

  it('reports unknown participants, duplicate rows and values of the wrong type', () => {
    const p = preview([
      'ref,years in post,start date',
      'P01,4,2019-04-01',
      'P99,3,2020-01-01',
      ',2,2020-01-01',
      'p01,5,2019-04-01',
      'P03,four,2021-02-30',
    ].join('\n'));
    expect(p.errors).toEqual([]);
    expect(p.unknownParticipants).toEqual([{ row: 3, key: 'P99', reason: 'not found' }, { row: 4, key: '', reason: 'empty' }]);
    expect(p.duplicateRows).toEqual([{ row: 5, participantId: 'p1', firstRow: 2 }]);
    expect(p.badValues).toEqual([{ row: 6, column: 'years in post', value: 'four', expected: 'number' }]);
    // "start date" is new, so a category: its odd date is not checked.
    expect(p.newAttributes).toEqual(['start date']);
  });

  it('checks dates against existing date attributes', () => {
    const attrs = [...b.attributes, { id: 'a-start', projectId: PROJECT_ID, name: 'start date', type: 'date' as const, order: 3 }];
    const p = previewAttributeImport('ref,start date\nP01,2021-02-30\nP02,2021-02-28\n', b.participants, attrs);
    expect(p.badValues).toEqual([{ row: 2, column: 'start date', value: '2021-02-30', expected: 'date' }]);
    expect(p.rows.map((r) => r.participantId)).toEqual(['p1', 'p2']);
    expect(fitsType('2024-02-29', 'date')).toBe(true);
    expect(fitsType('31/05/2024', 'date')).toBe(false);
    expect(fitsType('-3.5', 'number')).toBe(true);
    expect(fitsType('1e3', 'number')).toBe(false);
  });

  it('reports an ambiguous key', () => {
    const participants = [...b.participants, { ...b.participants[0]!, id: 'p9', ref: 'P09' }];
    const p = previewAttributeImport('name,role\nJane Smith,CEO\n', participants, b.attributes);
    expect(p.unknownParticipants).toEqual([{ row: 2, key: 'Jane Smith', reason: 'ambiguous' }]);
  });

  it('gives clear errors for malformed files', () => {
    expect(preview('').errors[0]).toMatch(/empty/);
    expect(preview('participant\nP01\n').errors[0]).toMatch(/at least one attribute column/);
    expect(preview('ref,role\nP01,CEO,extra\n').errors).toEqual(['Row 2 has 3 cells but the header has 2.']);
    expect(preview('ref,,role\nP01,a,b\n').errors).toEqual(['Column 2 has no name in the header.']);
    expect(preview('ref,Role,role\nP01,a,b\n').errors).toEqual(['Columns 2 and 3 are both called "role".']);
    expect(preview('ref,role\nP01,"unclosed\n').errors[0]).toMatch(/Row \d+: .*quote/i);
  });

  it('reads semicolon-separated files and ignores a byte-order mark', () => {
    const p = preview('\uFEFFref;role\r\nP01;Chief executive\r\n');
    expect(p.errors).toEqual([]);
    expect(p.rows[0]?.values).toEqual([{ column: 1, value: 'Chief executive' }]);
  });
});

describe('applyAttributeImport', () => {
  it('returns new attributes and only the values that change', () => {
    const p = preview('ref,organisation type,region\nP01,District,East Midlands\nP02,Unitary,\nP99,County,North\n');
    let n = 0;
    const result = applyAttributeImport(p, { projectId: PROJECT_ID, attributes: b.attributes, existingValues: b.attributeValues, createId: () => `new-${++n}` });
    expect(result.attributes).toEqual([{ id: 'new-1', projectId: PROJECT_ID, name: 'region', type: 'category', order: 3 }]);
    expect(result.values).toEqual([
      { id: 'p1:new-1', projectId: PROJECT_ID, participantId: 'p1', attributeId: 'new-1', value: 'East Midlands' },
      { id: 'p2:a-type', projectId: PROJECT_ID, participantId: 'p2', attributeId: 'a-type', value: 'Unitary' },
    ]);
    expect(result.unchanged).toBe(1);
  });

  it('refuses a preview with file errors', () => {
    expect(() => applyAttributeImport(preview('ref\nP01\n'), { projectId: PROJECT_ID, attributes: [], existingValues: [], createId: () => 'x' })).toThrow(/cannot be imported/);
  });
});
