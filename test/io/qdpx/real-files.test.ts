import { describe, expect, it } from 'vitest';
import { readQdc, readQdpx } from '../../../src/io/qdpx/read';
import type { QdpxProject } from '../../../src/io/qdpx/types';
import { sharedAvailable } from '../../support/shared';
import { countsOf, refiFile, refiJson } from './helpers';

interface Expected {
  fixtures: Record<string, { origin: string | null; counts: Record<string, number | boolean> | null; parse_error?: string }>;
  cross_checks: { fixtures: string[]; mac_pairs: number; common_pairs: number }[];
}

const available = sharedAvailable();

/** Counts the importer must reproduce for every real project file. */
const PROJECT_KEYS = [
  'users', 'codes', 'code_max_depth', 'codes_top_level', 'codes_non_codable', 'codes_with_color', 'codes_with_description',
  'sources_TextSource', 'sources_PDFSource', 'sources_PictureSource', 'sources_AudioSource', 'sources_VideoSource', 'sources_total',
  'selections_PlainTextSelection', 'selections_PDFSelection', 'selections_PictureSelection', 'selections_AudioSelection',
  'selections_VideoSelection', 'selections_total', 'codings', 'codings_on_whole_source', 'selections_without_coding',
  'cases', 'variables', 'variable_values', 'sets', 'notes', 'links',
];
const CODEBOOK_KEYS = ['codes', 'code_max_depth', 'codes_top_level', 'codes_non_codable', 'codes_with_color', 'codes_with_description', 'sets'];

/** Distinct (code name, trimmed passage) pairs, the key of expected.json's cross-check. */
function codePassagePairs(p: QdpxProject): Set<string> {
  const names = new Map(p.codes.map((c) => [c.guid, c.name]));
  const texts = new Map(p.sources.map((s) => [s.guid, s.text ?? '']));
  const pairs = new Set<string>();
  for (const s of p.selections) {
    const passage = texts.get(s.sourceGuid)!.slice(s.start, s.end).trim();
    for (const c of s.codings) pairs.add(`${names.get(c.codeGuid)}\u0000${passage}`);
  }
  return pairs;
}

describe.skipIf(!available)('real REFI-QDA exports', () => {
  const expected = available ? refiJson<Expected>('expected.json') : { fixtures: {}, cross_checks: [] };

  for (const [file, fixture] of Object.entries(expected.fixtures)) {
    if (fixture.counts === null) {
      it(`rejects ${file} with a clear message`, async () => {
        const result = await readQdc(refiFile(file));
        expect(result.codes).toBeUndefined();
        expect(result.errors[0]?.code).toBe('E_XML_MALFORMED');
        expect(result.errors[0]?.message).toMatch(/truncated/);
        expect(result.errors[0]?.message).toMatch(/<CodeBook> > <Codes> > <Code>/);
      });
      continue;
    }
    const counts = fixture.counts;
    if (file.endsWith('.qdc')) {
      it(`imports ${file} with the expected codebook counts`, async () => {
        const result = await readQdc(refiFile(file));
        expect(result.errors).toEqual([]);
        const actual = countsOf({ codes: result.codes!, sets: result.sets!, users: [], sources: [], selections: [], mediaSelections: [], notes: [], cases: [], variables: [], links: [], name: '' });
        for (const key of CODEBOOK_KEYS) expect({ key, value: actual[key] }).toEqual({ key, value: counts[key] });
        expect(result.sets!.reduce((n, s) => n + s.memberCodeGuids.length, 0)).toBe(counts.set_member_codes);
        expect(result.warnings.some((w) => w.code === 'W_EMPTY_SETS')).toBe(counts.empty_Sets_element);
      });
      continue;
    }
    it(`imports ${file} with the expected counts`, async () => {
      const result = await readQdpx(refiFile(file));
      expect(result.errors).toEqual([]);
      const actual = countsOf(result.project!);
      for (const key of PROJECT_KEYS) expect({ key, value: actual[key] }).toEqual({ key, value: counts[key] });
      expect(result.project!.origin).toBe(fixture.origin);
    });
  }

  it('places every NVivo selection with the UTF-16 model and warns that it differs from the standard', async () => {
    for (const file of ['nvivo12.6win_oltas0517.REDACTED.qdpx', 'nvivo12.7mac_OltasSzkepticizmus_17June.REDACTED.qdpx']) {
      const result = await readQdpx(refiFile('real', file));
      const textSources = result.project!.sources.filter((s) => s.kind === 'text');
      expect(textSources.map((s) => s.positionModel)).toEqual(['utf16', 'utf16']);
      expect(result.warnings.some((w) => w.code === 'W_POSITION_MODEL')).toBe(true);
    }
  });

  it('finds every (code, passage) pair of the NVivo Mac export in the Windows export', async () => {
    const check = expected.cross_checks[0]!;
    const [win, mac] = await Promise.all(check.fixtures.map(async (f) => (await readQdpx(refiFile(f))).project!));
    const macPairs = codePassagePairs(mac!);
    const winPairs = codePassagePairs(win!);
    expect(macPairs.size).toBe(check.mac_pairs);
    const common = [...macPairs].filter((pair) => winPairs.has(pair));
    expect(common.length).toBe(check.common_pairs);
  });

  it('lists the ATLAS.ti example sources as missing and reports what it does not import', async () => {
    const result = await readQdpx(refiFile('real', 'atlasti8.4_spec-example_no-sources.qdpx'));
    const p = result.project!;
    const text = p.sources.filter((s) => s.kind === 'text');
    expect(text.every((s) => s.missing === true && s.text === undefined)).toBe(true);
    expect(p.sources.filter((s) => s.external).map((s) => s.kind).sort()).toEqual(['audio', 'video', 'video']);
    expect(result.warnings.filter((w) => w.code === 'W_DUPLICATE_GUID_CROSS_KIND')).toHaveLength(2);
    expect(result.warnings.find((w) => w.code === 'W_NOT_IMPORTED')?.message).toMatch(/3 Transcript.*1 Graph|1 Graph.*3 Transcript/);
    expect(p.notes.map((n) => n.name)).toEqual(['Research Plan', 'My favorite Coke ad']);
    expect(p.notes[0]!.text).toBe('This is a great project by a dynamic team of researcher-developers. ');
  });

  it('reads the qc 1.3.2 paths without scheme from sources/ and keeps every coding of a selection', async () => {
    const result = await readQdpx(refiFile('real', 'qc1.3.2_demo.qdpx'));
    expect(result.warnings.filter((w) => w.code === 'W_PATH_WITHOUT_SCHEME')).toHaveLength(2);
    const p = result.project!;
    const line6 = p.selections.find((s) => s.name === 'line:6')!;
    const text = p.sources.find((s) => s.guid === line6.sourceGuid)!.text!;
    // qc coded whole lines, end-exclusive, including the line's own "\n".
    expect(text.slice(line6.start, line6.end).endsWith('\n')).toBe(true);
    expect(text[line6.start - 1]).toBe('\n');
    expect(p.selections.some((s) => s.codings.length > 1)).toBe(true);
  });
});
