import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/core/schema';
import { readProjectFile, type ReadResult } from '../../../src/io/project-file/read';
import { writeProjectFile } from '../../../src/io/project-file/write';
import type { ProjectFileContents } from '../../../src/io/project-file/format';
import { craft, demoBundle, historyOf, lieAboutSize, manifest, tablesOf } from './fixtures';

function value(r: ReadResult): ProjectFileContents {
  if ('error' in r) throw new Error(`${r.error} (${r.detail})`);
  return r.value;
}

function error(r: ReadResult): string {
  if (!('error' in r)) throw new Error('the file was accepted');
  expect(r.error.length).toBeLessThanOrEqual(400);
  return r.error;
}

describe('.verbatim project file', () => {
  it('round-trips a whole project and its undo history, deep-equal, ids included', async () => {
    const bundle = demoBundle();
    const history = historyOf(bundle);
    const bytes = await writeProjectFile(bundle, { history: history.map((s, i) => ({ ...s, seq: i + 7 })) });
    const back = value(await readProjectFile(bytes));
    expect(back.bundle).toEqual(bundle);
    expect(back.history).toEqual(history);
    expect(back.manifest).toMatchObject({ type: 'verbatim-project', version: 1, schemaVersion: SCHEMA_VERSION });
    expect(back.manifest.app).toMatch(/^Verbatim \d+\.\d+\.\d+/);
    expect(Number.isNaN(Date.parse(back.manifest.createdAt))).toBe(false);
  });

  it('writes no history unless asked, and an empty project too', async () => {
    const bundle = demoBundle();
    expect(value(await readProjectFile(await writeProjectFile(bundle))).history).toEqual([]);
    const empty = { ...tablesOf(bundle), coders: [], documents: [], texts: [], codes: [], segments: [], codings: [], participants: [], attributes: [], attributeValues: [], nonParticipantSpeakers: [], redactions: [] };
    const back = value(await readProjectFile(craft(empty)));
    expect(back.bundle.project).toEqual(bundle.project);
    expect(back.bundle.codings).toEqual([]);
  });

  it('keeps fields it does not know', async () => {
    const bundle = demoBundle();
    const tables = tablesOf(bundle);
    tables.projects = [{ ...bundle.project, futureSetting: { deep: [1, 2] } }];
    tables.segments = bundle.segments.map((s, i) => (i === 0 ? { ...s, confidence: 0.8 } : s));
    const back = value(await readProjectFile(craft(tables)));
    expect(back.bundle.project).toHaveProperty('futureSetting', { deep: [1, 2] });
    expect(back.bundle.segments[0]).toHaveProperty('confidence', 0.8);
    const again = value(await readProjectFile(await writeProjectFile(back.bundle)));
    expect(again.bundle).toEqual(back.bundle);
  });

  it('migrates a file written at schema 1: a segment shared by two coders becomes one each, old undo steps too', async () => {
    const bundle = demoBundle();
    const tables = tablesOf(bundle);
    const [ana] = bundle.coders;
    const ben = { id: 'coder-ben', projectId: bundle.project.id, name: 'Ben' };
    tables.coders = [{ id: ana!.id, projectId: ana!.projectId, name: 'You' }, ben];
    const shared = bundle.segments[0]!;
    const { coderId: _c, ...oldSegment } = shared;
    tables.segments = [oldSegment];
    const first = bundle.codings.find((c) => c.segmentId === shared.id)!;
    tables.codings = [first, { ...first, id: 'coding-ben', coderId: ben.id }];
    const oldStep = { seq: 3, projectId: bundle.project.id, label: 'Code passage', at: 9, undone: 0, changes: [{ table: 'segments', key: shared.id, before: null, after: oldSegment }] };
    const local = { guid: 'guid-reader', name: 'Reader', color: '#123456' };
    let n = 0;
    const back = value(await readProjectFile(craft(tables, { manifest: manifest({ schemaVersion: 1 }), history: [oldStep] }), { localCoder: local, newId: () => `new-${++n}` }));
    const segs = back.bundle.segments;
    expect(segs).toHaveLength(2);
    expect(new Set(segs.map((s) => s.coderId))).toEqual(new Set([ana!.id, ben.id]));
    for (const c of back.bundle.codings) expect(segs.find((s) => s.id === c.segmentId)?.coderId).toBe(c.coderId);
    expect(back.bundle.coders.find((c) => c.id === ana!.id)).toMatchObject({ guid: 'guid-reader', color: expect.any(String) });
    expect(back.bundle.coders.find((c) => c.id === ben.id)?.color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(back.history).toHaveLength(1);
    expect(back.history[0]).toMatchObject({ coderId: ana!.id, schemaVersion: SCHEMA_VERSION });
    expect(back.history[0]!.deltas[0]!.after).toMatchObject({ coderId: ana!.id });
  });
});

describe('.verbatim files that are refused', () => {
  const good = () => tablesOf(demoBundle());

  it('is not a zip, is empty, or is cut short', async () => {
    expect(error(await readProjectFile(strToU8('Interviewer: hello')))).toMatch(/not a Verbatim project file/);
    expect(error(await readProjectFile(new Uint8Array()))).toMatch(/empty/);
    const bytes = await writeProjectFile(demoBundle());
    expect(error(await readProjectFile(bytes.subarray(0, Math.floor(bytes.length / 2))))).toMatch(/damaged: it is incomplete/);
  });

  it('has the wrong manifest, or none', async () => {
    expect(error(await readProjectFile(craft(good(), { manifest: manifest({ type: 'something-else' }) })))).toMatch(/not a Verbatim project file/);
    expect(error(await readProjectFile(craft(good(), { manifest: [1, 2] })))).toMatch(/not a Verbatim project file/);
    expect(error(await readProjectFile(craft(good(), { manifest: manifest({ version: 'one' }) })))).toMatch(/manifest is incomplete/);
    const noManifest = zipSync({ 'tables/codes.json': strToU8('[]') });
    expect(error(await readProjectFile(noManifest))).toMatch(/not a Verbatim project file: it has no manifest/);
  });

  it('was made by a newer version (format or schema)', async () => {
    for (const over of [{ version: 2 }, { schemaVersion: SCHEMA_VERSION + 1 }]) {
      expect(error(await readProjectFile(craft(good(), { manifest: manifest(over) })))).toMatch(/made by a newer version of Verbatim: update Verbatim to open it/);
    }
  });

  it('misses a table, or a table is not JSON or not a list', async () => {
    const { codes: _codes, ...missing } = good();
    expect(error(await readProjectFile(craft(missing)))).toMatch(/codes table is missing/);
    expect(error(await readProjectFile(craft(good(), { extra: { 'tables/codes.json': strToU8('[{"id": ') } })))).toMatch(/codes\.json is not valid JSON/);
    expect(error(await readProjectFile(craft(good(), { extra: { 'tables/codes.json': strToU8('{"id": 1}') } })))).toMatch(/codes table is not a list/);
    expect(error(await readProjectFile(craft(good(), { extra: { 'tables/codes.json': new Uint8Array([0x5b, 0xff, 0xfe, 0x5d]) } })))).toMatch(/codes\.json is not text/);
  });

  it('has broken references, duplicate ids, malformed records or passages outside the text', async () => {
    const t = good();
    t.codings = [{ ...(t.codings[0] as object), codeId: 'nowhere' }];
    expect(error(await readProjectFile(craft(t)))).toMatch(/a coding refers to a code that is not in the file/);
    const d = good();
    d.codes = [...d.codes, d.codes[0]];
    expect(error(await readProjectFile(craft(d)))).toMatch(/two codes share one id/);
    const m = good();
    m.segments = [{ ...(m.segments[0] as object), start: 'zero' }];
    expect(error(await readProjectFile(craft(m)))).toMatch(/coded passage is incomplete or malformed/);
    const o = good();
    o.segments = o.segments.map((seg, i) => (i === 0 ? { ...(seg as object), end: 10_000_000 } : seg));
    expect(error(await readProjectFile(craft(o)))).toMatch(/coded passage lies outside its document/);
    const nt = good();
    nt.texts = nt.texts.slice(1);
    expect(error(await readProjectFile(craft(nt)))).toMatch(/document has no text/);
  });

  it('mixes records of two projects', async () => {
    const t = good();
    t.redactions = [{ ...(t.redactions[0] as object), projectId: 'another-project' }];
    expect(error(await readProjectFile(craft(t)))).toMatch(/more than one project/);
    const two = good();
    two.projects = [...two.projects, { ...(two.projects[0] as object), id: 'p2' }];
    expect(error(await readProjectFile(craft(two)))).toMatch(/one project and holds 2/);
  });

  it('has a malformed undo history', async () => {
    const b = demoBundle();
    const [step] = historyOf(b);
    expect(error(await readProjectFile(craft(tablesOf(b), { history: [{ ...step, projectId: 'other' }] })))).toMatch(/undo history is malformed/);
    expect(error(await readProjectFile(craft(tablesOf(b), { history: [{ ...step, deltas: [{ table: 'nope', key: 'x', before: null, after: null }] }] })))).toMatch(/undo history is malformed/);
    expect(error(await readProjectFile(craft(tablesOf(b), { history: 'steps' })))).toMatch(/undo history is malformed/);
  });

  it('holds paths that climb out, absolute paths or unexpected entries', async () => {
    expect(error(await readProjectFile(craft(good(), { extra: { '../evil.json': strToU8('[]') } })))).toMatch(/points outside its own folder/);
    expect(error(await readProjectFile(craft(good(), { extra: { '/etc/passwd': strToU8('x') } })))).toMatch(/points outside its own folder/);
    expect(error(await readProjectFile(craft(good(), { extra: { 'tables/notes.json': strToU8('[]') } })))).toMatch(/holds something a Verbatim project file never holds/);
  });

  it('is a zip bomb: declared, or lying about its size', async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const declared = craft(good(), { extra: { 'history.json': zeros } });
    const r = await readProjectFile(declared);
    expect(error(r)).toMatch(/zip bomb/);
    const lying = lieAboutSize(declared, 'history.json', 1000);
    expect(error(await readProjectFile(lying))).toMatch(/zip bomb/);
  });

  it('has a giant entry', async () => {
    const giant = lieAboutSize(craft(good()), 'tables/texts.json', 0xf0000000);
    expect(error(await readProjectFile(giant))).toMatch(/zip bomb|far more data/);
  });
});
