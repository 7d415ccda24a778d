import { describe, expect, it } from 'vitest';
import { readQdc, readQdpx } from '../../../src/io/qdpx/read';
import type { QdcResult, QdpxProject, QdpxResult } from '../../../src/io/qdpx/types';
import { sharedAvailable } from '../../support/shared';
import { countsOf, refiFile, refiJson, selectedTexts } from './helpers';

interface Verdict {
  action: 'accept' | 'warn' | 'reject';
  warning_code?: string | null;
  error_code?: string;
  expected?: Record<string, unknown>;
}

const available = sharedAvailable();

/** The manifest's count names in terms of `countsOf`. */
const COUNT_NAMES: Record<string, string> = {
  users: 'users', codes: 'codes', code_max_depth: 'code_max_depth', sources: 'sources_total',
  selections: 'selections_PlainTextSelection', codings: 'codings', cases: 'cases', variables: 'variables',
  variable_values: 'variable_values', sets: 'sets',
};

async function read(file: string): Promise<{ result: QdpxResult | QdcResult; project?: QdpxProject }> {
  const bytes = refiFile('synthetic', file);
  if (file.endsWith('.qdc')) {
    const result = await readQdc(bytes);
    const project = result.codes && { name: '', users: [], codes: result.codes, sets: result.sets ?? [], sources: [], selections: [], mediaSelections: [], notes: [], cases: [], variables: [], links: [] };
    return project ? { result, project } : { result };
  }
  const result = await readQdpx(bytes);
  return result.project ? { result, project: result.project } : { result };
}

describe.skipIf(!available)('synthetic REFI-QDA files get the manifest verdict', () => {
  const manifest = available ? refiJson<Record<string, Verdict>>('synthetic', 'manifest.json') : {};

  for (const [file, verdict] of Object.entries(manifest)) {
    it(`${verdict.action}s ${file}`, async () => {
      const { result, project } = await read(file);
      if (verdict.action === 'reject') {
        expect(project).toBeUndefined();
        expect(result.errors.map((e) => e.code)).toContain(verdict.error_code);
        expect(result.errors[0]!.message.length).toBeGreaterThan(20);
        return;
      }
      expect(result.errors).toEqual([]);
      expect(project).toBeDefined();
      if (verdict.action === 'warn') expect(result.warnings.map((w) => w.code)).toContain(verdict.warning_code);
      const counts = countsOf(project!);
      for (const [name, value] of Object.entries(verdict.expected ?? {})) {
        if (name === 'selected_texts') expect(selectedTexts(project!)).toEqual(value);
        else if (name === 'selected_texts_by_model') expect(selectedTexts(project!)).toEqual(['World']);
        else expect({ name, value: counts[COUNT_NAMES[name]!] }).toEqual({ name, value });
      }
    });
  }
});

describe.skipIf(!available)('position models on the synthetic probes', () => {
  it('finds "World" in both probes in auto mode, each under its own model', async () => {
    const utf16 = (await readQdpx(refiFile('synthetic', 'positions-utf16.qdpx'))).project!;
    const codepoint = (await readQdpx(refiFile('synthetic', 'positions-codepoint.qdpx'))).project!;
    expect(selectedTexts(utf16)).toEqual(['World']);
    expect(selectedTexts(codepoint)).toEqual(['World']);
    expect(utf16.sources[0]!.positionModel).toBe('utf16');
    expect(codepoint.sources[0]!.positionModel).toBe('codepoints');
    // The normalised text: BOM gone, CRLF now LF.
    expect(utf16.sources[0]!.text).toBe('A😀 Hello\nWorld\n');
  });

  it('lets the caller force a model, for better or worse', async () => {
    const forced = async (file: string, positions: 'utf16' | 'codepoints') =>
      selectedTexts((await readQdpx(refiFile('synthetic', file), { positions })).project!);
    expect(await forced('positions-utf16.qdpx', 'utf16')).toEqual(['World']);
    expect(await forced('positions-codepoint.qdpx', 'codepoints')).toEqual(['World']);
    expect(await forced('positions-utf16.qdpx', 'codepoints')).not.toEqual(['World']);
    expect(await forced('positions-codepoint.qdpx', 'utf16')).not.toEqual(['World']);
  });

  it('warns when it reads positions other than as the standard says', async () => {
    const result = await readQdpx(refiFile('synthetic', 'positions-utf16.qdpx'));
    expect(result.warnings.find((w) => w.code === 'W_POSITION_MODEL')?.message).toMatch(/UTF-16 code units/);
    const standard = await readQdpx(refiFile('synthetic', 'positions-codepoint.qdpx'));
    expect(standard.warnings.some((w) => w.code === 'W_POSITION_MODEL')).toBe(false);
  });
});

describe.skipIf(!available)('details the manifest does not spell out', () => {
  it('keeps the missing source listed, with its selection but no text', async () => {
    const p = (await readQdpx(refiFile('synthetic', 'missing-source-file.qdpx'))).project!;
    expect(p.sources).toMatchObject([{ name: 'doc1', missing: true }]);
    expect(p.sources[0]!.text).toBeUndefined();
    expect(p.selections).toMatchObject([{ start: 0, end: 5 }]);
  });

  it('prefers the file over inline content', async () => {
    const p = (await readQdpx(refiFile('synthetic', 'content-and-path.qdpx'))).project!;
    expect(selectedTexts(p)).toEqual(['Hello']);
  });

  it('drops an invalid colour and defaults a missing isCodable to true', async () => {
    const color = (await readQdpx(refiFile('synthetic', 'code-bad-color.qdpx'))).project!;
    expect(color.codes[0]!.color).toBeUndefined();
    const codable = (await readQdpx(refiFile('synthetic', 'code-missing-isCodable.qdpx'))).project!;
    expect(codable.codes[0]!.isCodable).toBe(true);
  });

  it('keeps a badly typed variable value as written, with a warning naming it', async () => {
    const result = await readQdpx(refiFile('synthetic', 'case-variables.qdpx'));
    const alice = result.project!.cases[0]!;
    expect(alice).toMatchObject({ name: 'Alice', sourceGuids: ['5a5a5a5a-0000-4000-8000-000000000001'] });
    expect(alice.values.map((v) => v.value)).toEqual(['42', 'maybe']);
    expect(result.warnings.find((w) => w.code === 'W_BAD_VARIABLE_VALUE')?.message).toMatch(/"maybe".*smoker/);
  });

  it('marks external media as external, not as missing', async () => {
    const p = (await readQdpx(refiFile('synthetic', 'absolute-and-relative-external.qdpx'))).project!;
    expect(p.sources.map((s) => [s.kind, s.external, s.missing])).toEqual([['video', true, undefined], ['audio', true, undefined]]);
  });

  it('normalises GUIDs to lower case without braces and names the duplicate in the error', async () => {
    const result = await readQdpx(refiFile('synthetic', 'duplicate-code-guid.qdpx'));
    expect(result.errors[0]!.message).toMatch(/c0de0001-0000-4000-8000-000000000001/);
  });
});
