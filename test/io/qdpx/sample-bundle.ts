import { emptyBundle, type ProjectBundle } from '../../../src/core/bundle';
import type { Code, CodeDescription, Segment } from '../../../src/core/model';
import { paragraphTurns } from '../../../src/io/qdpx/paragraphs';

/** Counter ids (`id-1`, `id-2`, …) so bundles are reproducible in tests. */
export function counterIds(prefix = 'id'): { newId(): string; now: number } {
  let n = 0;
  return { newId: () => `${prefix}-${++n}`, now: Date.UTC(2025, 0, 15, 9, 30) };
}

const NOW = Date.UTC(2025, 0, 15, 9, 30);
const EMPTY: CodeDescription = { definition: '', whenToUse: '', whenNotToUse: '', example: '' };

// Normalised (NFC, LF) texts with emoji, a combining mark that has no precomposed form (q̇),
// accents, quotes and XML-special characters.
const TEXT_A = 'Interviewer: How was the ward? 😀\n\nNurse: Busy & loud <always>. We coped, mostly.\nThe q\u0307uiet hours were rare.\n\nInterviewer: Thank you.';
const TEXT_B = 'Doctor: Rotas change weekly 🏥🧑🏽‍⚕️.\n\nCafé breaks are “sacred”. Ça va.';

/**
 * A small but complete Verbatim project: three coders (one without GUID), a three-level codebook
 * with a folder code, colours, four-part descriptions and memos (with CRLF and emoji), two
 * documents with emoji and combining marks, segments coded by several coders, an annotation
 * without codes, two participants with number, date, category and text attributes.
 */
export function sampleBundle(): ProjectBundle {
  const b = emptyBundle({
    id: 'p1', name: 'Ward study ✨', createdAt: NOW - 86_400_000, updatedAt: NOW,
    memo: 'Project memo line 1\r\nline 2 with emoji 🎉 and <tags> & "quotes"', attributionTemplate: '{role}',
  });
  b.coders.push(
    { id: 'u1', projectId: 'p1', name: 'Ana', color: '#e69f00', guid: '0a0a0a0a-1111-4111-8111-111111111111' },
    { id: 'u2', projectId: 'p1', name: 'Bo', color: '#56b4e9' },
    { id: 'u3', projectId: 'p1', name: 'Çelik', color: '#009e73' },
  );
  const code = (id: string, parentId: string | null, name: string, order: number, extra: Partial<Code> = {}): Code => ({
    id, projectId: 'p1', parentId, name, color: '#56b4e9', description: EMPTY, order, pinnedKey: null, isCodable: true, memo: '', ...extra,
  });
  b.codes.push(
    code('c1', null, 'Work', 0, { isCodable: false, color: '#e69f00', description: { ...EMPTY, definition: 'Everything about work.' } }),
    code('c2', 'c1', 'Pressure', 0, {
      description: { definition: 'Felt pressure.', whenToUse: 'Explicit mentions.', whenNotToUse: 'Mere busyness.', example: '"Busy & loud"' },
      memo: 'Code memo\r\nwith CRLF and 😀',
    }),
    code('c3', 'c2', 'Noise', 0, { color: '#009e73', guid: 'c3c3c3c3-0000-4000-8000-000000000003' }),
    code('c4', null, 'Breaks', 1, { description: { ...EMPTY, whenToUse: 'Only this part.' } }),
  );
  const documents = [['d1', 'Interview 1', TEXT_A, 'Doc memo 1'], ['d2', 'Interview 2 🏥', TEXT_B, '']] as const;
  for (const [id, title, text, memo] of documents) {
    b.documents.push({
      id, projectId: 'p1', title, format: 'txt', contentHash: 'x', importedAt: NOW, length: text.length, wordCount: 0,
      speakers: [], memo, participantIds: id === 'd1' ? ['pa1'] : ['pa1', 'pa2'],
    });
    b.texts.push({ documentId: id, projectId: 'p1', text, turns: paragraphTurns(text) });
  }
  const segment = (id: string, documentId: string, coderId: string, text: string, quote: string, memo = ''): Segment => {
    const start = text.indexOf(quote);
    return {
      id, projectId: 'p1', documentId, coderId, start, end: start + quote.length, quote, prefix: '', suffix: '', memo, createdAt: NOW,
    };
  };
  // Three coders coded the same words of s1: each has a segment of their own.
  b.segments.push(
    segment('s1', 'd1', 'u1', TEXT_A, 'Busy & loud <always>', 'Segment memo\r\n😀'),
    segment('s1b', 'd1', 'u2', TEXT_A, 'Busy & loud <always>'),
    segment('s1c', 'd1', 'u3', TEXT_A, 'Busy & loud <always>'),
    segment('s2', 'd1', 'u2', TEXT_A, 'q\u0307uiet hours'),
    segment('s3', 'd1', 'u1', TEXT_A, 'How was the ward? 😀'),
    segment('s4', 'd2', 'u3', TEXT_B, 'Rotas change weekly 🏥🧑🏽‍⚕️'),
    segment('s5', 'd2', 'u1', TEXT_B, 'Café breaks are “sacred”', 'An annotation without codes'),
  );
  const coding = (id: string, segmentId: string, codeId: string, coderId: string) => ({
    id, projectId: 'p1', segmentId, documentId: b.segments.find((s) => s.id === segmentId)!.documentId, codeId, coderId, createdAt: NOW,
  });
  b.codings.push(
    coding('k1', 's1', 'c2', 'u1'), coding('k2', 's1b', 'c2', 'u2'), coding('k3', 's1c', 'c3', 'u3'),
    coding('k4', 's2', 'c3', 'u2'), coding('k5', 's3', 'c4', 'u1'), coding('k6', 's4', 'c2', 'u3'),
  );
  b.participants.push(
    { id: 'pa1', projectId: 'p1', name: 'Nurse Ada', ref: 'P01', attributionOverride: null, speakerLabels: ['Nurse'] },
    { id: 'pa2', projectId: 'p1', name: 'Dr Bea', ref: 'P02', attributionOverride: null, speakerLabels: ['Doctor'] },
  );
  const attribute = (id: string, name: string, type: 'number' | 'date' | 'category' | 'text', order: number) => ({ id, projectId: 'p1', name, type, order });
  b.attributes.push(
    attribute('a1', 'age', 'number', 0), attribute('a2', 'joined', 'date', 1),
    attribute('a3', 'smoker', 'category', 2), attribute('a4', 'role', 'category', 3), attribute('a5', 'notes', 'text', 4),
    attribute('a6', 'hours', 'number', 5),
  );
  const value = (participantId: string, attributeId: string, v: string) => ({ id: `${participantId}:${attributeId}`, projectId: 'p1', participantId, attributeId, value: v });
  b.attributeValues.push(
    value('pa1', 'a1', '34'), value('pa2', 'a1', '51'), value('pa1', 'a2', '2019-04-01'),
    value('pa1', 'a3', 'false'), value('pa2', 'a3', 'true'), value('pa1', 'a4', 'nurse'), value('pa2', 'a4', 'doctor'),
    value('pa1', 'a5', 'Prefers nights\r\nand quiet'), value('pa1', 'a6', '37.5'),
  );
  return b;
}
