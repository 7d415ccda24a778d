import { describe, expect, it } from 'vitest';
import { expectWellFormed, parseFixture, turnPairs } from './helpers';

describe('plain text with Name: turns', () => {
  it('reads speakers, keeps a mid-turn "Note:", a time and a URL inside the body', async () => {
    const parsed = await parseFixture('name-turns.txt');
    expectWellFormed(parsed);
    expect(parsed).toMatchObject({ title: 'name-turns', format: 'txt', speakers: ['Interviewer', 'Harriet Obi'], warnings: [] });
    expect(turnPairs(parsed)).toEqual([
      ['Interviewer', 'Thank you for making the time. Could you tell me about your role?'],
      ['Harriet Obi', "Of course. I'm chief executive of Ashby Fields District Council. I've been in post\nfor about three years, and before that I was director of resources at a county council."],
      ['Interviewer', 'What has changed in that time?'],
      ['Harriet Obi', "Note: these are my own views, not the council's.\nThe biggest change is money. We had to find 4.2 million pounds of savings, and at 10:30 on a\nTuesday morning you cannot simply announce that the leisure centre is closing.\n\nWe spent a year talking to residents first. The consultation is still online at\nhttps://example.org/consultation if you want to see it."],
      ['Interviewer', 'How did members respond?'],
      ['Harriet Obi', 'Slowly, then all at once. Trust is built one decision at a time.'],
    ]);
  });

  it('keeps [hh:mm:ss] timestamps as startMs and reads turns one line each', async () => {
    const parsed = await parseFixture('timestamped-turns.txt');
    expectWellFormed(parsed);
    expect(parsed.speakers).toEqual(['Interviewer', 'Sunita Rao']);
    expect(parsed.turns.map((turn) => turn.startMs)).toEqual([4000, 11000, 62000, 69000, 100000, 104000]);
    expect(turnPairs(parsed).slice(3)).toEqual([
      ['Sunita Rao', 'In theory the chair. In practice whoever brings the money.'],
      ['Interviewer', "That's candid."],
      ['Sunita Rao', "It's true though."],
    ]);
    expect(parsed.text).not.toContain('[00:');
  });

  it('reads a document without speakers as paragraphs, "Source:" twice notwithstanding', async () => {
    const parsed = await parseFixture('paragraphs.txt');
    expectWellFormed(parsed);
    expect(parsed.speakers).toEqual([]);
    expect(parsed.turns.every((turn) => turn.speaker === null)).toBe(true);
    expect(turnPairs(parsed).map(([, body]) => body.slice(0, 20))).toEqual([
      'Field notes, Melton ', 'The meeting started ', "Source: the leader's", 'A ratio of 3:1 staff', 'Source: conversation',
    ]);
  });

  it('strips a BOM and CRLF line ends and trailing spaces', async () => {
    const parsed = await parseFixture('crlf-bom.txt');
    expectWellFormed(parsed);
    expect(turnPairs(parsed)).toEqual([
      ['Interviewer', 'How often does the health and wellbeing board meet?'],
      ['Ruth Calloway', 'Every six weeks. The agenda is always too long,\nand the prevention item is always last.'],
      ['Interviewer', 'Why last?'],
      ['Ruth Calloway', 'Because it never has a deadline attached.'],
    ]);
  });

  it('decodes UTF-16 LE and BE with a BOM to the same transcript', async () => {
    const le = await parseFixture('utf16le.txt');
    const be = await parseFixture('utf16be.txt');
    expectWellFormed(le);
    expect(be.text).toBe(le.text);
    expect(be.contentHash).toBe(le.contentHash);
    expect(turnPairs(le)[1]).toEqual(['Sam Okafor', 'Both councils, split sixty–forty by population. It’s written into the agreement.']);
  });

  it('composes decomposed accents, in bodies and speaker labels, and keeps emoji whole', async () => {
    const parsed = await parseFixture('emoji-accents.txt');
    expectWellFormed(parsed);
    expect(parsed.speakers).toEqual(['Interviewer', 'José Núñez']);
    const [, answer] = turnPairs(parsed)[1]!;
    expect(answer).toBe('Badly at first 😞, then the regulars came back 👍🏽. Zoë at the florist\nstarted a loyalty card with us, and the council put up a sign 🪧.');
    expect(turnPairs(parsed)[3]![1]).toContain('👨‍👩‍👧');
    expect(parsed.text).toContain('café');
  });
});

