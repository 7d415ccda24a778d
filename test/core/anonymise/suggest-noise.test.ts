import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/anonymise/entities';

describe('identifying-word suggestions leave out noise', () => {
  it('never suggests the pronoun I, its contractions, days, months or holidays', () => {
    const text = "I'd say I'm tired. I've met Priya Shah in Melton every Monday since January, even at Christmas.";
    const terms = findEntities(text, { start: 0, end: text.length }).map((h) => h.text);
    for (const noise of ["I'd", "I'm", "I've", 'I', 'Monday', 'January', 'Christmas']) expect(terms).not.toContain(noise);
    expect(terms).toContain('Priya Shah');
    expect(terms.some((t) => t.includes('Melton'))).toBe(true);
  });

  it('never offers a sentence-initial word such as "Could" as a name, after a label or a full stop', () => {
    for (const text of ['Interviewer: Could you say more about that, Grace?', 'It worked. Should we go on? Would Melton agree?']) {
      const terms = findEntities(text, { start: 0, end: text.length }).map((h) => h.text);
      for (const noise of ['Could', 'Should', 'Would']) expect(terms).not.toContain(noise);
    }
    const text = 'Interviewer: Could you say more about that, Grace?';
    expect(findEntities(text, { start: 0, end: text.length }).map((h) => h.text)).toContain('Grace');
  });
});
