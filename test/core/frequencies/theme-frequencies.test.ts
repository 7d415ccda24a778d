import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { themeFrequencies, type FrequencyRow } from '../../../src/core/frequencies/theme-frequencies';
import { descendantIds } from '../../../src/core/codebook/tree';
import { emptyBundle } from '../../../src/core/bundle';
import type { Segment } from '../../../src/core/model';
import { attribute, code, coding, NAMES, participant, project, PROJECT_ID, study, transcript, value } from '../quotes/study';
import { world } from './world';

const row = (rows: FrequencyRow[], path: string, group = 'All') => rows.find((r) => r.code_path === path && r.group === group);
const counts = (r: FrequencyRow | undefined) => r && [r.participants, r.documents, r.segments];

describe('themeFrequencies: distinct counting', () => {
  it('counts a theme over its descendants without summing children', () => {
    const w = world({ District: ['a', 'b', 'c'] }, [['trust', null], ['build', 'trust'], ['doubt', 'trust']]);
    w.say('a', 'build');
    w.say('a', 'doubt');
    w.say('b', 'build', 'doubt'); // one segment, two sub-codes
    w.say('c', 'trust');
    const { rows } = themeFrequencies(w.bundle, { k: 1 });
    expect(counts(row(rows, 'trust/build'))).toEqual(['2', '2', '2']);
    expect(counts(row(rows, 'trust/doubt'))).toEqual(['2', '2', '2']);
    // Summing children would give 4 participants and 4 segments; distinct is 3 and 4 (own segment included).
    expect(counts(row(rows, 'trust'))).toEqual(['3', '3', '4']);
    expect(row(rows, 'trust')?.participants_in_group).toBe('3');
  });

  it('can count each code on its own', () => {
    const w = world({ District: ['a', 'b', 'c'] }, [['trust', null], ['build', 'trust']]);
    w.say('a', 'build');
    w.say('b', 'build');
    w.say('c', 'trust');
    const { rows } = themeFrequencies(w.bundle, { k: 1, includeDescendants: false });
    expect(counts(row(rows, 'trust'))).toEqual(['1', '1', '1']);
  });

  it('counts the speakers of a segment, not everyone in the document', () => {
    const { rows } = themeFrequencies(study(), { k: 1, groupByAttributeId: 'a-type' });
    // Distrust: s2 (P01 naming a county officer) and s4 (P02, county).
    expect(counts(row(rows, 'Trust/Distrust of county', 'organisation type=County'))).toEqual(['1', '1', '1']);
    expect(counts(row(rows, 'Trust/Distrust of county', 'organisation type=District'))).toEqual(['1', '1', '1']);
    // Building trust in the focus group: s6 spans P03 and P05, s7 is P05's → 2 district participants there.
    expect(counts(row(rows, 'Trust/Building trust', 'organisation type=District'))).toEqual(['3', '2', '4']);
  });

  it('theme counts lie between the largest child and the sum of own and children (property)', () => {
    const tree = fc.array(fc.nat(), { minLength: 2, maxLength: 7 }).map((parents) => parents.map((p, i): [string, string | null] => [`c${i}`, i === 0 ? null : `c${p % i}`]));
    const said = fc.array(fc.tuple(fc.nat(4), fc.array(fc.nat(6), { minLength: 1, maxLength: 3 })), { maxLength: 25 });
    fc.assert(fc.property(tree, said, (codes, lines) => {
      const w = world({ A: ['p0', 'p1'], B: ['p2', 'p3', 'p4'] }, codes);
      for (const [p, cs] of lines) w.say(`p${p}`, ...cs.map((c) => `c${c % codes.length}`));
      const themed = themeFrequencies(w.bundle, { k: 1 }).rows;
      const own = themeFrequencies(w.bundle, { k: 1, includeDescendants: false }).rows;
      for (const [id, parent] of codes) {
        const children = codes.filter(([, p]) => p === id).map(([c]) => c);
        const path = (c: string) => themed.find((r) => r.code_path.split('/').at(-1) === c)!;
        for (const key of ['participants', 'documents', 'segments'] as const) {
          const theme = Number(path(id)[key]);
          const parts = children.map((c) => Number(path(c)[key]));
          const ownCount = Number(own.find((r) => r.code_path === path(id).code_path)![key]);
          expect(theme).toBeGreaterThanOrEqual(Math.max(ownCount, ...parts));
          expect(theme).toBeLessThanOrEqual(ownCount + parts.reduce((s, x) => s + x, 0));
        }
        // Brute force: distinct participants over the subtree.
        const subtree = new Set(descendantIds(w.bundle.codes, id));
        const segs = new Set(w.bundle.codings.filter((c) => subtree.has(c.codeId)).map((c) => c.segmentId));
        const people = new Set(w.bundle.segments.filter((s) => segs.has(s.id)).map((s) => s.documentId));
        expect(Number(path(id).participants)).toBe(people.size);
        expect(parent === null || path(id).code_path.includes('/')).toBe(true);
      }
    }), { numRuns: 60 });
  });
});

