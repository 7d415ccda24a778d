/**
 * An invented interview study of shared services in English local government, for tests.
 * Every person, council and address here is made up (phone numbers and postcodes are from
 * the ranges reserved for drama and examples).
 */
import { emptyBundle, type ProjectBundle } from '../../../src/core/bundle';
import type {
  AttributeDef, AttributeValue, Code, Coding, DocumentMeta, DocumentText, Id, Participant, Project, Segment,
} from '../../../src/core/model';
import { EMPTY_DESCRIPTION } from '../../../src/core/model';

export const PROJECT_ID = 'proj-shared';

export function project(attributionTemplate = '{role}'): Project {
  return { id: PROJECT_ID, name: 'Melton shared services study', createdAt: 0, updatedAt: 0, memo: '', attributionTemplate };
}

export function code(id: Id, name: string, parentId: Id | null = null, order = 0): Code {
  return {
    id, projectId: PROJECT_ID, parentId, name, color: '#e69f00', description: { ...EMPTY_DESCRIPTION },
    order, pinnedKey: null, isCodable: true, memo: '',
  };
}

export function participant(id: Id, name: string, ref: string, speakerLabels: string[] = [], attributionOverride: string | null = null): Participant {
  return { id, projectId: PROJECT_ID, name, ref, attributionOverride, speakerLabels };
}

export function attribute(id: Id, name: string, type: AttributeDef['type'] = 'category', order = 0): AttributeDef {
  return { id, projectId: PROJECT_ID, name, type, order };
}

export function value(participantId: Id, attributeId: Id, v: string): AttributeValue {
  return { id: `${participantId}:${attributeId}`, projectId: PROJECT_ID, participantId, attributeId, value: v };
}

/** A document built from turns `[speaker | null, body]`, bodies separated by a blank line. */
export function transcript(id: Id, title: string, turns: [string | null, string][], participantIds: Id[]): { meta: DocumentMeta; text: DocumentText } {
  let text = '';
  const built = turns.map(([speaker, body]) => {
    if (text !== '') text += '\n\n';
    const start = text.length;
    text += body;
    return { start, end: text.length, speaker };
  });
  const speakers = [...new Set(turns.map(([s]) => s).filter((s): s is string => s !== null))];
  const meta: DocumentMeta = {
    id, projectId: PROJECT_ID, title, format: 'txt', contentHash: id, importedAt: 0, length: text.length,
    wordCount: text.split(/\s+/).length, speakers, memo: '', participantIds,
  };
  return { meta, text: { documentId: id, projectId: PROJECT_ID, text, turns: built } };
}

/** A segment over the `occurrence`-th appearance of `quote` (or from it to the end of `until`). */
export function segment(id: Id, doc: DocumentText, quote: string, until?: string, quoteRef?: string): Segment {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" not in ${doc.documentId}`);
  const end = until === undefined ? start + quote.length : doc.text.indexOf(until, start) + until.length;
  const s: Segment = {
    id, projectId: PROJECT_ID, documentId: doc.documentId, coderId: 'coder-1', start, end, quote: doc.text.slice(start, end),
    prefix: '', suffix: '', memo: '', createdAt: 0,
  };
  if (quoteRef !== undefined) s.quoteRef = quoteRef;
  documentOfSegment.set(id, s.documentId);
  return s;
}

/** Segments made by `segment`, so a coding can carry its segment's document. */
const documentOfSegment = new Map<Id, Id>();

export function coding(segmentId: Id, codeId: Id, coderId = 'coder-1'): Coding {
  const documentId = documentOfSegment.get(segmentId) ?? '';
  return { id: `${segmentId}>${codeId}>${coderId}`, projectId: PROJECT_ID, segmentId, documentId, codeId, coderId, createdAt: 0 };
}

export const NAMES = ['Jane Smith', 'Rajesh Patel', 'Olwen Hughes', 'Tomasz Nowak', 'Grace Okafor', 'Mark Ellison'];

/**
 * Four documents: an interview with a shared district chief executive (P01), one with a county
 * health lead (P02), a focus group of two district chief executives (P03, P05) led by a
 * facilitator, and an unlabelled written answer from a unitary director (P04). P06 has no document.
 */