describe('Markdown', () => {
  it('takes ### headings as speakers, strips other heading marks and keeps emphasis as text', async () => {
    const parsed = await parseFixture('headings.md');
    expectWellFormed(parsed);
    expect(parsed.format).toBe('md');
    expect(parsed.speakers).toEqual(['Facilitator', 'Bea Kowalczyk', 'Tom Achterberg']);
    expect(turnPairs(parsed)).toEqual([
      [null, 'Focus group: town centre traders'],
      [null, 'Recorded at the Melton Vale Enterprise Hub. All names are invented.'],
      ['Facilitator', "Welcome, everyone. Could each of you say what you sell and how long you've traded here?"],
      ['Bea Kowalczyk', 'I run the florist on Market Street. *Honestly*, the parking charges have done more damage\nthan any online shop.'],
      ['Tom Achterberg', "Hardware, twenty-two years. I'd agree with **Bea** on parking."],
      ['Facilitator', 'What would you ask the council for, if you could ask for one thing?'],
      ['Bea Kowalczyk', 'Someone who answers the phone.'],
      [null, 'Closing remarks'],
      [null, 'The facilitator thanked the group.'],
    ]);
  });
});

describe('Word documents', () => {
  it('extracts raw text with mammoth and finds speaker turns in it', async () => {
    const parsed = await parseFixture('interview.docx');
    expectWellFormed(parsed);
    expect(parsed).toMatchObject({ title: 'interview', format: 'docx', speakers: ['Interviewer', 'Jordan Ellis'] });
    expect(turnPairs(parsed)).toEqual([
      [null, 'Interview with a county council chief executive'],
      ['Interviewer', 'How would you describe the relationship between the county and the districts?'],
      ['Jordan Ellis', 'Better than it was. Five years ago we met the district chief executives twice a year, and mostly to argue about waste collection.'],
      ['Interviewer', 'What changed?'],
      ['Jordan Ellis', 'A shared budget gap, frankly. When everyone is short of money, partnership stops being optional.\n\nThe second half of the answer continued in a new paragraph, as people do when they talk at length about Harrowfield’s café economy.'],
      ['Interviewer', 'Thank you.'],
    ]);
  });
});

describe('WebVTT', () => {
  it('reads Zoom "Name: text" cues, merges a speaker\'s consecutive cues and keeps their times', async () => {
    const parsed = await parseFixture('zoom.vtt');
    expectWellFormed(parsed);
    expect(parsed.speakers).toEqual(['Priya Nandakumar', 'Gareth Lloyd-Hughes']);
    expect(parsed.turns.map(({ startMs, endMs }) => [startMs, endMs])).toEqual([
      [1200, 5800], [6100, 17900], [18300, 24050], [24600, 36000], [36500, 41750], [42000, 49900],
    ]);
    expect(turnPairs(parsed)[1]).toEqual(['Gareth Lloyd-Hughes', "Sure. I'm director of place at Wyndmoor District Council, so housing, planning and regeneration. It's a broad brief, and honestly the budget is the thing that keeps me awake."]);
    expect(turnPairs(parsed)[3]![1]).toMatch(/^Note: these figures are provisional\. /);
  });

  it('reads Teams voice tags, skips NOTE and STYLE blocks and identifiers, strips tags and entities', async () => {
    const parsed = await parseFixture('teams.vtt');
    expectWellFormed(parsed);
    expect(parsed.speakers).toEqual(['Interviewer', 'Dr Funmi Adeyemi']);
    expect(turnPairs(parsed)).toEqual([
      ['Interviewer', 'Can you tell me how commissioning decisions are made in Eastfold?'],
      ['Dr Funmi Adeyemi', 'We work through the integrated care board, but a lot is still negotiated place by place & partner by partner.'],
      ['Interviewer', 'Where does the district council come in?'],
      ['Dr Funmi Adeyemi', 'Housing and leisure, mostly. Prevention lives in the district, whatever the org chart says.'],
      ['Interviewer', "That's helpful, thank you."],
    ]);
    expect(parsed.turns[1]).toMatchObject({ startMs: 7120, endMs: 15480 });
    expect(parsed.text).not.toMatch(/NOTE|::cue|3f6c2a1e|-->/);
  });
});

describe('SRT', () => {
  it('reads numbered cues with comma times, optional speakers and italics', async () => {
    const parsed = await parseFixture('interview.srt');
    expectWellFormed(parsed);
    expect(parsed.format).toBe('srt');
    expect(turnPairs(parsed)).toEqual([
      ['Interviewer', 'How long has the bakery been on the high street?'],
      ['Marek Szymanski', 'Eleven years this spring. My aunt opened it, and I took over in 2019. Back then the council barely knew we existed.'],
      ['Interviewer', 'And now?'],
      ['Marek Szymanski', "Now there's a business forum every quarter. They listen, but nothing moves fast."],
    ]);
    expect(parsed.turns[1]).toMatchObject({ startMs: 4200, endMs: 15300 });
  });
});
