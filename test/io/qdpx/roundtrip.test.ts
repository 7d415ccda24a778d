import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectBundle } from '../../../src/core/bundle';
import { codePaths } from '../../../src/core/codebook/tree';
import { normaliseText } from '../../../src/core/text/normalise';
import { bundleToQdpx, qdpxToBundle } from '../../../src/io/qdpx/bundle';
import { readQdpx } from '../../../src/io/qdpx/read';
import type { QdpxCode, QdpxProject, QdpxSelection, QdpxSource } from '../../../src/io/qdpx/types';
import { writeQdpx } from '../../../src/io/qdpx/write';
import { sharedAvailable } from '../../support/shared';
import { refiFile } from './helpers';
import { counterIds, sampleBundle } from './sample-bundle';

// Pieces of text that stress offsets: astral emoji and ZWJ sequences, a combining mark without
// a precomposed form, one that composes (é), CRLF (normalised to LF), CJK in and outside the BMP.
const PIECES = ['a', 'b', 'Z', ' ', '.', '\n', '\n\n', '😀', '🧑🏽‍⚕️', 'q\u0307', 'e\u0301', 'é', '\r\n', '漢', '𠀀', '&', '<', '"', '\t'];
const SAFE_CHARS = [...'abcXYZ019 ._-/&<>"\'😀éß漢\t\n'];

const safeString = (min = 0) => fc.array(fc.constantFrom(...SAFE_CHARS), { minLength: min, maxLength: 12 }).map((cs) => cs.join(''));
/** Absent, or text with something other than whitespace (blank descriptions read as absent). */
const memo = fc.option(safeString(1).filter((s) => s.trim() !== ''), { nil: undefined });
const uuid = fc.uuid().map((u) => u.toLowerCase());

/** Code point boundaries of `text`: the offsets a user can select at. */
function boundaries(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length;) {
    i += (text.codePointAt(i)! > 0xffff ? 2 : 1);
    out.push(i);
  }
  return out;
}

const projectArbitrary = fc.record({
  users: fc.uniqueArray(uuid, { minLength: 1, maxLength: 3 }),
  codeCount: fc.integer({ min: 1, max: 5 }),
  codeNames: fc.array(safeString(1), { minLength: 5, maxLength: 5 }),
  codeDescriptions: fc.array(memo, { minLength: 5, maxLength: 5 }),
  parents: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  texts: fc.array(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((p) => normaliseText(p.join(''))), { minLength: 1, maxLength: 3 }),
  picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.nat(), memo), { maxLength: 12 }),
  sourceMemos: fc.array(memo, { minLength: 3, maxLength: 3 }),
  projectMemo: memo,
  guids: fc.uniqueArray(uuid, { minLength: 40, maxLength: 40 }),
});

type Drawn = typeof projectArbitrary extends fc.Arbitrary<infer T> ? T : never;

function buildProject(r: Drawn): QdpxProject {
  let g = 0;
  const next = () => r.guids[g++]!;
  const codes: QdpxCode[] = [];
  for (let i = 0; i < r.codeCount; i++) {
    const code: QdpxCode = { guid: next(), name: r.codeNames[i]!, isCodable: i % 2 === 0, color: i % 3 ? '#1a2b3c' : undefined };
    if (i > 0 && r.parents[i]! % 2) code.parentGuid = codes[r.parents[i]! % i]!.guid;
    if (r.codeDescriptions[i]) code.description = r.codeDescriptions[i];
    if (!code.color) delete code.color;
    codes.push(code);
  }
  const sources: QdpxSource[] = r.texts.map((text, i) => {
    const source: QdpxSource = { guid: next(), name: `Source ${i}`, kind: 'text', text };
    if (r.sourceMemos[i]) source.description = r.sourceMemos[i];
    return source;
  });
  const selections: QdpxSelection[] = [];
  for (const [s, a, b, c, u, description] of r.picks) {
    const source = sources[s % sources.length]!;
    const cuts = boundaries(source.text!);
    const [x, y] = [cuts[a % cuts.length]!, cuts[b % cuts.length]!];
    if (x === y) continue;
    const selection: QdpxSelection = {
      guid: next(), sourceGuid: source.guid, start: Math.min(x, y), end: Math.max(x, y),
      codings: [{ codeGuid: codes[c % codes.length]!.guid, userGuid: r.users[u % r.users.length]! }],
    };
    if (description) selection.description = description;
    selections.push(selection);
  }
  const project: QdpxProject = {
    name: 'Random', users: r.users.map((guid, i) => ({ guid, name: `User ${i}` })), codes, sources, selections,
    mediaSelections: [], notes: [], cases: [], variables: [], sets: [], links: [],
  };
  if (r.projectMemo) project.description = r.projectMemo;
  return project;
}

