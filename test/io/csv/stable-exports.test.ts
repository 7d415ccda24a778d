/**
 * Outputs that do not depend on how imports happened to run: the same files imported in any
 * order, with any ids and times, give the same quotes, segments and frequencies files; and the
 * interviewer's words in a short dialogue are never published or counted as the participant's.
 */
import { describe, expect, it } from 'vitest';
import { emptyBundle, type ProjectBundle } from '../../../src/core/bundle';
import { EMPTY_DESCRIPTION, type DocumentMeta, type Project } from '../../../src/core/model';
import { themeFrequencies } from '../../../src/core/frequencies/theme-frequencies';
import { selectQuotes } from '../../../src/core/quotes/select';
import { quoteContext } from '../../../src/core/transcript/blocks';
import { frequenciesCsv } from '../../../src/io/csv/frequencies-csv';
import { quotesCsv } from '../../../src/io/csv/quotes-csv';
import { segmentsCsv } from '../../../src/io/csv/segments-csv';
import type { ParsedTranscript } from '../../../src/io/transcripts/parse-file';
import { parseFixture } from '../transcripts/helpers';

const PROJECT: Project = { id: 'p', name: 'Study', createdAt: 0, updatedAt: 0, memo: '', attributionTemplate: '{role}' };

interface Imported {
  name: string;
  parsed: ParsedTranscript;
}

/** Quotes to code in each file, by their words, with the code to apply. */
const CODING: Record<string, [string, string][]> = {
  'two-turn.txt': [['Could you say more about that', 'prompt'], ['chief executives trusted each other', 'trust']],
  'name-turns.txt': [['Trust is built one decision at a time', 'trust'], ['The biggest change is money', 'money'], ['Could you tell me about your role', 'prompt']],
};

/**
 * A project made from `files` imported in the given order, with ids and times from `salt`, and
 * each file's passages coded in the order given by `reverseCoding`.
 */
function project(files: Imported[], salt: string, reverseCoding: boolean): ProjectBundle {
  const b = emptyBundle(PROJECT);
  b.coders.push({ id: `${salt}-coder`, projectId: 'p', name: 'Me', color: '#000000' });
  for (const [i, codeId] of ['prompt', 'trust', 'money'].entries()) {
    b.codes.push({ id: codeId, projectId: 'p', parentId: null, name: codeId, color: '#000000', description: { ...EMPTY_DESCRIPTION }, order: i, pinnedKey: null, isCodable: true, memo: '' });
  }
  b.participants.push({ id: 'grace', projectId: 'p', name: 'Grace Okafor', ref: 'P01', attributionOverride: 'Chief executive', speakerLabels: ['Grace Okafor'] });
  b.participants.push({ id: 'harriet', projectId: 'p', name: 'Harriet Obi', ref: 'P02', attributionOverride: 'District chief executive', speakerLabels: ['Harriet Obi'] });
  b.nonParticipantSpeakers.push({ id: 'p:interviewer', projectId: 'p', label: 'Interviewer' });
  files.forEach(({ name, parsed }, i) => {
    const id = `${salt}-doc-${i}`;
    const meta: DocumentMeta = {
      id, projectId: 'p', title: parsed.title, format: parsed.format, contentHash: parsed.contentHash, importedAt: 1000 * (i + 1),
      length: parsed.text.length, wordCount: parsed.wordCount, speakers: parsed.speakers, memo: '',
      participantIds: [name.startsWith('two-turn') ? 'grace' : 'harriet'],
    };
    b.documents.push(meta);
    b.texts.push({ documentId: id, projectId: 'p', text: parsed.text, turns: parsed.turns });
    const coding = reverseCoding ? [...CODING[name]!].reverse() : CODING[name]!;
    coding.forEach(([words, codeId], k) => {
      const start = parsed.text.indexOf(words);
      const segmentId = `${salt}-seg-${i}-${k}`;
      b.segments.push({ id: segmentId, projectId: 'p', documentId: id, coderId: `${salt}-coder`, start, end: start + words.length, ...quoteContext(parsed.text, start, start + words.length), memo: '', createdAt: k });
      b.codings.push({ id: `${segmentId}-c`, projectId: 'p', segmentId, documentId: id, codeId, coderId: `${salt}-coder`, createdAt: k });
    });
  });
  return b;
}