describe('themeFrequencies: group breakdown', () => {
  /** Three focus groups; participant `p<i>` (group A when i < 3, else B) speaks as `p<i>` in any of them. */
  const focusGroups = (turnSpeakers: number[][]) => {
    const bundle = emptyBundle(project());
    bundle.attributes = [attribute('type', 'organisation type')];
    for (let i = 0; i < 6; i++) {
      bundle.participants.push(participant(`p${i}`, `Person ${i}`, `P${i}`, [`p${i}`]));
      bundle.attributeValues.push(value(`p${i}`, 'type', i < 3 ? 'A' : 'B'));
    }
    const docs = turnSpeakers.map((speakers, d) => transcript(`doc-${d}`, `Group ${d}`, speakers.map((p) => [`p${p}`, 'word '.repeat(20)]), [...new Set(speakers.map((p) => `p${p}`))]));
    for (const doc of docs) { bundle.documents.push(doc.meta); bundle.texts.push(doc.text); }
    return { bundle, docs };
  };

  it('counts each group’s participants, documents and segments as a brute force over speakers does (property)', () => {
    const speakers = fc.array(fc.array(fc.nat(5), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 });
    const passages = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.array(fc.nat(3), { minLength: 1, maxLength: 2 })), { maxLength: 30 });
    const tree: [string, string | null][] = [['c0', null], ['c1', 'c0'], ['c2', 'c0'], ['c3', 'c1']];
    fc.assert(fc.property(speakers, passages, (turnSpeakers, said) => {
      const { bundle, docs } = focusGroups(turnSpeakers);
      bundle.codes = tree.map(([id, parent], i) => code(id, id, parent, i));
      const speakersOf = new Map<string, Set<string>>();
      said.forEach(([d, from, to, codes], n) => {
        const doc = docs[d % docs.length]!.text;
        const [a, b] = [from % doc.turns.length, to % doc.turns.length].sort((x, y) => x - y) as [number, number];
        // From inside turn a to inside turn b: its speakers are exactly those turns' speakers.
        const start = doc.turns[a]!.start + 2;
        const end = doc.turns[b]!.end - 2;
        const seg: Segment = { id: `s${n}`, projectId: PROJECT_ID, documentId: doc.documentId, coderId: 'coder', start, end, quote: doc.text.slice(start, end), prefix: '', suffix: '', memo: '', createdAt: 0 };
        bundle.segments.push(seg);
        speakersOf.set(seg.id, new Set(doc.turns.slice(a, b + 1).map((t) => t.speaker as string)));
        for (const c of new Set(codes)) bundle.codings.push({ ...coding(seg.id, `c${c}`), documentId: doc.documentId });
      });
      const { rows } = themeFrequencies(bundle, { k: 1, groupByAttributeId: 'type' });
      for (const [id] of tree) {
        const subtree = new Set(descendantIds(bundle.codes, id));
        const segs = bundle.segments.filter((s) => bundle.codings.some((c) => c.segmentId === s.id && subtree.has(c.codeId)));
        const path = rows.find((r) => r.group === 'All' && r.code_path.split('/').at(-1) === id)!.code_path;
        for (const [group, members] of [['A', ['p0', 'p1', 'p2']], ['B', ['p3', 'p4', 'p5']]] as const) {
          const inGroup = segs.filter((s) => [...speakersOf.get(s.id)!].some((p) => (members as readonly string[]).includes(p)));
          const people = new Set(segs.flatMap((s) => [...speakersOf.get(s.id)!].filter((p) => (members as readonly string[]).includes(p))));
          const expected = [people.size, new Set(inGroup.map((s) => s.documentId)).size, inGroup.length].map(String);
          expect(counts(row(rows, path, `organisation type=${group}`)), `${path} ${group}`).toEqual(expected);
        }
      }
    }), { numRuns: 80 });
  });
});

