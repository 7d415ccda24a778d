import { describe, expect, it } from 'vitest';
import { DEFAULT_PALETTE } from '../../../src/core/codebook/palette';
import { sha256Hex } from '../../../src/core/transcript/sha256';
import { bundleToQdpx, qdpxToBundle, sourcesNotImported } from '../../../src/io/qdpx/bundle';
import { composeDescription, parseDescription } from '../../../src/io/qdpx/code-description';
import { paragraphTurns } from '../../../src/io/qdpx/paragraphs';
import { readQdpx } from '../../../src/io/qdpx/read';
import type { QdpxProject } from '../../../src/io/qdpx/types';
import { sharedAvailable } from '../../support/shared';
import { refiFile } from './helpers';
import { counterIds, sampleBundle } from './sample-bundle';

const available = sharedAvailable();

function project(extra: Partial<QdpxProject>): QdpxProject {
  return { name: 'P', users: [], codes: [], sources: [], selections: [], mediaSelections: [], notes: [], cases: [], variables: [], sets: [], links: [], ...extra };
}

describe.skipIf(!available)('qdpxToBundle on real files', () => {
  it('turns the NVivo project into documents, segments and codings that quote the source', async () => {
    const p = (await readQdpx(refiFile('real', 'nvivo12.6win_oltas0517.REDACTED.qdpx'))).project!;
    const b = qdpxToBundle(p, counterIds());
    expect(b.coders.map((c) => c.name)).toEqual(['user1', 'user2']);
    expect(b.codes).toHaveLength(152);
    expect(b.documents).toHaveLength(2);
    for (const text of b.texts) {
      const source = p.sources.find((s) => s.guid === b.documents.find((d) => d.id === text.documentId)!.guid)!;
      expect(text.text).toBe(source.text);
      expect(text.text.includes('\r')).toBe(false);
      for (const turn of text.turns) expect(text.text.slice(turn.start, turn.end).trim()).not.toBe('');
    }
    const doc = b.documents[0]!;
    expect(doc).toMatchObject({ format: 'qdpx', contentHash: sha256Hex(b.texts[0]!.text), length: b.texts[0]!.text.length });
    expect(b.segments).toHaveLength(303);
    const texts = new Map(b.texts.map((t) => [t.documentId, t.text]));
    for (const s of b.segments) {
      const text = texts.get(s.documentId)!;
      expect(s.quote).toBe(text.slice(s.start, s.end));
      expect(s.prefix).toBe(text.slice(Math.max(0, s.start - 32), s.start).replace(/^[\uDC00-\uDFFF]/, ''));
    }
    // NVivo for Windows wrote every Coding as user1's.
    expect(new Set(b.codings.map((c) => b.coders.find((k) => k.id === c.coderId)!.name))).toEqual(new Set(['user1']));
    // NVivo codes have no colour: every one gets a palette colour.
    expect(b.codes.every((c) => DEFAULT_PALETTE.includes(c.color) || c.color === '#00ff7f')).toBe(true);
    expect(b.codes.find((c) => c.name === '2. Attitűd szint az oltáshoz')!.description.definition).toMatch(/^Erősen szkeptikus/);
  });

  it('lists the sources it could not make documents of, with the reason', async () => {
    const p = (await readQdpx(refiFile('real', 'atlasti8.4_spec-example_no-sources.qdpx'))).project!;
    const b = qdpxToBundle(p, counterIds());
    expect(b.documents).toHaveLength(0);
    const reasons = sourcesNotImported(p).map((x) => x.reason);
    expect(reasons).toHaveLength(12);
    expect(reasons.filter((r) => r === 'its file is missing from the archive')).toHaveLength(6);
    // Notes linked to something not imported (a video quotation) are kept in the project memo.
    expect(b.project.memo).toContain('My favorite Coke ad');
    expect(b.project.memo).toContain('This is a great project by a dynamic team of researcher-developers.');
  });

  it('makes participants and typed attributes of cases and variables', async () => {
    const p = (await readQdpx(refiFile('synthetic', 'case-variables.qdpx'))).project!;
    const b = qdpxToBundle(p, counterIds());
    expect(b.participants).toMatchObject([{ name: 'Alice', ref: 'P01', speakerLabels: [] }]);
    expect(b.documents[0]!.participantIds).toEqual([b.participants[0]!.id]);
    expect(b.attributes.map((a) => [a.name, a.type])).toEqual([['age', 'number'], ['smoker', 'category']]);
    expect(b.attributeValues.map((v) => v.value)).toEqual(['42', 'maybe']);
  });
});

