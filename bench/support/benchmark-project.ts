import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { emptyBundle, type ProjectBundle } from '../../src/core/bundle';
import { DEFAULT_PALETTE } from '../../src/core/codebook/palette';
import { EMPTY_DESCRIPTION, type DocumentMeta, type DocumentText, type Turn } from '../../src/core/model';
import { quoteContext } from '../../src/core/transcript/blocks';
import { parseTranscriptFile } from '../../src/io/transcripts/parse-file';
import type { ParsedTranscript } from '../../src/io/transcripts/types';
import { prng } from './prng';

export const SHARED_BENCH = resolve(import.meta.dirname, '../../../shared/bench');

interface BenchSpan { id: number; startTxt: number; endTxt: number; codes: string[]; text: string }

/**
 * Maps an offset of `transcript.txt` (labels included) into the imported text, where each turn
 * keeps only its body: an offset inside a speaker label moves to the start of the body.
 */
function offsetMapper(raw: string, parsed: ParsedTranscript): (offset: number) => number {
  const starts: { rawBody: number; turnStart: number }[] = [];
  let cursor = 0;
  for (const turn of parsed.turns) {
    const body = parsed.text.slice(turn.start, turn.end);
    const at = raw.indexOf(body.slice(0, 40), cursor);
    if (at < 0) throw new Error('benchmark transcript does not line up with its import');
    starts.push({ rawBody: at, turnStart: turn.start });
    cursor = at + 1;
  }
  return (offset) => {
    let k = starts.length - 1;
    while (k > 0 && starts[k]!.rawBody > offset) k--;
    const s = starts[k]!;
    return s.turnStart + Math.max(0, offset - s.rawBody);
  };
}

/**
 * More coded spans on the same text, the way the shared ones are made (30–200 characters on word
 * boundaries inside one turn, 15% with two codes), seeded: the same spans every run.
 */
function extraSpans(text: string, turns: readonly Turn[], codeNames: string[], codings: number): { start: number; end: number; codes: string[] }[] {
  const r = prng(5000);
  const words = (from: number, to: number) => [...text.slice(from, to).matchAll(/\S+/g)].map((m) => [from + m.index, from + m.index + m[0].length] as const);
  const turnWords = turns.map((t) => words(t.start, t.end)).filter((w) => w.length > 8);
  const spans: { start: number; end: number; codes: string[] }[] = [];
  for (let made = 0; made < codings;) {
    const w = turnWords[Math.floor(r() * turnWords.length)]!;
    const first = Math.floor(r() * (w.length - 1));
    const start = w[first]![0];
    let last = first;
    const want = 30 + Math.floor(r() * 170);
    while (last + 1 < w.length && w[last + 1]![1] - start <= want) last++;
    const code = () => codeNames[Math.floor(r() * codeNames.length)]!;
    const codes = r() < 0.15 && made + 1 < codings ? [...new Set([code(), code()])] : [code()];
    spans.push({ start, end: w[last]![1], codes });
    made += codes.length;
  }
  return spans;
}

/**
 * The shared benchmark as a Verbatim project: the 100k-character transcript imported through
 * the real importer twice (one copy with the 1,000 coded spans, one plain copy as the baseline).
 * With `codings`, the coded copy gets generated spans up to that many codings.
 */
export async function benchmarkBundle(ids: { newId(): string }, { codings = 0 } = {}): Promise<{ bundle: ProjectBundle; codedTitle: string; plainTitle: string }> {
  const raw = readFileSync(resolve(SHARED_BENCH, 'transcript.txt'), 'utf8');
  const { codes: codeNames, spans } = JSON.parse(readFileSync(resolve(SHARED_BENCH, 'spans.json'), 'utf8')) as { codes: string[]; spans: BenchSpan[] };
  const parsed = await parseTranscriptFile('transcript.txt', new TextEncoder().encode(raw));
  if ('error' in parsed) throw new Error(parsed.error);
  const t = parsed.value;
  const now = Date.now();
  const bundle = emptyBundle({ id: ids.newId(), name: 'Benchmark', createdAt: now, updatedAt: now, memo: '', attributionTemplate: '{role}' });
  const coderId = ids.newId();
  bundle.coders.push({ id: coderId, projectId: bundle.project.id, name: 'You', color: '#5b6abf' });
  const codedTitle = codings ? `Interview 01 (${codings.toLocaleString('en')} codings)` : 'Interview 01 (1,000 codings)';
  const plainTitle = 'Interview 01 (no codings)';
  const docIds = [ids.newId(), ids.newId()];
  for (const [i, title] of [codedTitle, plainTitle].entries()) {
    const meta: DocumentMeta = {
      id: docIds[i]!, projectId: bundle.project.id, title, format: 'txt', contentHash: `${t.contentHash}-${i}`, importedAt: now + i,
      length: t.text.length, wordCount: t.wordCount, speakers: t.speakers, memo: '', participantIds: [],
    };
    const text: DocumentText = { documentId: meta.id, projectId: bundle.project.id, text: t.text, turns: t.turns };
    bundle.documents.push(meta);
    bundle.texts.push(text);
  }
  const codeId = new Map(codeNames.map((name, i) => {
    const id = ids.newId();
    bundle.codes.push({
      id, projectId: bundle.project.id, parentId: null, name, color: DEFAULT_PALETTE[i % DEFAULT_PALETTE.length]!,
      description: { ...EMPTY_DESCRIPTION }, order: i, pinnedKey: i < 9 ? i + 1 : null, isCodable: true, memo: '',
    });
    return [name, id] as const;
  }));
  const map = offsetMapper(raw, t);
  for (const span of spans) {
    const start = map(span.startTxt);
    const end = map(span.endTxt);
    if (end <= start) continue;
    const segmentId = ids.newId();
    bundle.segments.push({ id: segmentId, projectId: bundle.project.id, documentId: docIds[0]!, coderId, start, end, ...quoteContext(t.text, start, end), memo: '', createdAt: now });
    for (const c of span.codes) {
      bundle.codings.push({ id: ids.newId(), projectId: bundle.project.id, segmentId, documentId: docIds[0]!, codeId: codeId.get(c)!, coderId, createdAt: now });
    }
  }
  // With `codings`, generated spans are added until the coded copy has that many codings.
  const more = codings - bundle.codings.length;
  for (const span of more > 0 ? extraSpans(t.text, t.turns, codeNames, more) : []) {
    const segmentId = ids.newId();
    bundle.segments.push({ id: segmentId, projectId: bundle.project.id, documentId: docIds[0]!, coderId, start: span.start, end: span.end, ...quoteContext(t.text, span.start, span.end), memo: '', createdAt: now });
    for (const c of span.codes) {
      bundle.codings.push({ id: ids.newId(), projectId: bundle.project.id, segmentId, documentId: docIds[0]!, codeId: codeId.get(c)!, coderId, createdAt: now });
    }
  }
  return { bundle, codedTitle, plainTitle };
}
