/**
 * An invented interview long enough that the virtualised transcript renders only a small part of
 * it: alternating turns of about 330 characters, built deterministically from a fixed set of
 * sentences. `plant` puts extra sentences into chosen turns (0-based) so a test knows exactly
 * where a word occurs.
 */
const QUESTIONS = [
  'How did the steering group decide what to fund first?',
  'What happened when the budget was cut in the second year?',
  'Who did you turn to when the plan stalled?',
  'How did residents hear about the changes?',
  'What would you do differently next time?',
];

const ANSWERS = [
  'We met every fortnight in the old library and argued about the allotments for months.',
  'The treasurer kept a spreadsheet of every promise, which helped when memories differed.',
  'Nobody wanted to be the one to close the youth club, so we kept postponing the vote.',
  'In the end the parish newsletter did more than any of our leaflets ever managed.',
  'I remember the rain on the windows and the kettle that never quite boiled.',
  'Volunteers came and went, but the same six people carried most of the work.',
  'The bus timetable changed twice, and each time the evening meetings emptied.',
];

export const LONG_SPEAKER = 'Wren Talbot';

export function longTranscript(turns: number, plant: Record<number, string> = {}): string {
  const lines: string[] = [];
  for (let t = 0; t < turns; t++) {
    const sentences: string[] = [];
    if (t % 2 === 0) {
      sentences.push(QUESTIONS[t % QUESTIONS.length]!);
    } else {
      for (let k = 0; k < 4; k++) sentences.push(ANSWERS[(t * 3 + k) % ANSWERS.length]!);
    }
    if (plant[t] !== undefined) sentences.splice(1, 0, plant[t]!);
    lines.push(`${t % 2 === 0 ? 'Interviewer' : LONG_SPEAKER}: ${sentences.join(' ')}`);
  }
  return `${lines.join('\n\n')}\n`;
}
