import { describe, expect, it } from 'vitest';
import { expectWellFormed, parseFixture, turnPairs } from './helpers';

/** Turn numbers as the transcript shows them: preamble paragraphs are not numbered. */
function numberedTurns(parsed: Awaited<ReturnType<typeof parseFixture>>): [number | null, string | null, string][] {
  let n = 0;
  return parsed.turns.map((turn) => [turn.preamble ? null : ++n, turn.speaker, parsed.text.slice(turn.start, turn.end)]);
}

describe('the same two-turn follow-up call as .txt, .md and .docx', () => {
  it.each(['two-turn.txt', 'two-turn.md', 'two-turn.docx'])('reads %s as a title and two speaker turns', async (name) => {
    const parsed = await parseFixture(name);
    expectWellFormed(parsed);
    expect(parsed.speakers).toEqual(['Interviewer', 'Grace Okafor']);
    expect(numberedTurns(parsed)).toEqual([
      [null, null, 'Follow-up call with Grace Okafor'],
      [1, 'Interviewer', 'Could you say more about that, Grace?'],
      [2, 'Grace Okafor', 'We only got there because the chief executives trusted each other.'],
    ]);
    expect(parsed.reading).toEqual({ kind: 'turns', pattern: 'Name:' });
  });

  it('gives the same text, turns and hash in every format', async () => {
    const [txt, md, docx] = await Promise.all(['two-turn.txt', 'two-turn.md', 'two-turn.docx'].map(parseFixture));
    for (const other of [md!, docx!]) {
      expect(other.text).toBe(txt!.text);
      expect(other.turns).toEqual(txt!.turns);
      expect(other.contentHash).toBe(txt!.contentHash);
      expect(turnPairs(other)).toEqual(turnPairs(txt!));
    }
  });
});
