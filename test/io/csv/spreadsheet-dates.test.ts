import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewAttributeImport } from '../../../src/io/csv/attributes-csv';
import { readDateColumn, toIsoDate } from '../../../src/io/csv/spreadsheet-dates';
import { PROJECT_ID, study } from '../../core/quotes/study';

describe('spreadsheet dates', () => {
  it('reads a column day first unless only month first fits, and says when it guessed', () => {
    expect(readDateColumn(['31/03/2024', '01/04/2024'])).toEqual({ order: 'day-first', guessed: false });
    expect(readDateColumn(['3/31/2024', '4/1/2024'])).toEqual({ order: 'month-first', guessed: false });
    expect(readDateColumn(['01/04/2024', '02.05.2024'])).toEqual({ order: 'day-first', guessed: true });
    expect(readDateColumn(['2024-03-31', 'soon'])).toEqual({ order: 'iso', guessed: false });
    // Both orders proven in one column: day first, and the month-first cells fail to read.
    const mixed = readDateColumn(['31/03/2024', '3/31/2024']);
    expect(mixed).toEqual({ order: 'day-first', guessed: false });
    expect(toIsoDate('3/31/2024', mixed)).toBeNull();
  });

  it('converts to ISO days and refuses what is no calendar day', () => {
    const dayFirst = { order: 'day-first' as const, guessed: false };
    expect(toIsoDate('31/03/2024', dayFirst)).toBe('2024-03-31');
    expect(toIsoDate('1-4-2024', dayFirst)).toBe('2024-04-01');
    expect(toIsoDate('29.02.2024', dayFirst)).toBe('2024-02-29');
    expect(toIsoDate('29/02/2023', dayFirst)).toBeNull();
    expect(toIsoDate('31/03/24', dayFirst)).toBeNull();
    expect(toIsoDate('31/03-2024', dayFirst)).toBeNull();
    expect(toIsoDate('2024-03-31', { order: 'iso', guessed: false })).toBe('2024-03-31');
    expect(toIsoDate('31/03/2024', { order: 'iso', guessed: false })).toBeNull();
    expect(toIsoDate('3/31/2024', { order: 'month-first', guessed: false })).toBe('2024-03-31');
  });

  it('gives back the day it was written from, in whichever order the column proves', () => {
    fc.assert(fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), fc.boolean(), (date, monthFirst) => {
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const written = monthFirst ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
      // A second date whose 13th proves the order, as any real column of a year's dates would.
      const proof = monthFirst ? '12/13/2020' : '13/12/2020';
      const reading = readDateColumn([written, proof]);
      expect(toIsoDate(written, reading)).toBe(date.toISOString().slice(0, 10));
    }));
  });

  it('stores a sheet’s dates as ISO days through the attributes import, and reports how it read them', () => {
    const b = study();
    const attrs = [...b.attributes, { id: 'a-start', projectId: PROJECT_ID, name: 'start date', type: 'date' as const, order: 3 }];
    const p = previewAttributeImport('ref,start date\nP01,31/03/2019\nP02,2021-02-28\nP03,30/02/2021\n', b.participants, attrs);
    expect(p.rows.find((r) => r.participantId === 'p1')?.values).toEqual([{ column: 1, value: '2019-03-31' }]);
    expect(p.rows.find((r) => r.participantId === 'p2')?.values).toEqual([{ column: 1, value: '2021-02-28' }]);
    expect(p.badValues).toEqual([{ row: 4, column: 'start date', value: '30/02/2021', expected: 'date' }]);
    expect(p.dateReadings).toEqual([{ column: 'start date', order: 'day-first', guessed: false, example: { written: '31/03/2019', stored: '2019-03-31' } }]);

    const ambiguous = previewAttributeImport('ref,start date\nP01,01/04/2019\n', b.participants, attrs);
    expect(ambiguous.dateReadings).toEqual([{ column: 'start date', order: 'day-first', guessed: true, example: { written: '01/04/2019', stored: '2019-04-01' } }]);
    expect(previewAttributeImport('ref,start date\nP01,2019-04-01\n', b.participants, attrs).dateReadings).toEqual([]);
  });
});
