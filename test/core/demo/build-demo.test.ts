import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildDemoBundle, DEMO_PROJECT_NAME, locatePhrase } from '../../../src/core/demo/build-demo';
import { countWords } from '../../../src/core/text/normalise';
import { quoteContext } from '../../../src/core/transcript/blocks';

function build() {
  let next = 0;
  return buildDemoBundle({ newId: () => `id-${++next}`, now: 1_700_000_000_000 });
}

const bundle = build();
const textOf = (documentId: string) => bundle.texts.find((t) => t.documentId === documentId)!.text;
/** Whether `offset` falls between two letters or digits, inside a word. */
const cutsWord = (text: string, offset: number) => /[\p{L}\p{N}]/u.test(text[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[offset] ?? '');

describe('demo project', () => {
  it('is the council leadership study, attributed by role, coded by "You"', () => {
    expect(bundle.project).toMatchObject({ name: DEMO_PROJECT_NAME, attributionTemplate: '{role}', createdAt: 1_700_000_000_000 });
    expect(bundle.coders).toEqual([{ id: expect.any(String), projectId: bundle.project.id, name: 'You', color: '#5b6abf' }]);
    expect(bundle.nonParticipantSpeakers.map((s) => s.label)).toEqual(['Interviewer']);
  });

  it('has 4–6 interviews of 1,500–3,000 words between the interviewer and the interviewee', () => {
    expect(bundle.documents.length).toBeGreaterThanOrEqual(4);
    expect(bundle.documents.length).toBeLessThanOrEqual(6);
    for (const doc of bundle.documents) {
      const text = bundle.texts.find((t) => t.documentId === doc.id)!;
      const participant = bundle.participants.find((p) => p.id === doc.participantIds[0])!;
      expect(doc.wordCount).toBe(countWords(text.text));
      expect(doc.wordCount).toBeGreaterThanOrEqual(1500);
      expect(doc.wordCount).toBeLessThanOrEqual(3000);
      expect(doc).toMatchObject({ format: 'demo', length: text.text.length, speakers: ['Interviewer', participant.name] });
      expect(doc.contentHash).toBe(createHash('sha256').update(text.text, 'utf8').digest('hex'));
      expect(new Set(text.turns.map((t) => t.speaker))).toEqual(new Set(['Interviewer', participant.name]));
      for (const turn of text.turns) expect(text.text.slice(turn.start, turn.end).trim().length).toBeGreaterThan(0);
    }
  });

  it('has at least 10 described codes with colours, Leadership with two sub-codes', () => {
    expect(bundle.codes.length).toBeGreaterThanOrEqual(10);
    for (const code of bundle.codes) {
      expect(code.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(Object.values(code.description).every((field) => field.length > 20)).toBe(true);
    }
    const leadership = bundle.codes.find((c) => c.name === 'Leadership')!;
    expect(bundle.codes.filter((c) => c.parentId === leadership.id).map((c) => c.name)).toEqual(['Audacious leadership', 'Selflessness']);
    expect(new Set(bundle.codes.filter((c) => c.parentId === null).map((c) => c.color)).size).toBe(bundle.codes.filter((c) => c.parentId === null).length);
    expect(bundle.codes.filter((c) => c.pinnedKey !== null).map((c) => c.pinnedKey)).toEqual([1, 2, 3, 4, 5]);
  });

  it('has five participants P01–P05 whose attributes and speaker labels match their interviews', () => {
    expect(bundle.participants.map((p) => p.ref)).toEqual(['P01', 'P02', 'P03', 'P04', 'P05']);
    expect(bundle.attributes.map((a) => [a.name, a.type])).toEqual([['role', 'category'], ['organisation type', 'category'], ['region', 'category']]);
    const orgType = bundle.attributes.find((a) => a.name === 'organisation type')!;
    const orgTypes = bundle.attributeValues.filter((v) => v.attributeId === orgType.id).map((v) => v.value);
    expect(orgTypes).toEqual(['District', 'County', 'District', 'Health', 'Business']);
    for (const participant of bundle.participants) {
      expect(bundle.attributeValues.filter((v) => v.participantId === participant.id)).toHaveLength(3);
      const doc = bundle.documents.find((d) => d.participantIds.includes(participant.id))!;
      expect(doc.speakers).toContain(participant.speakerLabels[0]);
    }
    for (const value of bundle.attributeValues) expect(value.id).toBe(`${value.participantId}:${value.attributeId}`);
  });

  it('anchors every segment exactly, on word boundaries, with its stored context', () => {
    expect(bundle.segments.length).toBeGreaterThanOrEqual(35);
    for (const segment of bundle.segments) {
      const text = textOf(segment.documentId);
      expect(segment.quote).toBe(text.slice(segment.start, segment.end));
      expect(cutsWord(text, segment.start), segment.quote).toBe(false);
      expect(cutsWord(text, segment.end), segment.quote).toBe(false);
      expect(segment.quote.trim()).toBe(segment.quote);
      expect({ quote: segment.quote, prefix: segment.prefix, suffix: segment.suffix }).toEqual(quoteContext(text, segment.start, segment.end));
    }
  });

  it('spreads segments over every document, with overlaps and double-coded passages', () => {
    for (const doc of bundle.documents) expect(bundle.segments.filter((s) => s.documentId === doc.id).length).toBeGreaterThanOrEqual(5);
    const overlapping = bundle.segments.some((a) => bundle.segments.some((b) =>
      a !== b && a.documentId === b.documentId && a.start < b.end && b.start < a.end));
    expect(overlapping).toBe(true);
    const codesPerSegment = bundle.segments.map((s) => bundle.codings.filter((c) => c.segmentId === s.id).length);
    expect(codesPerSegment.every((n) => n >= 1)).toBe(true);
    expect(codesPerSegment.filter((n) => n === 2).length).toBeGreaterThanOrEqual(5);
  });

  it('references only records that exist, with unique ids', () => {
    const codeIds = new Set(bundle.codes.map((c) => c.id));
    const segmentIds = new Set(bundle.segments.map((s) => s.id));
    const coderIds = new Set(bundle.coders.map((c) => c.id));
    for (const coding of bundle.codings) {
      expect(codeIds.has(coding.codeId) && segmentIds.has(coding.segmentId) && coderIds.has(coding.coderId)).toBe(true);
    }
    const ids = [bundle.project.id, ...bundle.coders, ...bundle.documents, ...bundle.codes, ...bundle.segments, ...bundle.codings,
      ...bundle.participants, ...bundle.attributes, ...bundle.nonParticipantSpeakers].map((r) => (typeof r === 'string' ? r : r.id));
    expect(new Set(ids).size).toBe(ids.length);
    const all = [...bundle.coders, ...bundle.documents, ...bundle.texts, ...bundle.codes, ...bundle.segments, ...bundle.codings,
      ...bundle.participants, ...bundle.attributes, ...bundle.attributeValues, ...bundle.nonParticipantSpeakers];
    expect(all.every((r) => r.projectId === bundle.project.id)).toBe(true);
  });

  it('is deterministic for the same ids and time', () => {
    expect(build()).toEqual(bundle);
  });

  it('refuses a phrase that is missing or ambiguous', () => {
    expect(() => locatePhrase('one two one', 'one')).toThrow(/exactly once/);
    expect(() => locatePhrase('one two', 'three')).toThrow(/exactly once/);
    expect(locatePhrase('one two', 'two')).toEqual({ start: 4, end: 7 });
  });
});