/** What must survive a file round trip, in comparable form. */
function essentials(p: QdpxProject) {
  const texts = new Map(p.sources.map((s) => [s.guid, s.text]));
  return {
    description: p.description,
    users: p.users,
    siblingOrder: [...new Set(p.codes.map((c) => c.parentGuid ?? ''))].sort().map((parent) => p.codes.filter((c) => (c.parentGuid ?? '') === parent).map((c) => c.guid)),
    codes: [...p.codes].sort((a, b) => a.guid.localeCompare(b.guid)).map((c) => ({ guid: c.guid, name: c.name, parentGuid: c.parentGuid, color: c.color, description: c.description, isCodable: c.isCodable })),
    sources: p.sources.map((s) => ({ guid: s.guid, name: s.name, text: s.text, description: s.description })),
    passages: [...p.selections].sort((a, b) => a.guid.localeCompare(b.guid)).map((s) => ({
      guid: s.guid, source: s.sourceGuid, start: s.start, end: s.end, passage: texts.get(s.sourceGuid)!.slice(s.start, s.end),
      description: s.description, codings: s.codings.map((c) => ({ code: c.codeGuid, user: c.userGuid })),
    })),
    notes: p.notes.map((n) => ({ guid: n.guid, name: n.name, text: n.text })),
  };
}

describe('QDPX file round trip', () => {
  it('gives back codes, texts, coded passages with their users, and memos, for random projects', async () => {
    await fc.assert(fc.asyncProperty(projectArbitrary, async (r) => {
      const project = buildProject(r);
      const result = await readQdpx(await writeQdpx(project));
      expect(result.errors).toEqual([]);
      expect(essentials(result.project!)).toEqual(essentials(project));
    }), { numRuns: 150 });
  });

  it('keeps exact passages around emoji, ZWJ sequences and combining marks', async () => {
    const text = '😀a🧑🏽‍⚕️q\u0307 漢𠀀 end';
    const cut = (piece: string) => ({ start: text.indexOf(piece), end: text.indexOf(piece) + piece.length });
    const pieces = ['😀', '🧑🏽‍⚕️', 'q\u0307', '𠀀', 'end', text];
    const project: QdpxProject = {
      name: 'Fixed', users: [{ guid: '11111111-1111-4111-8111-111111111111', name: 'U' }],
      codes: [{ guid: 'c0de0001-0000-4000-8000-000000000001', name: 'C', isCodable: true }],
      sources: [{ guid: '5a5a5a5a-0000-4000-8000-000000000001', name: 'S', kind: 'text', text }],
      selections: pieces.map((piece, i) => ({
        guid: `5e1e000${i}-0000-4000-8000-000000000001`, sourceGuid: '5a5a5a5a-0000-4000-8000-000000000001', ...cut(piece),
        codings: [{ codeGuid: 'c0de0001-0000-4000-8000-000000000001', userGuid: '11111111-1111-4111-8111-111111111111' }],
      })),
      mediaSelections: [], notes: [{ guid: 'de000001-0000-4000-8000-000000000001', name: 'N', text: 'Note\nwith 😀' }], cases: [], variables: [], sets: [], links: [],
    };
    const back = (await readQdpx(await writeQdpx(project))).project!;
    const texts = back.selections.map((s) => back.sources[0]!.text!.slice(s.start, s.end));
    expect(texts).toEqual(pieces);
    expect(back.notes).toEqual(project.notes);
  });

  it('normalises a CRLF source on the way back in and keeps its passages', async () => {
    const text = 'First line\r\nSecond 😀 line\r\n';
    const project: QdpxProject = {
      name: 'CRLF', users: [], codes: [{ guid: 'c0de0001-0000-4000-8000-000000000001', name: 'C', isCodable: true }],
      sources: [{ guid: '5a5a5a5a-0000-4000-8000-000000000001', name: 'S', kind: 'text', text }],
      selections: [{ guid: '5e1e0001-0000-4000-8000-000000000001', sourceGuid: '5a5a5a5a-0000-4000-8000-000000000001', start: text.indexOf('Second'), end: text.indexOf(' line\r\n', 12), codings: [{ codeGuid: 'c0de0001-0000-4000-8000-000000000001' }] }],
      mediaSelections: [], notes: [], cases: [], variables: [], sets: [], links: [],
    };
    const back = (await readQdpx(await writeQdpx(project))).project!;
    expect(back.sources[0]!.text).toBe('First line\nSecond 😀 line\n');
    const s = back.selections[0]!;
    expect(back.sources[0]!.text!.slice(s.start, s.end)).toBe('Second 😀');
  });
});

