import { describe, expect, it } from 'vitest';
import type { Coding, DocumentMeta, DocumentText, Segment } from '../../../src/core/model';
import { planDocumentReading } from '../../../src/core/operations/document-reading';
import { quoteContext } from '../../../src/core/transcript/blocks';
import { sourceOf } from '../../../src/core/transcript/source';
import { currentReading, rereadDocument } from '../../../src/io/transcripts/reread';
import { parseFixture } from './helpers';

async function stored(name: string): Promise<{ meta: DocumentMeta; text: DocumentText }> {
  const parsed = await parseFixture(name);
  const meta: DocumentMeta = {
    id: 'd', projectId: 'p', title: parsed.title, format: parsed.format, contentHash: parsed.contentHash, importedAt: 0,
    length: parsed.text.length, wordCount: parsed.wordCount, speakers: parsed.speakers, memo: '', participantIds: [],
  };
  const text: DocumentText = { documentId: 'd', projectId: 'p', text: parsed.text, turns: parsed.turns, source: parsed.source!, reading: parsed.reading! };
  return { meta, text };
}

function segmentOn(text: string, words: string, id: string): Segment {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in the text`);
  return { id, projectId: 'p', documentId: 'd', coderId: 'me', start, end: start + words.length, ...quoteContext(text, start, start + words.length), memo: '', createdAt: 0 };
}

const codingOf = (segmentId: string): Coding => ({ id: `${segmentId}-c`, projectId: 'p', segmentId, documentId: 'd', codeId: 'c', coderId: 'me', createdAt: 0 });

describe('reading a document again', () => {
  it('reads the two-turn call as paragraphs, labels back in the text, and as turns again', async () => {
    const { meta, text } = await stored('two-turn.txt');
    expect(currentReading(text)).toEqual({ kind: 'turns', pattern: 'Name:' });
    const paragraphs = await rereadDocument(meta, text, 'paragraphs');
    if ('error' in paragraphs) throw new Error(paragraphs.error);
    expect(paragraphs.value.speakers).toEqual([]);
    expect(paragraphs.value.reading).toEqual({ kind: 'paragraphs' });
    expect(paragraphs.value.text).toContain('Interviewer: Could you say more');
    const turns = await rereadDocument(meta, { ...text, ...paragraphs.value }, 'turns');
    if ('error' in turns) throw new Error(turns.error);
    expect(turns.value.text).toBe(text.text);
    expect(turns.value.turns).toEqual(text.turns);
  });

  it('rebuilds the source of a document stored before sources were kept, reading back to the same turns', async () => {
    const { meta, text } = await stored('name-turns.txt');
    const old = { text: text.text, turns: text.turns };
    expect(sourceOf(old)).toMatch(/^Interviewer: Thank you/);
    const again = await rereadDocument(meta, old, 'turns');
    if ('error' in again) throw new Error(again.error);
    expect(again.value.text).toBe(text.text);
    expect(again.value.turns.map((t) => t.speaker)).toEqual(text.turns.map((t) => t.speaker));
  });

  it('carries passages over by their quotes, and lists (never drops unseen) one it cannot place', async () => {
    const { meta, text } = await stored('two-turn.txt');
    const paragraphs = await rereadDocument(meta, text, 'paragraphs');
    if ('error' in paragraphs) throw new Error(paragraphs.error);
    const asParagraphs: DocumentText = { ...text, ...paragraphs.value };
    const segments = [
      segmentOn(asParagraphs.text, 'chief executives trusted each other', 's1'),
      segmentOn(asParagraphs.text, 'Could you say more', 's2'),
      segmentOn(asParagraphs.text, 'Interviewer: Could', 's3'),
    ];
    const turns = await rereadDocument(meta, asParagraphs, 'turns');
    if ('error' in turns) throw new Error(turns.error);
    const plan = planDocumentReading({ ...meta, speakers: [] }, asParagraphs, turns.value, segments, segments.map((s) => codingOf(s.id)));
    expect(plan.carried).toBe(2);
    expect(plan.unplaced).toEqual([{ segmentId: 's3', quote: 'Interviewer: Could', codings: 1 }]);
    const moved = plan.changes.flatMap((c) => (c.op === 'put' && c.table === 'segments' ? [c.record as Segment] : []));
    for (const s of moved) expect(turns.value.text.slice(s.start, s.end)).toBe(s.quote);
    expect(moved.map((s) => s.id).sort()).toEqual(['s1', 's2']);
    expect(plan.changes).toContainEqual({ op: 'delete', table: 'codings', key: 's3-c' });
    expect(plan.changes).toContainEqual({ op: 'delete', table: 'segments', key: 's3' });
    const metaPut = plan.changes.find((c) => c.op === 'put' && c.table === 'documents');
    expect(metaPut).toMatchObject({ record: { speakers: ['Interviewer', 'Grace Okafor'], length: turns.value.text.length } });
  });
});
