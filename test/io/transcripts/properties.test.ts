import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseBody } from '../../../src/core/transcript/blocks';
import { parseTranscriptFile } from '../../../src/io/transcripts/parse-file';
import { bytesOf, expectWellFormed, turnPairs, valueOf } from './helpers';

const NAMES = ['Interviewer', 'Alex Morgan', 'Dr Ruth Calloway', 'SAM OKAFOR', 'Participant 3'];

/** Words that cannot form a label: no colons, so a body line never reads as `Name:`. */
const word = fc.oneof(fc.stringMatching(/^[A-Za-z0-9'’éü,.?!-]{1,12}$/), fc.constantFrom('😀', 'Zoë', 'café'));
const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
const body = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));

/** A dialogue where every speaker talks at least twice, so the labels recur. */
const dialogue = fc
  .tuple(fc.shuffledSubarray(NAMES, { minLength: 2, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), body), { minLength: 1, maxLength: 12 }))
  .map(([speakers, extra]) => {
    const turns = speakers.flatMap((speaker) => [speaker, speaker]).map((speaker, i) => ({ speaker, body: `Turn ${i}.` }));
    for (const [pick, text] of extra) turns.splice(pick % (turns.length + 1), 0, { speaker: speakers[pick % speakers.length] as string, body: text });
    return turns;
  });

/** Any text at all, with characters that stress the parsers: colons, brackets, arrows, CR, marks. */
const awkwardText = fc.string({ unit: fc.constantFrom('a', 'B', ' ', ':', '\n', '\r', '#', '[', ']', '0', '1', '-', '>', '<', 'v', '\u0301', '😀', '\uFEFF', '\t'), maxLength: 400 });

describe('property: every parsed transcript is well formed', () => {
  it('holds for arbitrary awkward text in every text format', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom('a.txt', 'a.md', 'a.vtt', 'a.srt'), awkwardText, async (name, text) => {
      const result = await parseTranscriptFile(name, bytesOf(text));
      if ('value' in result) expectWellFormed(result.value);
    }), { numRuns: 400 });
  });

  it('holds for arbitrary WebVTT cue streams, with times within each turn ordered', async () => {
    const cue = fc.tuple(fc.nat(3_600_000), fc.nat(10_000), fc.option(fc.constantFrom(...NAMES)), line);
    await fc.assert(fc.asyncProperty(fc.array(cue, { minLength: 1, maxLength: 20 }), async (cues) => {
      const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23);
      const blocks = cues.map(([start, length, speaker, text]) =>
        `${stamp(start)} --> ${stamp(start + length)}\n${speaker ? `<v ${speaker}>${text}</v>` : text}`);
      const parsed = valueOf(await parseTranscriptFile('a.vtt', bytesOf(`WEBVTT\n\n${blocks.join('\n\n')}\n`)));
      expectWellFormed(parsed);
      for (const turn of parsed.turns) expect(turn.endMs).toBeGreaterThanOrEqual(turn.startMs as number);
    }), { numRuns: 200 });
  });
});

describe('property: a labelled dialogue round-trips', () => {
  it('gives back each speaker and body, offsets covering exactly the body', async () => {
    await fc.assert(fc.asyncProperty(dialogue, fc.constantFrom('\n\n', '\n'), fc.boolean(), async (turns, separator, crlf) => {
      let text = turns.map((turn) => `${turn.speaker}: ${turn.body}`).join(separator);
      if (crlf) text = text.replace(/\n/g, '\r\n');
      const parsed = valueOf(await parseTranscriptFile('dialogue.txt', bytesOf(text)));
      expectWellFormed(parsed);
      expect(turnPairs(parsed)).toEqual(turns.map((turn) => [turn.speaker, normaliseBody(turn.body)]));
    }), { numRuns: 200 });
  });

  it('round-trips as Markdown headings and as timestamped lines', async () => {
    await fc.assert(fc.asyncProperty(dialogue, async (turns) => {
      const markdown = turns.map((turn) => `### ${turn.speaker}\n\n${turn.body}`).join('\n\n');
      const fromMarkdown = valueOf(await parseTranscriptFile('d.md', bytesOf(markdown)));
      expect(turnPairs(fromMarkdown)).toEqual(turns.map((turn) => [turn.speaker, normaliseBody(turn.body)]));
      const timed = turns.map((turn, i) => `[00:${String(i % 60).padStart(2, '0')}:07] ${turn.speaker}: ${turn.body}`).join('\n\n');
      const fromTimed = valueOf(await parseTranscriptFile('d.txt', bytesOf(timed)));
      expect(fromTimed.turns.map((turn) => turn.startMs)).toEqual(turns.map((_, i) => (i % 60) * 60_000 + 7000));
    }), { numRuns: 100 });
  });
});
