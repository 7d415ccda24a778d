import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { neutraliseFormula, toCsv } from '../../../src/io/csv/safe-csv';

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends and no BOM by default', () => {
    const csv = toCsv([['a', 1], ['b', 2]], ['name', 'count']);
    expect(csv).toBe('name,count\r\na,1\r\nb,2\r\n');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(toCsv([], ['x'], { bom: true })).toBe('\uFEFFx\r\n');
  });

  it('takes objects by column name, in column order', () => {
    expect(parse(toCsv([{ b: 'B', a: 'A', extra: 'no' }], ['a', 'b', 'c']))).toEqual([['a', 'b', 'c'], ['A', 'B', '']]);
  });

  it('quotes commas, quotes and line breaks so they read back intact', () => {
    const cell = 'She said, "trust us"\nand left';
    expect(parse(toCsv([[cell]], ['quote']))[1]).toEqual([cell]);
  });

  it('neutralises every cell that could run as a formula, negative numbers included', () => {
    const nasty = ['=HYPERLINK("http://evil.example","click")', '+1', '-2', '@SUM(A1:A2)', '\tTAB', '\rCR', '＝1+1', -5];
    const rows = parse(toCsv([nasty], nasty.map((_, i) => `c${i}`)));
    expect(rows[1]).toEqual(['\'=HYPERLINK("http://evil.example","click")', "'+1", "'-2", "'@SUM(A1:A2)", "'\tTAB", "'\rCR", "'＝1+1", "'-5"]);
    for (const cell of rows[1]!) expect(cell).toMatch(/^'/);
  });

  it('with rawNumbers writes number cells as numbers, negative ones included, and still neutralises text', () => {
    const rows = parse(toCsv([[-0.25, 1e-7, '-2', Number.NaN]], ['a', 'b', 'c', 'd'], { rawNumbers: true }));
    expect(rows[1]).toEqual(['-0.25', '1e-7', "'-2", 'NaN']);
  });

  it('neutralises a formula behind spaces, quote marks or zero-width characters, which some spreadsheets trim', () => {
    for (const cell of ['  =1+1', ' +1', '"=cmd', "'@SUM(A1)", '\u200B=1', '\uFEFF-2', '\u2060 @x', ' "\u200D=1']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
  });

  it('leaves ordinary cells alone', () => {
    for (const cell of ['Trust', '12', '<3', '', 'a=b', ' not =first', '"quoted" = fine', '\u200Bword']) expect(neutraliseFormula(cell)).toBe(cell);
  });
});