/** A bundle reduced to what must survive, keyed by names and paths instead of ids. */
function bundleEssentials(b: ProjectBundle) {
  const paths = codePaths(b.codes);
  const coders = new Map(b.coders.map((c) => [c.id, c.name]));
  const documents = new Map(b.documents.map((d) => [d.id, d.title]));
  const segments = new Map(b.segments.map((s) => [s.id, s]));
  const participants = new Map(b.participants.map((p) => [p.id, p.name]));
  const attributes = new Map(b.attributes.map((a) => [a.id, a.name]));
  const sort = <T>(list: T[]) => list.map((x) => JSON.stringify(x)).sort();
  return {
    projectMemo: b.project.memo,
    coders: sort(b.coders.map((c) => c.name)),
    codes: sort(b.codes.map((c) => ({ path: paths.get(c.id), color: c.color, description: c.description, isCodable: c.isCodable, memo: c.memo, order: c.order }))),
    documents: sort(b.documents.map((d) => ({ title: d.title, memo: d.memo, participants: d.participantIds.map((id) => participants.get(id)).sort() }))),
    texts: sort(b.texts.map((t) => ({ title: documents.get(t.documentId), text: t.text }))),
    segments: sort(b.segments.map((s) => ({ doc: documents.get(s.documentId), start: s.start, end: s.end, quote: s.quote, memo: s.memo }))),
    codings: sort(b.codings.map((c) => {
      const s = segments.get(c.segmentId)!;
      return { doc: documents.get(s.documentId), quote: s.quote, start: s.start, code: paths.get(c.codeId), coder: coders.get(c.coderId) };
    })),
    participants: sort(b.participants.map((p) => ({ name: p.name, ref: p.ref }))),
    values: sort(b.attributeValues.map((v) => ({ who: participants.get(v.participantId), what: attributes.get(v.attributeId), value: v.value }))),
  };
}

async function throughFile(bundle: ProjectBundle): Promise<ProjectBundle> {
  const result = await readQdpx(await writeQdpx(bundleToQdpx(bundle)));
  expect(result.errors).toEqual([]);
  return qdpxToBundle(result.project!, counterIds('back'));
}

describe('bundle → QDPX → bytes → QDPX → bundle', () => {
  it('keeps codebook, texts, codings with their coders, memos, participants and attribute values', async () => {
    const original = sampleBundle();
    const back = await throughFile(original);
    expect(bundleEssentials(back)).toEqual(bundleEssentials(original));
    const types = (b: ProjectBundle) => Object.fromEntries(b.attributes.map((a) => [a.name, a.type]));
    // `role` holds free categories, which REFI-QDA can only carry as Text.
    expect(types(back)).toEqual({ ...types(original), role: 'text' });
    expect(back.codes.find((c) => c.name === 'Noise')!.guid).toBe('c3c3c3c3-0000-4000-8000-000000000003');
    expect(back.coders.find((c) => c.name === 'Ana')!.guid).toBe('0a0a0a0a-1111-4111-8111-111111111111');
  });

  it('is stable: a second round trip changes nothing', async () => {
    const once = await throughFile(sampleBundle());
    const twice = await throughFile(once);
    expect(bundleEssentials(twice)).toEqual(bundleEssentials(once));
    expect(twice.codes.map((c) => c.guid).sort()).toEqual(once.codes.map((c) => c.guid).sort());
    expect(twice.segments.map((s) => s.guid).sort()).toEqual(once.segments.map((s) => s.guid).sort());
  });

  it.skipIf(!sharedAvailable())('keeps every NVivo coding (passage, code, coder) through Verbatim and back', async () => {
    const imported = (await readQdpx(refiFile('real', 'nvivo12.6win_oltas0517.REDACTED.qdpx'))).project!;
    const bundle = qdpxToBundle(imported, counterIds());
    expect(bundle.codings).toHaveLength(303);
    expect(bundleEssentials(await throughFile(bundle))).toEqual(bundleEssentials(bundle));
  });
});