function exports(b: ProjectBundle): { quotes: string; segments: string; frequencies: string } {
  return {
    quotes: quotesCsv(selectQuotes(b).rows, { includeParticipantRef: true }),
    segments: segmentsCsv(b),
    frequencies: frequenciesCsv(themeFrequencies(b, { k: 1 }).rows),
  };
}

describe('exports do not depend on import order', () => {
  it('gives identical quotes, segments and frequencies files however the same files were imported', async () => {
    const files = await Promise.all(['two-turn.txt', 'name-turns.txt'].map(async (name) => ({ name, parsed: await parseFixture(name) })));
    const first = exports(project(files, 'a', false));
    const second = exports(project([...files].reverse(), 'b', true));
    expect(second).toEqual(first);
    expect(first.quotes.split('\r\n')[1]).toMatch(/^Q0001,prompt,/);
  });
});

describe('a short dialogue linked to its participant', () => {
  it('attributes the interviewer\'s question to the interviewer and never counts the participant for it', async () => {
    const parsed = await parseFixture('two-turn.txt');
    const b = project([{ name: 'two-turn.txt', parsed }], 'x', false);
    const rows = selectQuotes(b).rows;
    expect(rows.map((r) => [r.codePath, r.quote, r.attribution, r.participantRef])).toEqual([
      ['prompt', 'Could you say more about that', '[interviewer]', ''],
      ['trust', 'chief executives trusted each other', 'Chief executive', 'P01'],
    ]);
    const all = themeFrequencies(b, { k: 1 }).rows.filter((r) => r.group === 'All');
    expect(all.find((r) => r.code_path === 'prompt')).toMatchObject({ participants: '0', segments: '1' });
    expect(all.find((r) => r.code_path === 'trust')).toMatchObject({ participants: '1' });
  });

  it('does not give the participant an "Interviewer" turn even before the label is marked as not a participant', async () => {
    const parsed = await parseFixture('two-turn.txt');
    const b = project([{ name: 'two-turn.txt', parsed }], 'x', false);
    b.nonParticipantSpeakers = [];
    b.participants[0]!.speakerLabels = [];
    const prompt = selectQuotes(b).rows.find((r) => r.codePath === 'prompt');
    expect(prompt?.participantRef).toBe('');
    expect(prompt?.attribution).not.toBe('Chief executive');
  });
});

describe('a short dialogue read as paragraphs', () => {
  it('warns, naming nobody, when a quote lies after a label that is not the participant\'s', async () => {
    const parsed = await parseFixture('two-turn.txt');
    const paragraphs = { ...parsed, turns: parsed.turns.map((t) => ({ start: t.start, end: t.end, speaker: null })) };
    const b = project([{ name: 'two-turn.txt', parsed: paragraphs }], 'x', false);
    b.texts[0]!.text = 'Follow-up call with Grace Okafor\n\nInterviewer: Could you say more about that, Grace?\n\nGrace Okafor: We only got there because the chief executives trusted each other.';
    b.texts[0]!.turns = [{ start: 0, end: 32, speaker: null }, { start: 34, end: 85, speaker: null }, { start: 87, end: b.texts[0]!.text.length, speaker: null }];
    for (const s of b.segments) {
      s.start = b.texts[0]!.text.indexOf(s.quote);
      s.end = s.start + s.quote.length;
    }
    const selection = selectQuotes(b);
    expect(selection.warnings).toHaveLength(1);
    expect(selection.warnings[0]).toMatch(/^Q0001 starts after a "Name:" label that is not its participant's/);
    expect(selection.warnings[0]).not.toMatch(/Grace|Okafor|Interviewer/);
  });
});
