/**
 * Fuzz run of the transcript importers (txt, md, docx, vtt, srt): random and mutated files, each
 * answered within 2 s with a transcript that keeps the text rule or a clear, bounded message.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseTranscriptFile, type TranscriptImport } from '../../src/io/transcripts/parse-file';
import { fixtureBytes } from '../io/transcripts/helpers';
import { awkwardText, expectClearMessage, expectTextRule, fuzzRuns, mutated, timed } from './fuzz-support';

function expectGoodAnswer(result: TranscriptImport): void {
  if ('error' in result) {
    expectClearMessage(result.error);
    if (result.details !== undefined) expect(result.details.length).toBeLessThanOrEqual(600);
    return;
  }
  const { text, turns, speakers, warnings } = result.value;
  expectTextRule(text);
  for (const speaker of speakers) expectTextRule(speaker);
  for (const warning of warnings) expectClearMessage(warning);
  let previous = 0;
  for (const turn of turns) {
    expect(turn.start).toBeGreaterThanOrEqual(previous);
    expect(turn.end).toBeGreaterThan(turn.start);
    previous = turn.end;
  }
  expect(previous).toBeLessThanOrEqual(text.length);
}

const encoder = new TextEncoder();

/** A Word document whose body paragraphs hold `paragraphs`, escaped or, with `raw`, as XML. */
function docxOf(paragraphs: string[], raw: boolean): Uint8Array {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${raw ? p : escape(p)}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

const property = (name: string, bytes: fc.Arbitrary<Uint8Array>) =>
  fc.asyncProperty(bytes, async (b) => expectGoodAnswer(await timed(() => parseTranscriptFile(name, b))));

describe('fuzz: transcript importers', () => {
  it.each([
    ['a.txt', 'name-turns.txt'], ['a.md', 'headings.md'], ['a.vtt', 'zoom.vtt'], ['a.srt', 'interview.srt'],
  ])('%s: random text, random bytes and mutated real files', async (name, seed) => {
    const runs = fuzzRuns(150);
    const inputs = fc.oneof(
      awkwardText.map((t) => encoder.encode(t)),
      fc.uint8Array({ maxLength: 400 }),
      mutated(fixtureBytes(seed)),
      awkwardText.map((t) => encoder.encode(name.endsWith('.vtt') ? `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${t}\n` : name.endsWith('.srt') ? `1\n00:00:01,000 --> 00:00:02,000\n${t}\n` : t)),
    );
    await fc.assert(property(name, inputs), { numRuns: runs });
  });

  it('a.docx: mutated Word files and Word files holding awkward text or markup', async () => {
    const runs = fuzzRuns(60);
    const inputs = fc.oneof(
      mutated(fixtureBytes('interview.docx')),
      mutated(fixtureBytes('two-turn.docx')),
      fc.array(awkwardText, { maxLength: 6 }).map((ps) => docxOf(ps, false)),
      fc.array(awkwardText, { maxLength: 6 }).map((ps) => docxOf(ps, true)),
      fc.uint8Array({ maxLength: 200 }).map((b) => Uint8Array.from([0x50, 0x4b, ...b])),
    );
    await fc.assert(property('a.docx', inputs), { numRuns: runs });
  });
});
