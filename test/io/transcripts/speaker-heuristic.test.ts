import { describe, expect, it } from 'vitest';
import { parseLabelLine } from '../../../src/io/transcripts/speaker-labels';
import { expectWellFormed, parseText, turnPairs } from './helpers';

describe('parseLabelLine', () => {
  it.each([
    ['Alex Morgan: We started with the budget.', 'Alex Morgan', 'We started with the budget.', undefined],
    ['ALEX MORGAN: Yes.', 'ALEX MORGAN', 'Yes.', undefined],
    ['[00:01:02] Alex Morgan: Yes.', 'Alex Morgan', 'Yes.', 62000],
    ['00:01:02 Alex Morgan: Yes.', 'Alex Morgan', 'Yes.', 62000],
    ['(01:02) Interviewer: And then?', 'Interviewer', 'And then?', 62000],
    ['Alex Morgan [00:00:05.5]: Right.', 'Alex Morgan', 'Right.', 5500],
    ['**Interviewer:** Welcome.', 'Interviewer', 'Welcome.', undefined],
    ['**Interviewer**: Welcome.', 'Interviewer', 'Welcome.', undefined],
    ['Interviewer (Sam): Go on.', 'Interviewer (Sam)', 'Go on.', undefined],
    ['Q: Why?', 'Q', 'Why?', undefined],
    ['Dr. Funmi Adeyemi:', 'Dr. Funmi Adeyemi', '', undefined],
    ['Speaker 1  0:03', 'Speaker 1', '', 3000],
    ['Alex Morgan (she/her): Hello.', 'Alex Morgan (she/her)', 'Hello.', undefined],
    ['Morgan, Alex: Hello.', 'Morgan, Alex', 'Hello.', undefined],
  ])('reads %j as a label', (line, label, rest, startMs) => {
    const found = parseLabelLine(line, false);
    expect(found).toMatchObject({ label, rest, heading: false });
    expect(found?.startMs).toBe(startMs);
  });

  it.each([
    'http://example.org/agenda',
    'See https://example.org: it has the minutes',
    'At 10:30 we met the leader.',
    '10:30: the meeting started',
    'The one thing I would say is this: money.',
    'It was, frankly: awful.',
    'Well, honestly: no.',
    'Note: this is provisional.',
    'NB: figures exclude VAT.',
    'Date: 3 March 2024',
    'So: where were we?',
    'A ratio of 3:1',
    'Ajustement:rien',
    '- Alex: a list item',
    'Someone whose name is far too long to be a label at all: hi',
  ])('does not read %j as a label', (line) => {
    expect(parseLabelLine(line, false)).toBeNull();
  });

  it('reads Markdown headings only when asked, with an optional time', () => {
    expect(parseLabelLine('### Bea Kowalczyk', true)).toMatchObject({ label: 'Bea Kowalczyk', rest: '', heading: true });
    expect(parseLabelLine('## Bea Kowalczyk (00:02:10)', true)).toMatchObject({ label: 'Bea Kowalczyk', startMs: 130000 });
    expect(parseLabelLine('# Focus group: traders', true)).toBeNull();
    expect(parseLabelLine('### Bea Kowalczyk', false)).toBeNull();
  });
});