describe('qdpxToBundle details', () => {
  it('splits turns on blank lines without touching the text', () => {
    const text = '  First para\nstill first\n\n\n   \nSecond\n\nThird  ';
    expect(paragraphTurns(text).map((t) => text.slice(t.start, t.end))).toEqual(['  First para\nstill first', 'Second', 'Third  ']);
    expect(paragraphTurns('')).toEqual([{ start: 0, end: 0, speaker: null }]);
    expect(paragraphTurns(' \n ')).toEqual([{ start: 0, end: 3, speaker: null }]);
  });

  it('gives codings without a user an "Unknown coder" and codings by undeclared users their own coder', () => {
    const p = project({
      codes: [{ guid: 'c1', name: 'C', isCodable: true }],
      sources: [{ guid: 's1', name: 'S', kind: 'text', text: 'Hello world' }],
      selections: [{ guid: 'x1', sourceGuid: 's1', start: 0, end: 5, codings: [{ codeGuid: 'c1' }, { codeGuid: 'c1', userGuid: 'abcdef12-0000-4000-8000-000000000000' }] }],
    });
    const b = qdpxToBundle(p, counterIds());
    expect(b.coders.map((c) => c.name)).toEqual(['Unknown coder (not named in the file)', 'Unknown user abcdef12']);
    expect(b.codings).toHaveLength(2);
  });

  it('codes the whole text for a coding on a source, and drops selections with neither code nor memo', () => {
    const p = project({
      codes: [{ guid: 'c1', name: 'C', isCodable: true }],
      sources: [{ guid: 's1', name: 'S', kind: 'text', text: 'Whole text', codings: [{ codeGuid: 'c1' }] }],
      selections: [{ guid: 'x1', sourceGuid: 's1', start: 0, end: 5, codings: [] }, { guid: 'x2', sourceGuid: 's1', start: 6, end: 10, codings: [], description: 'memo' }],
    });
    const b = qdpxToBundle(p, counterIds());
    expect(b.segments.map((s) => [s.quote, s.memo])).toEqual([['text', 'memo'], ['Whole text', '']]);
    expect(b.codings).toHaveLength(1);
  });

  it('joins descriptions and notes into memos', () => {
    const p = project({
      description: 'Project description',
      noteGuids: ['n1'],
      codes: [{ guid: 'c1', name: 'C', isCodable: true, noteGuids: ['n2'] }],
      notes: [{ guid: 'n1', name: 'N1', text: 'About the project' }, { guid: 'n2', name: 'N2', text: 'About the code', description: 'Intro' }],
    });
    const b = qdpxToBundle(p, counterIds());
    expect(b.project.memo).toBe('Project description\n\nAbout the project');
    expect(b.codes[0]!.memo).toBe('Intro\n\nAbout the code');
  });

  it('splits a Verbatim description into its four parts, but not another tool\'s', () => {
    const parts = { definition: 'Def.', whenToUse: 'Use.', whenNotToUse: '', example: 'Ex:\n\nample.' };
    const text = composeDescription(parts)!;
    expect(text).toBe('Def.\n\nWhen to use: Use.\n\nExample: Ex:\n\nample.');
    expect(parseDescription(text, true)).toEqual(parts);
    expect(parseDescription(text, false)).toEqual({ definition: text, whenToUse: '', whenNotToUse: '', example: '' });
    expect(composeDescription({ definition: '', whenToUse: '', whenNotToUse: '', example: '' })).toBeUndefined();
  });
});

describe('bundleToQdpx', () => {
  it('keeps GUIDs, mints missing ones, and names every coding\'s user', () => {
    const b = sampleBundle();
    const p = bundleToQdpx(b);
    expect(p.users.map((u) => u.name)).toEqual(['Ana', 'Bo', 'Çelik']);
    expect(p.users[0]!.guid).toBe('0a0a0a0a-1111-4111-8111-111111111111');
    expect(p.users[1]!.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(p.selections.flatMap((s) => s.codings).every((c) => p.users.some((u) => u.guid === c.userGuid))).toBe(true);
    expect(p.codes.map((c) => c.name)).toEqual(['Work', 'Pressure', 'Noise', 'Breaks']);
    expect(p.notes).toEqual([{ guid: p.codes[1]!.noteGuids![0], name: 'Memo: Pressure', text: 'Code memo\r\nwith CRLF and 😀' }]);
    expect(p.variables.map((v) => [v.name, v.type])).toEqual([['age', 'Integer'], ['joined', 'Date'], ['smoker', 'Boolean'], ['role', 'Text'], ['notes', 'Text'], ['hours', 'Float']]);
    expect(p.cases.map((c) => [c.name, c.sourceGuids.length])).toEqual([['Nurse Ada', 2], ['Dr Bea', 1]]);
  });
});
