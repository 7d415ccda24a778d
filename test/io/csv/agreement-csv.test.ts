import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cohenKappa, computeAgreement, fleissKappa, krippendorffAlpha, unitCoderData, type AgreementRequest } from '../../../src/core/agreement';
import { agreementRecalCsv, agreementTableCsv, agreementUnitsCsv, AGREEMENT_TABLE_COLUMNS, UNIT_COLUMNS, type AgreementNames } from '../../../src/io/csv/agreement-csv';

const request: AgreementRequest = {
  coderIds: ['u1', 'u2'],
  documents: [{ id: 'd1', length: 60, turns: [{ start: 0, end: 20, speaker: 'I' }, { start: 22, end: 60, speaker: 'P' }] }, { id: 'd2', length: 30 }],
  codeIds: ['c1', 'c2'],
  codings: [
    { coderId: 'u1', documentId: 'd1', codeId: 'c1', start: 0, end: 10 },
    { coderId: 'u2', documentId: 'd1', codeId: 'c1', start: 5, end: 25 },
    { coderId: 'u1', documentId: 'd1', codeId: 'c2', start: 30, end: 40 },
    { coderId: 'u2', documentId: 'd1', codeId: 'c2', start: 45, end: 55 },
    { coderId: 'u2', documentId: 'd2', codeId: 'c2', start: 0, end: 10 },
  ],
  unit: 'character',
};

const names: AgreementNames = {
  coders: new Map([['u1', 'Ann'], ['u2', 'Ann']]),
  codes: new Map([['c1', '=Trust'], ['c2', 'Cost, hidden']]),
  documents: new Map([['d1', 'Interview 1'], ['d2', 'Interview 2']]),
};

const parse = (csv: string, header = true) => Papa.parse<Record<string, string>>(csv.trim(), { header, skipEmptyLines: true });

describe('agreement table CSV', () => {
  const result = computeAgreement(request);
  const csv = agreementTableCsv(result, names);
  const parsed = parse(csv);

  it('has a row per table row, every column, and parses cleanly', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...AGREEMENT_TABLE_COLUMNS]);
    expect(parsed.data).toHaveLength(result.rows.length);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes negative coefficients as numbers and undefined ones as NA', () => {
    const row = parsed.data.find((r) => r.scope === 'code-document' && r.code === "'=Trust" && r.document === 'Interview 1')!;
    const source = result.rows.find((r) => r.codeId === 'c1' && r.documentId === 'd1')!;
    expect(Number(row.cohen_kappa)).toBeCloseTo(source.cohenKappa!, 12);
    const negative = parsed.data.find((r) => r.code === 'Cost, hidden' && r.document === 'Interview 1')!;
    expect(Number(negative.cohen_kappa)).toBeLessThan(0);
    expect(negative.cohen_kappa!.startsWith('-')).toBe(true);
    expect(parsed.data.find((r) => r.scope === 'overall')!.cu_alpha).toBe('NA');
  });

  it('neutralises a code name that could run as a formula', () => {
    expect(parsed.data.some((r) => r.code === "'=Trust")).toBe(true);
  });
});

describe('unit × coder CSV (R irr layout)', () => {
  const rows = unitCoderData(request);
  const csv = agreementUnitsCsv(rows, request.coderIds, names);
  const parsed = parse(csv);

  it('has the unit columns, then one uniquely named column per coder', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...UNIT_COLUMNS, 'Ann', 'Ann (2)']);
  });

  it("reproduces the table's figures once each run is repeated weight times, as the README's R lines do", () => {
    const result = computeAgreement(request);
    for (const [code, document] of [['c1', 'd1'], ['c2', 'd1'], ['c2', 'd2']] as const) {
      const label = names.codes.get(code)!.startsWith('=') ? `'${names.codes.get(code)}` : names.codes.get(code)!;
      const units = parsed.data
        .filter((r) => r.code === label && r.document === names.documents.get(document))
        .flatMap((r) => Array.from({ length: Number(r.weight) }, () => [Number(r.Ann), Number(r['Ann (2)'])]));
      const table = [[0, 0], [0, 0]];
      for (const [a, b] of units) table[1 - a!]![1 - b!]! += 1;
      const row = result.rows.find((r) => r.codeId === code && r.documentId === document)!;
      const kappa = cohenKappa(table);
      if (kappa === null) expect(row.cohenKappa).toBeNull();
      else expect(row.cohenKappa).toBeCloseTo(kappa, 12);
      const alpha = krippendorffAlpha([units.map((u) => u[0]!), units.map((u) => u[1]!)], 'nominal');
      if (alpha === null) expect(row.krippendorffAlpha).toBeNull();
      else expect(row.krippendorffAlpha).toBeCloseTo(alpha, 12);
      const fleiss = fleissKappa(units.map(([a, b]) => [a! + b!, 2 - a! - b!]));
      if (fleiss === null) expect(row.fleissKappa).toBeNull();
      else expect(row.fleissKappa).toBeCloseTo(fleiss, 12);
    }
  });

  it('writes NA for a coder without data in a document', () => {
    const missing = unitCoderData({ ...request, unit: 'turn', missing: [{ coderId: 'u2', documentId: 'd2' }] }, { documentId: 'd2' });
    const p = parse(agreementUnitsCsv(missing, request.coderIds, names));
    expect(p.data.map((r) => r['Ann (2)'])).toEqual(['NA', 'NA']);
    expect(p.data.map((r) => r.weight)).toEqual(['1', '1']);
  });
});

describe('ReCal CSV', () => {
  it('has no header, one line per character, and # for no data', () => {
    const rows = unitCoderData(request, { codeId: 'c1', documentId: 'd1' });
    const csv = agreementRecalCsv(rows, request.coderIds);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(60);
    expect(lines.slice(0, 5)).toEqual(Array(5).fill('1,0'));
    expect(lines.slice(5, 10)).toEqual(Array(5).fill('1,1'));
    const missing = agreementRecalCsv(unitCoderData({ ...request, unit: 'document', missing: [{ coderId: 'u1', documentId: 'd2' }] }, { documentId: 'd2' }), request.coderIds);
    expect(missing).toBe('#,0\r\n#,1\r\n');
  });
});