export function study(): ProjectBundle {
  const b = emptyBundle(project('{role}'));
  b.coders = [{ id: 'coder-1', projectId: PROJECT_ID, name: 'Dr Amara Lewis', color: '#5b6abf' }];
  b.participants = [
    participant('p1', 'Jane Smith', 'P01', ['Jane Smith']),
    participant('p2', 'Rajesh Patel', 'P02', ['RP']),
    participant('p3', 'Olwen Hughes', 'P03', ['Olwen']),
    participant('p4', 'Tomasz Nowak', 'P04'),
    participant('p5', 'Grace Okafor', 'P05', ['Grace']),
    participant('p6', 'Mark Ellison', 'P06', [], 'Senior officer, {organisation type} council'),
  ];
  b.attributes = [attribute('a-type', 'organisation type'), attribute('a-role', 'role', 'text', 1), attribute('a-years', 'years in post', 'number', 2)];
  const roles: [Id, string, string][] = [
    ['p1', 'District', 'Shared district chief executive'],
    ['p2', 'County', 'County health lead'],
    ['p3', 'District', 'District chief executive'],
    ['p4', 'Unitary', 'Unitary director of public health'],
    ['p5', 'District', 'District chief executive'],
    ['p6', 'County', 'County finance director'],
  ];
  b.attributeValues = roles.flatMap(([p, type, role]) => [value(p, 'a-type', type), value(p, 'a-role', role)]);
  b.nonParticipantSpeakers = [{ id: 'np-1', projectId: PROJECT_ID, label: 'Interviewer' }, { id: 'np-2', projectId: PROJECT_ID, label: 'Facilitator' }];
  const d1 = transcript('d1', 'Interview 1', [
    ['Interviewer', 'How did the shared chief executive role start?'],
    ['Jane Smith', "When Melton and Harborough agreed to share me, trust was the whole thing. I told Rajesh Patel at the county that we needed their backing. Jane Smith's inbox is jane.smith@melton.gov.uk or ring 01632 960 123."],
    ['Interviewer', 'And the members?'],
    ['Jane Smith', 'The members were sceptical. Trust took two years. The office is at SW1A 1AA, and https://www.melton-harborough.gov.uk/shared has the business case.'],
  ], ['p1']);
  const d2 = transcript('d2', 'Interview 2', [
    ['Interviewer', 'What did the county make of it?'],
    ['RP', 'Honestly we did not trust the districts at first. The money was the real worry for the health board in Leicester.'],
  ], ['p2']);
  const d3 = transcript('d3', 'Focus group A', [
    ['Facilitator', 'What made the partnership work?'],
    ['Olwen', 'Audacious leadership, frankly. Somebody had to go first.'],
    ['Grace', 'And trust between the two leaders. Without it nothing moves.'],
  ], ['p3', 'p5']);
  const d4 = transcript('d4', 'Written answer', [[null, 'Public health money was ring-fenced, so we trusted the process more than the people.']], ['p4']);
  b.documents = [d1.meta, d2.meta, d3.meta, d4.meta];
  b.texts = [d1.text, d2.text, d3.text, d4.text];
  b.codes = [
    code('c-trust', 'Trust', null, 0), code('c-build', 'Building trust', 'c-trust', 0), code('c-distrust', 'Distrust of county', 'c-trust', 1),
    code('c-lead', 'Leadership', null, 1), code('c-bold', 'Audacious leadership', 'c-lead', 0),
    code('c-money', 'Finance', null, 2),
  ];
  b.segments = [
    segment('s1', d1.text, 'When Melton and Harborough', 'the whole thing.', 'Q0007'),
    segment('s2', d1.text, 'I told Rajesh Patel', 'their backing.'),
    segment('s3', d1.text, 'Trust took two years.'),
    segment('s4', d2.text, 'Honestly we did not trust the districts at first.'),
    segment('s5', d2.text, 'The money was the real worry'),
    segment('s6', d3.text, 'Audacious leadership, frankly.', 'Without it nothing moves.'),
    segment('s7', d3.text, 'And trust between the two leaders.'),
    segment('s8', d4.text, 'Public health money was ring-fenced', 'than the people.'),
  ];
  b.codings = [
    coding('s1', 'c-build'), coding('s2', 'c-distrust'), coding('s3', 'c-build'), coding('s3', 'c-build', 'coder-2'),
    coding('s4', 'c-distrust'), coding('s5', 'c-money'), coding('s6', 'c-bold'), coding('s6', 'c-build'),
    coding('s7', 'c-build'), coding('s8', 'c-money'), coding('s8', 'c-trust'),
  ];
  return b;
}