describe('themeFrequencies: suppression', () => {
  const groups = { County: ['c1', 'c2', 'c3', 'c4'], District: ['d1', 'd2', 'd3', 'd4', 'd5'] };

  it('writes 1..k-1 participants as <k and blanks that cell’s documents and segments', () => {
    const w = world(groups, [['finance', null]]);
    w.say('d1', 'finance');
    w.say('d1', 'finance');
    w.say('d2', 'finance');
    const { rows } = themeFrequencies(w.bundle, { k: 3 });
    expect(row(rows, 'finance')).toEqual({ code_path: 'finance', group: 'All', participants: '<3', participants_in_group: '9', documents: '', segments: '' });
  });

  it('publishes zeros and counts of k or more', () => {
    const w = world(groups, [['finance', null], ['unused', null]]);
    for (const p of ['d1', 'd2', 'd3']) w.say(p, 'finance');
    const { rows } = themeFrequencies(w.bundle, { k: 3, groupByAttributeId: 'type' });
    expect(counts(row(rows, 'finance'))).toEqual(['3', '3', '3']);
    expect(counts(row(rows, 'finance', 'organisation type=County'))).toEqual(['0', '0', '0']);
    expect(counts(row(rows, 'unused'))).toEqual(['0', '0', '0']);
  });

  it('does not break out a group with fewer than k participants', () => {
    const w = world({ ...groups, Unitary: ['u1', 'u2'] }, [['finance', null]]);
    for (const p of ['d1', 'd2', 'd3', 'c1', 'c2', 'c3', 'u1', 'u2']) w.say(p, 'finance');
    const result = themeFrequencies(w.bundle, { k: 3, groupByAttributeId: 'type' });
    expect(result.rows.map((r) => r.group)).toEqual(['All', 'organisation type=County', 'organisation type=District']);
    expect(result.notBrokenOut).toEqual(['organisation type=Unitary']);
    expect(row(result.rows, 'finance')?.participants_in_group).toBe('11');
  });

  it('suppresses a second cell when a single suppressed cell could be worked out from All', () => {
    const w = world(groups, [['finance', null]]);
    for (const p of ['d1', 'd2', 'd3', 'd4', 'c1']) w.say(p, 'finance');
    const { rows } = themeFrequencies(w.bundle, { k: 3, groupByAttributeId: 'type' });
    expect(counts(row(rows, 'finance'))).toEqual(['5', '5', '5']);
    expect(counts(row(rows, 'finance', 'organisation type=County'))).toEqual(['<3', '', '']);
    // All − County would reveal District, and All − District would reveal County: District is withheld too.
    expect(counts(row(rows, 'finance', 'organisation type=District'))).toEqual(['', '', '']);
    expect(row(rows, 'finance', 'organisation type=District')?.participants_in_group).toBe('5');
  });

  it('withholds the smallest non-zero other cell as the complement', () => {
    const w = world({ ...groups, Unitary: ['u1', 'u2', 'u3'] }, [['finance', null]]);
    for (const p of ['d1', 'd2', 'd3', 'd4', 'u1', 'u2', 'u3', 'c1']) w.say(p, 'finance');
    const { rows } = themeFrequencies(w.bundle, { k: 3, groupByAttributeId: 'type' });
    expect(counts(row(rows, 'finance', 'organisation type=County'))).toEqual(['<3', '', '']);
    expect(counts(row(rows, 'finance', 'organisation type=Unitary'))).toEqual(['', '', '']);
    expect(counts(row(rows, 'finance', 'organisation type=District'))).toEqual(['4', '4', '4']);
  });

  it('needs no complement when two cells are already suppressed', () => {
    const w = world({ ...groups, Unitary: ['u1', 'u2', 'u3'] }, [['finance', null]]);
    for (const p of ['d1', 'd2', 'd3', 'u1', 'c1']) w.say(p, 'finance');
    const { rows } = themeFrequencies(w.bundle, { k: 3, groupByAttributeId: 'type' });
    expect(rows.map((r) => r.participants)).toEqual(['5', '<3', '3', '<3']);
  });

  it('protects a small not-broken-out group that All minus the others would reveal', () => {
    const w = world({ ...groups, Unitary: ['u1', 'u2'] }, [['finance', null]]);
    for (const p of ['d1', 'd2', 'd3', 'c1', 'c2', 'c3', 'u1']) w.say(p, 'finance');
    const { rows } = themeFrequencies(w.bundle, { k: 3, groupByAttributeId: 'type' });
    // 7 − 3 − 3 would give the one Unitary participant: one published group is withheld.
    expect(rows.map((r) => r.participants)).toEqual(['7', '', '3']);
  });

  it('treats values differing only in case or spacing as one group', () => {
    const w = world({ District: ['d1', 'd2'], 'district ': ['d3'], County: ['c1', 'c2', 'c3'] }, [['finance', null]]);
    for (const p of ['d1', 'd2', 'd3']) w.say(p, 'finance');
    const { rows } = themeFrequencies(w.bundle, { groupByAttributeId: 'type' });
    expect(rows.map((r) => `${r.group}:${r.participants}/${r.participants_in_group}`)).toEqual([
      'All:3/6', 'organisation type=County:0/3', 'organisation type=District:3/3',
    ]);
  });

  it('puts participants without a value in a (no value) group', () => {
    const w = world({ District: ['d1', 'd2', 'd3'], '': ['x1', 'x2', 'x3'] }, [['finance', null]]);
    for (const p of ['d1', 'd2', 'd3', 'x1', 'x2', 'x3']) w.say(p, 'finance');
    const { rows } = themeFrequencies(w.bundle, { groupByAttributeId: 'type' });
    expect(rows.map((r) => `${r.group}:${r.participants}`)).toEqual(['All:6', 'organisation type=District:3', 'organisation type=(no value):3']);
  });

  it('redacts code paths when given the redaction list', () => {
    const w = world({ A: ['a1', 'a2', 'a3'] }, [['Melton merger', null]]);
    const redactions = [{ id: 'r', term: 'Melton', replacement: '[district]', caseSensitive: false, wholeWord: true }];
    expect(themeFrequencies(w.bundle, { redactions }).rows[0]?.code_path).toBe('[district] merger');
  });

  it('never prints a participant name and rejects a bad k or attribute', () => {
    const { rows } = themeFrequencies(study(), { groupByAttributeId: 'a-type' });
    const flat = JSON.stringify(rows);
    for (const name of NAMES) expect(flat).not.toContain(name);
    expect(() => themeFrequencies(study(), { k: 0 })).toThrow(RangeError);
    expect(() => themeFrequencies(study(), { k: 2.5 })).toThrow(RangeError);
    expect(() => themeFrequencies(study(), { groupByAttributeId: 'nope' })).toThrow(RangeError);
  });
});
