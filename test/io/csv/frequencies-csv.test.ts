import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { frequenciesCsv, frequenciesFileName } from '../../../src/io/csv/frequencies-csv';
import { themeFrequencies } from '../../../src/core/frequencies/theme-frequencies';
import { NAMES, study } from '../../core/quotes/study';
import { world } from '../../core/frequencies/world';

describe('frequenciesCsv', () => {
  it('has exactly the six columns and reads back the rows', () => {
    const { rows } = themeFrequencies(study(), { groupByAttributeId: 'a-type', k: 1 });
    const parsed = Papa.parse<Record<string, string>>(frequenciesCsv(rows), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['code_path', 'group', 'participants', 'participants_in_group', 'documents', 'segments']);
    expect(parsed.data).toEqual(rows);
  });

  it('writes suppressed cells as <k and blanks, and no participant name', () => {
    const w = world({ County: ['c1', 'c2', 'c3'], District: ['d1', 'd2', 'd3'] }, [['Shared chief executive', null]]);
    for (const p of ['d1', 'd2', 'd3', 'c1']) w.say(p, 'Shared chief executive');
    const csv = frequenciesCsv(themeFrequencies(w.bundle, { groupByAttributeId: 'type' }).rows);
    expect(csv.split('\r\n')).toEqual([
      'code_path,group,participants,participants_in_group,documents,segments',
      'Shared chief executive,All,4,6,4,4',
      'Shared chief executive,organisation type=County,<3,3,,',
      'Shared chief executive,organisation type=District,,3,,',
      '',
    ]);
    const all = frequenciesCsv(themeFrequencies(study(), { groupByAttributeId: 'a-type' }).rows);
    for (const name of NAMES) for (const part of name.split(' ')) expect(all).not.toContain(part);
  });

  it('neutralises a code named like a formula', () => {
    const w = world({ A: ['a1', 'a2', 'a3'] }, [['=1+1', null]]);
    w.say('a1', '=1+1');
    expect(frequenciesCsv(themeFrequencies(w.bundle, { k: 1 }).rows)).toContain("'=1+1,All,1,3,1,1");
  });

  it('names the file with k and nothing identifying', () => {
    expect(frequenciesFileName('Melton shared services study', 3)).toBe('theme-frequencies_k3.csv');
    expect(frequenciesFileName(undefined, 5)).toBe('theme-frequencies_k5.csv');
    expect(() => frequenciesFileName(undefined, 0)).toThrow(RangeError);
  });
});