describe('speaker turns or paragraphs', () => {
  it('keeps an essay with a one-off "Note:" as paragraphs', async () => {
    const parsed = await parseText('notes.txt', 'The board met on Tuesday.\nNote: this was unusual.\n\nIt met again on Friday.');
    expect(parsed.speakers).toEqual([]);
    expect(turnPairs(parsed)).toEqual([[null, 'The board met on Tuesday.\nNote: this was unusual.'], [null, 'It met again on Friday.']]);
  });

  it('needs two distinct speakers: one label recurring alone stays text', async () => {
    const parsed = await parseText('b.txt', 'Background: the council merged.\n\nThe leader resigned.\n\nBackground: a second merger followed.');
    expect(parsed.speakers).toEqual([]);
    expect(parsed.text).toContain('Background: the council merged.');
  });

  it('needs labels in a third of the paragraphs: two recurring labels scattered through an essay stay text', async () => {
    const labels = new Map([[1, 'Method: interviews.'], [5, 'Outcome: savings.'], [9, 'Method: surveys.'], [13, 'Outcome: delays.']]);
    const paragraphs = Array.from({ length: 16 }, (_, i) => labels.get(i) ?? `Paragraph ${i} says something ordinary about services.`);
    const parsed = await parseText('essay.txt', paragraphs.join('\n\n'));
    expect(parsed.speakers).toEqual([]);
    expect(parsed.turns).toHaveLength(16);
  });

  it('leaves a header before the first speaker as paragraphs', async () => {
    const parsed = await parseText('h.txt', 'Interview 4\nProject Lead: K. Ward\n\nInterviewer: Ready?\n\nAlex: Yes.\n\nInterviewer: Good.\n\nAlex: Go on.');
    expect(turnPairs(parsed)).toEqual([
      [null, 'Interview 4\nProject Lead: K. Ward'],
      ['Interviewer', 'Ready?'], ['Alex', 'Yes.'], ['Interviewer', 'Good.'], ['Alex', 'Go on.'],
    ]);
  });

  it('accepts a name-like speaker heard once at the start of a paragraph', async () => {
    const parsed = await parseText('fg.txt', 'Facilitator: Views?\n\nAlex: Too slow.\n\nPriya Shah: I agree.\n\nFacilitator: Why?\n\nAlex: Money.');
    expect(parsed.speakers).toEqual(['Facilitator', 'Alex', 'Priya Shah']);
  });

  it('does not take a one-off label inside a paragraph, or a lower-case one, for a speaker', async () => {
    const text = 'Interviewer: Outcome?\n\nAlex: It went to committee.\nPlanning Committee: approved on the night.\n\nthe thing is: money\n\nInterviewer: Thanks.\n\nAlex: Welcome.';
    const parsed = await parseText('c.txt', text);
    expect(parsed.speakers).toEqual(['Interviewer', 'Alex']);
    expect(turnPairs(parsed)[1]).toEqual(['Alex', 'It went to committee.\nPlanning Committee: approved on the night.\n\nthe thing is: money']);
  });

  it('accepts a one-off speaker anywhere when turns are one line each', async () => {
    const parsed = await parseText('l.txt', 'Interviewer: a\nAlex: b\nInterviewer: c\nAlex: d\nPriya: e');
    expect(turnPairs(parsed)).toEqual([['Interviewer', 'a'], ['Alex', 'b'], ['Interviewer', 'c'], ['Alex', 'd'], ['Priya', 'e']]);
  });

  it('reads Otter-style "Name  0:15" lines with the text below', async () => {
    const parsed = await parseText('otter.txt', 'Speaker 1  0:00\nHello there.\n\nSpeaker 2  0:15\nHi.\nHow are you?\n\nSpeaker 1  1:02:03\nFine.');
    expectWellFormed(parsed);
    expect(turnPairs(parsed)).toEqual([['Speaker 1', 'Hello there.'], ['Speaker 2', 'Hi.\nHow are you?'], ['Speaker 1', 'Fine.']]);
    expect(parsed.turns.map((turn) => turn.startMs)).toEqual([0, 15000, 3723000]);
  });

  it('reads "00:01:02 Name:" lines', async () => {
    const parsed = await parseText('t.txt', '00:00:05 Interviewer: Start.\n00:00:09 Jo Bell: Fine.\n00:01:00 Interviewer: Next.\n00:01:30 Jo Bell: Done.');
    expect(parsed.turns.map((turn) => [turn.speaker, turn.startMs])).toEqual([['Interviewer', 5000], ['Jo Bell', 9000], ['Interviewer', 60000], ['Jo Bell', 90000]]);
  });

  it('keeps Markdown section headings that never recur as paragraphs', async () => {
    const parsed = await parseText('r.md', '## Introduction\nWhy we looked.\n\n## Method\nWe asked.\n\n## Findings\nThey answered.');
    expect(parsed.speakers).toEqual([]);
    expect(turnPairs(parsed).map(([, body]) => body)).toEqual(['Introduction', 'Why we looked.', 'Method', 'We asked.', 'Findings', 'They answered.']);
  });

  it('reads Name: turns in Markdown too, with bold labels', async () => {
    const parsed = await parseText('b.md', '**Interviewer:** Hello.\n\n**Tom:** Hi.\n\n**Interviewer:** Bye.\n\n**Tom:** Bye.');
    expect(turnPairs(parsed)).toEqual([['Interviewer', 'Hello.'], ['Tom', 'Hi.'], ['Interviewer', 'Bye.'], ['Tom', 'Bye.']]);
  });

  it('does not treat # headings as anything in a .txt file', async () => {
    const parsed = await parseText('h.txt', '### Not a heading here\nJust text.');
    expect(parsed.text).toBe('### Not a heading here\nJust text.');
  });

  it('reads a two-turn dialogue whose labels never recur as speaker turns', async () => {
    const parsed = await parseText('two.txt', 'Interviewer: Could you say more about that, Grace?\n\nGrace Okafor: We only got there because the chief executives trusted each other.');
    expectWellFormed(parsed);
    expect(parsed.speakers).toEqual(['Interviewer', 'Grace Okafor']);
    expect(turnPairs(parsed)).toEqual([
      ['Interviewer', 'Could you say more about that, Grace?'],
      ['Grace Okafor', 'We only got there because the chief executives trusted each other.'],
    ]);
  });

  it('reads a one-question e-mail reply: its header lines are a preamble, the answer one turn', async () => {
    const mail = [
      'From: Grace Okafor', 'Sent: 3 May 2024', 'To: Sam Reid', 'Subject: Re: one more question', '',
      'Interviewer: What changed after the merger?', '',
      'Grace Okafor: Mostly the budget round.', '', 'We stopped arguing about the split.', '', 'Best wishes,', 'Grace',
    ].join('\n');
    const parsed = await parseText('mail.txt', mail);
    expect(parsed.speakers).toEqual(['Interviewer', 'Grace Okafor']);
    expect(parsed.turns[0]).toMatchObject({ speaker: null, preamble: true });
    expect(turnPairs(parsed).slice(1)).toEqual([
      ['Interviewer', 'What changed after the merger?'],
      ['Grace Okafor', 'Mostly the budget round.\n\nWe stopped arguing about the split.\n\nBest wishes,\nGrace'],
    ]);
  });

  it('marks a title before the first speaker as a preamble, not a turn', async () => {
    const parsed = await parseText('t.txt', 'Follow-up call, 3 May\n\nInterviewer: Ready?\n\nAlex: Yes.');
    expect(parsed.turns.map((turn) => [turn.speaker, turn.preamble ?? false])).toEqual([[null, true], ['Interviewer', false], ['Alex', false]]);
  });

  it('never takes a level-1 Markdown heading for a speaker', async () => {
    const parsed = await parseText('t.md', '# Grace Okafor\n\nInterviewer: Ready?\n\nGrace Okafor: Yes.');
    expect(turnPairs(parsed)).toEqual([[null, 'Grace Okafor'], ['Interviewer', 'Ready?'], ['Grace Okafor', 'Yes.']]);
  });

  it.each([
    ['an essay citing one source and a note', 'The merger saved money.\n\nSource: council accounts, 2023.\n\nNote: figures are rounded.'],
    ['numbered steps', 'Step 1: open the file.\n\nStep 2: read it.\n\nStep 3: close it.'],
    ['report headings', 'Background: two councils merged.\n\nMethod: we interviewed staff.\n\nFindings: trust mattered.'],
    ['an e-mail header alone', 'From: Grace Okafor\nTo: Sam Reid\n\nThanks for the call.'],
    ['two labels in a long essay', ['Alex Morgan: an aside.', ...Array.from({ length: 6 }, (_, i) => `Paragraph ${i} of plain prose.`), 'Priya Shah: another aside.'].join('\n\n')],
    ['labels inside paragraphs', 'We met them.\nAlex Morgan: late as ever.\nPriya Shah: early.'],
    ['lower-case labels', 'the thing is: money\n\nthe other thing: time'],
  ])('keeps %s as paragraphs', async (_, text) => {
    const parsed = await parseText('p.txt', text);
    expect(parsed.speakers).toEqual([]);
    expect(parsed.turns.every((turn) => turn.speaker === null && turn.preamble === undefined)).toBe(true);
  });
});
