import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { bundleToQdpx } from '../../../src/io/qdpx/bundle';
import { readQdc, readQdpx } from '../../../src/io/qdpx/read';
import type { QdpxProject } from '../../../src/io/qdpx/types';
import { writeQdc, writeQdpx } from '../../../src/io/qdpx/write';
import { sharedAvailable, sharedPath } from '../../support/shared';
import { refiFile } from './helpers';
import { sampleBundle } from './sample-bundle';

const available = sharedAvailable();
const schema = (name: string) => readFileSync(sharedPath('refi-qda', 'schema', name), 'utf8');

async function expectValid(xml: string, xsd: 'Project-mrt2019.xsd' | 'Codebook.xsd'): Promise<void> {
  const result = await validateXML({ xml: [{ fileName: 'export.xml', contents: xml }], schema: [schema(xsd)] });
  expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

async function exportedQde(project: QdpxProject): Promise<{ qde: string; entries: Record<string, Uint8Array> }> {
  const entries = unzipSync(await writeQdpx(project));
  return { qde: strFromU8(entries['project.qde']!), entries };
}

describe.skipIf(!available)('exports validate against the REFI-QDA schemas', () => {
  it('uses a validator that does catch schema violations (wrong order, empty container)', async () => {
    const wrongOrder = '<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes><Code guid="c0de0001-0000-4000-8000-000000000001" name="a" isCodable="true"/></Codes></CodeBook><Users><User guid="11111111-1111-4111-8111-111111111111"/></Users></Project>';
    const emptySets = '<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sets/></Project>';
    for (const xml of [wrongOrder, emptySets]) {
      const result = await validateXML({ xml: [{ fileName: 'bad.xml', contents: xml }], schema: [schema('Project-mrt2019.xsd')] });
      expect(result.valid).toBe(false);
    }
  });

  it('writes a valid project from the real NVivo import, and a valid codebook', async () => {
    const imported = (await readQdpx(refiFile('real', 'nvivo12.6win_oltas0517.REDACTED.qdpx'))).project!;
    const { qde } = await exportedQde(imported);
    await expectValid(qde, 'Project-mrt2019.xsd');
    await expectValid(new TextDecoder().decode(writeQdc(imported.codes)), 'Codebook.xsd');
  });

  it('writes valid projects from every real import', async () => {
    for (const file of ['atlasti8.4_spec-example_no-sources.qdpx', 'maxqda24_icls_just10.REDACTED.qdpx', 'qc1.3.2_demo.qdpx', 'nvivo15mac_codebook-only.qdpx']) {
      const imported = (await readQdpx(refiFile('real', file))).project!;
      await expectValid((await exportedQde(imported)).qde, 'Project-mrt2019.xsd');
    }
  });

  it('writes a valid project from a bundle with memos, cases, variables, several coders, emoji and CRLF', async () => {
    const project = bundleToQdpx(sampleBundle());
    // A source as another tool stored it: written in normalised form, with LF.
    project.sources.push({ guid: 'a1a1a1a1-0000-4000-8000-000000000009', name: 'crlf', kind: 'text', text: 'One\r\nTwo 😀\r\n' });
    const { qde, entries } = await exportedQde(project);
    await expectValid(qde, 'Project-mrt2019.xsd');
    expect(qde.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(qde).toContain('xmlns="urn:QDA-XML:project:1.0"');
    expect(qde).toContain('origin="Verbatim 0.1"');
    expect(qde).toContain('xsi:schemaLocation="urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"');
    expect(qde).toMatch(/creationDateTime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"/);
    expect(qde).toContain('&#13;');
    expect(entries['sources/a1a1a1a1-0000-4000-8000-000000000009.txt']).toEqual(new TextEncoder().encode('One\nTwo 😀\n'));
    for (const [name, bytes] of Object.entries(entries)) {
      expect(name).toMatch(/^(project\.qde|sources\/[0-9a-f-]{36}\.txt)$/);
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it('leaves out characters XML 1.0 forbids instead of writing an unreadable file', async () => {
    const project = bundleToQdpx(sampleBundle());
    project.codes[0]!.name = 'Bell\u0007 and \uFFFE and lone \uD800 surrogate';
    const { qde } = await exportedQde(project);
    await expectValid(qde, 'Project-mrt2019.xsd');
    const back = (await readQdpx(await writeQdpx(project))).project!;
    expect(back.codes[0]!.name).toBe('Bell and  and lone  surrogate');
  });

  it('writes valid codebooks, with sets, from the sample and from imported codebooks', async () => {
    const codes = bundleToQdpx(sampleBundle()).codes;
    const set = { guid: 'ab000000-0000-4000-8000-000000000001', name: 'Set', memberCodeGuids: [codes[1]!.guid], memberSourceGuids: [], memberNoteGuids: [] };
    await expectValid(new TextDecoder().decode(writeQdc(codes, [set])), 'Codebook.xsd');
    for (const file of ['real/taguette-1.4.1_codebook.qdc', 'real/atlasti-win-23.4.0_codebook_from-requal-test.qdc', 'synthetic/qdc-ok.qdc']) {
      const imported = await readQdc(refiFile(file));
      await expectValid(new TextDecoder().decode(writeQdc(imported.codes!, imported.sets)), 'Codebook.xsd');
    }
  });

  it('replaces identifiers that are not GUIDs consistently', async () => {
    const qdc = new TextEncoder().encode('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="c001" name="A" isCodable="true"><Code guid="c002" name="B" isCodable="true"/></Code></Codes><Sets><Set guid="s1" name="S"><MemberCode guid="c002"/></Set></Sets></CodeBook>');
    const imported = await readQdc(qdc);
    expect(imported.warnings.filter((w) => w.code === 'W_INVALID_GUID_FORMAT')).toHaveLength(3);
    const written = writeQdc(imported.codes!, imported.sets);
    await expectValid(new TextDecoder().decode(written), 'Codebook.xsd');
    const again = await readQdc(written);
    expect(again.sets![0]!.memberCodeGuids).toEqual([again.codes![1]!.guid]);
  });
});
