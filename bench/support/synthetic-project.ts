import { emptyBundle, type ProjectBundle } from '../../src/core/bundle';
import { DEFAULT_PALETTE } from '../../src/core/codebook/palette';
import { EMPTY_DESCRIPTION, type Code, type Id, type Participant, type Turn } from '../../src/core/model';
import { countWords } from '../../src/core/text/normalise';
import { buildTextFromTurns, quoteContext } from '../../src/core/transcript/blocks';
import { sha256Hex } from '../../src/core/transcript/sha256';
import { prng } from './prng';

/** One attribute of the participants and the values it takes (a few participants are left without one). */
export interface SyntheticAttribute {
  name: string;
  values: readonly string[];
}

export interface SyntheticOptions {
  documents?: number;
  participants?: number;
  /** Codes in all: themes (top level), sub-codes, and a few sub-sub-codes. */
  codes?: number;
  codings?: number;
  attributes?: readonly SyntheticAttribute[];
  /** Range of each document's length in characters (before the last turn is finished). */
  documentChars?: readonly [number, number];
  /** Average codings per coded segment (≥ 1). */
  codingsPerSegment?: number;
  /** Seed of the PRNG: same seed and same ids, same project. */
  seed?: number;
  /** Timestamp stamped on every record. */
  now?: number;
}

export const DEFAULT_ATTRIBUTES: readonly SyntheticAttribute[] = [
  { name: 'role', values: ['Chief executive', 'Director', 'Senior manager', 'Manager', 'Officer', 'Councillor', 'Frontline worker'] },
  { name: 'organisation type', values: ['Council', 'NHS trust', 'Charity', 'Business', 'Housing association'] },
  { name: 'region', values: ['North East', 'North West', 'Yorkshire', 'East Midlands', 'West Midlands', 'East', 'London', 'South East', 'South West', 'Wales', 'Scotland'] },
];

export const INTERVIEWER_LABEL = 'Interviewer';

/** Ids in order, `${prefix}-000001`, …: with a fixed seed the whole bundle is then reproducible. */
export function sequentialIds(prefix: string): { newId(): string } {
  let n = 0;
  return { newId: () => `${prefix}-${String(++n).padStart(6, '0')}` };
}


type Random = () => number;
const int = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** Picks an index with the given cumulative weights (binary search). */
function weighted(r: Random, cumulative: Float64Array): number {
  const x = r() * (cumulative[cumulative.length - 1] as number);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function cumulate(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => { sum += w; out[i] = sum; });
  return out;
}

const FIRST_NAMES = ['Ada', 'Bilal', 'Carys', 'Dev', 'Elin', 'Femi', 'Greta', 'Hamid', 'Isla', 'Jonah', 'Kiran', 'Lowri', 'Mateo', 'Niamh', 'Oren', 'Priya', 'Quinn', 'Rhys', 'Sana', 'Tobias', 'Uma', 'Viktor', 'Wren', 'Yusuf', 'Zara'];
const LAST_NAMES = ['Ashdown', 'Brackley', 'Corrin', 'Dunmore', 'Elstead', 'Farrow', 'Glenholme', 'Harrop', 'Ilsley', 'Jessop', 'Kettering', 'Larkham', 'Marlow', 'Northam', 'Ockley', 'Penhale', 'Quarrie', 'Rothwell', 'Stanway', 'Tilbury'];
const THEMES = [
  'Leadership', 'Trust', 'Funding', 'Partnership working', 'Risk', 'Accountability', 'Workforce', 'Culture', 'Data and evidence',
  'Community voice', 'Digital change', 'Governance', 'Housing', 'Health inequality', 'Transport', 'Climate action', 'Procurement',
  'Commissioning', 'Politics', 'Regulation', 'Innovation', 'Wellbeing', 'Skills', 'Place', 'Resilience', 'Equity', 'Communication',
  'Performance', 'Prevention', 'Integration',
];
const ASPECTS = [
  'Barriers', 'Enablers', 'Examples', 'Impact', 'Tensions', 'Change over time', 'Values', 'Emotions', 'Workarounds', 'Evidence',
  'Turning points', 'Lessons', 'Costs', 'Expectations', 'Relationships',
];
const WORDS = (
  'we they the council people work team budget change trust decision community service services partner partners board officer '
  + 'plan plans meeting meetings year years money risk really think know just time way needed never always often sometimes local '
  + 'staff residents pressure priorities leadership culture evidence data report reports voice power shared honest difficult '
  + 'process policy strategy delivery outcomes funding cuts savings contract contracts market housing health care school schools '
  + 'transport climate digital system systems structure accountable accountability relationship relationships learning example '
  + 'moment point place area region national government minister ministers audit inspection scrutiny elected members chief '
  + 'executive director manager frontline volunteers charity business trusted listened changed started stopped built lost won '
  + 'felt saw said asked agreed argued moved kept tried managed led followed challenged supported worried hoped expected'
).split(' ');
const QUESTIONS = [
  'Can you tell me more about that?', 'How did that come about?', 'What happened next?', 'Who else was involved in that?',
  'How did that feel at the time?', 'What would you do differently now?', 'Why do you think that was?', 'Could you give me an example?',
  'How did the board respond?', 'What did that mean for your team?', 'Was that typical of how things worked?', 'And how is it now?',
];

function sentence(r: Random): string {
  const n = int(r, 6, 16);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(pick(r, WORDS));
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}${r() < 0.15 ? '?' : '.'}`;
}

function answer(r: Random, chars: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const s = sentence(r);
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ');
}

/** A code tree: themes, each with sub-codes; a theme's last two sub-codes sit under its first one. */
function addCodes(bundle: ProjectBundle, ids: { newId(): string }, count: number): Code[] {
  const projectId = bundle.project.id;
  const themeCount = Math.max(1, Math.round(count / 10));
  const make = (name: string, parentId: Id | null, order: number, index: number): Code => ({
    id: ids.newId(), projectId, parentId, name, color: DEFAULT_PALETTE[index % DEFAULT_PALETTE.length] as string,
    description: { ...EMPTY_DESCRIPTION }, order, pinnedKey: null, isCodable: true, memo: '',
  });
  const themes = Array.from({ length: themeCount }, (_x, t) => make(THEMES[t] ?? `Theme ${t + 1}`, null, t, t));
  const children: Code[][] = themes.map(() => []);
  for (let i = themeCount; i < count; i++) {
    const t = (i - themeCount) % themeCount;
    const siblings = children[t] as Code[];
    const name = ASPECTS[siblings.length] ?? `Aspect ${siblings.length + 1}`;
    siblings.push(make(name, (themes[t] as Code).id, siblings.length, i));
  }
  for (const siblings of children) {
    if (siblings.length < 4) continue;
    const head = siblings[0] as Code;
    siblings.slice(-2).forEach((c, i) => { c.parentId = head.id; c.order = i; });
  }
  const codes = [...themes, ...children.flat()];
  codes.filter((c) => c.parentId !== null).slice(0, 9).forEach((c, i) => { c.pinnedKey = i + 1; });
  bundle.codes.push(...codes);
  return codes;
}

function addParticipants(bundle: ProjectBundle, ids: { newId(): string }, r: Random, count: number, attributes: readonly SyntheticAttribute[]): Participant[] {
  const projectId = bundle.project.id;
  const attributeIds = attributes.map((a, order) => {
    const id = ids.newId();
    bundle.attributes.push({ id, projectId, name: a.name, type: 'category', order });
    return id;
  });
  const out: Participant[] = [];
  for (let p = 0; p < count; p++) {
    const first = FIRST_NAMES[p % FIRST_NAMES.length] as string;
    const last = LAST_NAMES[Math.floor(p / FIRST_NAMES.length) % LAST_NAMES.length] as string;
    const round = Math.floor(p / (FIRST_NAMES.length * LAST_NAMES.length));
    const name = round === 0 ? `${first} ${last}` : `${first} ${last} ${round + 1}`;
    const participant: Participant = {
      id: ids.newId(), projectId, name, ref: `P${String(p + 1).padStart(3, '0')}`, attributionOverride: null, speakerLabels: [name],
    };
    out.push(participant);
    bundle.participants.push(participant);
    attributes.forEach((a, i) => {
      if (r() < 0.03) return; // no value
      // Skewed: earlier values are more common, so group sizes differ.
      const value = a.values[Math.min(a.values.length - 1, Math.floor(a.values.length * r() * r() * 1.6))] as string;
      const attributeId = attributeIds[i] as Id;
      bundle.attributeValues.push({ id: `${participant.id}:${attributeId}`, projectId, participantId: participant.id, attributeId, value });
    });
  }
  return out;
}

interface Doc {
  id: Id;
  text: string;
  turns: Turn[];
  /** Word `[start, end)` offsets, in text order. */
  words: Int32Array;
  /** Per turn: first word index and one past the last. */
  turnWords: [number, number][];
  /** Participant turns (indices into `turns`), where most passages are coded. */
  answers: number[];
}

function wordsOf(text: string, turns: readonly Turn[]): { words: Int32Array; turnWords: [number, number][] } {
  const bounds: number[] = [];
  const turnWords: [number, number][] = [];
  const re = /[A-Za-z']+/g;
  for (const t of turns) {
    const first = bounds.length / 2;
    re.lastIndex = t.start;
    for (let m = re.exec(text); m && m.index < t.end; m = re.exec(text)) bounds.push(m.index, m.index + m[0].length);
    turnWords.push([first, bounds.length / 2]);
  }
  return { words: Int32Array.from(bounds), turnWords };
}

function addDocuments(bundle: ProjectBundle, ids: { newId(): string }, r: Random, participants: readonly Participant[], count: number, chars: readonly [number, number], now: number): Doc[] {
  const projectId = bundle.project.id;
  const docs: Doc[] = [];
  for (let d = 0; d < count; d++) {
    // Each participant is interviewed in document (index mod documents); a document with several is a focus group.
    const speakers = participants.filter((_p, i) => i % count === d);
    if (speakers.length === 0 && participants.length > 0) speakers.push(participants[d % participants.length] as Participant);
    const target = int(r, chars[0], chars[1]);
    const bodies: { speaker: string; body: string }[] = [];
    let length = 0;
    while (length < target) {
      const question = pick(r, QUESTIONS);
      bodies.push({ speaker: INTERVIEWER_LABEL, body: question });
      for (const s of speakers.length > 1 ? speakers.filter(() => r() < 0.6) : speakers) {
        const body = answer(r, int(r, 150, 650));
        bodies.push({ speaker: s.speakerLabels[0] as string, body });
        length += body.length + 2;
      }
      length += question.length + 2;
    }
    const { text, turns } = buildTextFromTurns(bodies);
    const title = speakers.length === 1 ? `Interview ${String(d + 1).padStart(3, '0')}` : `Focus group ${String(d + 1).padStart(3, '0')}`;
    const id = ids.newId();
    bundle.documents.push({
      id, projectId, title, format: 'txt', contentHash: sha256Hex(text), importedAt: now + d, length: text.length, wordCount: countWords(text),
      speakers: [INTERVIEWER_LABEL, ...speakers.map((s) => s.speakerLabels[0] as string)], memo: '', participantIds: speakers.map((s) => s.id),
    });
    bundle.texts.push({ documentId: id, projectId, text, turns });
    const { words, turnWords } = wordsOf(text, turns);
    const answers = turns.flatMap((t, i) => (t.speaker === INTERVIEWER_LABEL ? [] : [i]));
    docs.push({ id, text, turns, words, turnWords, answers });
  }
  return docs;
}

/**
 * A deterministic synthetic project at scale: interviews (or, with more participants than
 * documents, focus groups) of invented text with an interviewer and participant speaker turns,
 * participants with attribute values, a code tree, and coded passages on word boundaries, about
 * `codingsPerSegment` codings each, exactly `codings` in all. Passages sit mostly inside one
 * answer (some run on into the next turn) and overlap each other; code use is skewed (a few codes
 * carry most passages), and a passage's second code is often a sibling of its first, so the
 * co-occurrence matrices have structure. Same seed and same ids, same bundle; no `Math.random`.
 */
export function syntheticProject(ids: { newId(): string }, options: SyntheticOptions = {}): ProjectBundle {
  const {
    documents = 200, participants: participantCount = 200, codes: codeCount = 300, codings: codingCount = 50_000,
    attributes = DEFAULT_ATTRIBUTES, documentChars = [2000, 5000], codingsPerSegment = 1.3, seed = 1, now = Date.UTC(2026, 0, 1),
  } = options;
  const r = prng(seed);
  const bundle = emptyBundle({
    id: ids.newId(), name: `Synthetic: ${documents} documents, ${codingCount.toLocaleString('en')} codings`, createdAt: now, updatedAt: now,
    memo: 'Invented text for benchmarks.', attributionTemplate: '{role}',
  });
  const projectId = bundle.project.id;
  const coderId = ids.newId();
  bundle.coders.push({ id: coderId, projectId, name: 'You', color: '#5b6abf' });
  bundle.nonParticipantSpeakers.push({ id: ids.newId(), projectId, label: INTERVIEWER_LABEL });
  const codes = addCodes(bundle, ids, codeCount);
  const people = addParticipants(bundle, ids, r, participantCount, attributes);
  const docs = addDocuments(bundle, ids, r, people, documents, documentChars, now);
  if (codingCount === 0 || codes.length === 0 || docs.length === 0) return bundle;

  // Code popularity: Zipf-like over a shuffled order; themes themselves are coded less.
  const order = codes.map((_c, i) => i);
  for (let i = order.length - 1; i > 0; i--) { const j = int(r, 0, i); [order[i], order[j]] = [order[j] as number, order[i] as number]; }
  const weights = new Array<number>(codes.length);
  order.forEach((c, rank) => { weights[c] = (codes[c]!.parentId === null ? 0.3 : 1) / (rank + 1) ** 0.8; });
  const codeWeights = cumulate(weights);
  const siblings = new Map<Id | null, number[]>();
  codes.forEach((c, i) => siblings.set(c.parentId, [...(siblings.get(c.parentId) ?? []), i]));

  const segmentCount = Math.max(1, Math.min(codingCount, Math.round(codingCount / codingsPerSegment)));
  const docWeights = cumulate(docs.map((d) => d.text.length));
  const segmentCodes: number[][] = [];
  for (let s = 0; s < segmentCount; s++) {
    const doc = docs[weighted(r, docWeights)] as Doc;
    const turn = doc.answers.length > 0 ? pick(r, doc.answers) : int(r, 0, doc.turns.length - 1);
    const [first, last] = doc.turnWords[turn] as [number, number];
    if (last <= first) continue;
    const from = int(r, first, last - 1);
    // Most passages end inside their turn; about one in twelve runs on into the next turns.
    const runOn = r() < 0.08 && turn + 2 < doc.turnWords.length;
    const limit = runOn ? (doc.turnWords[turn + 2] as [number, number])[1] : last;
    const to = Math.min(limit - 1, from + int(r, 4, runOn ? 80 : 40));
    const start = doc.words[2 * from] as number;
    const end = doc.words[2 * to + 1] as number;
    bundle.segments.push({ id: ids.newId(), projectId, documentId: doc.id, coderId, start, end, ...quoteContext(doc.text, start, end), memo: '', createdAt: now + s });
    segmentCodes.push([weighted(r, codeWeights)]);
  }
  // The remaining codings go on random passages: half a sibling of the passage's first code, half any code.
  for (let extra = codingCount - segmentCodes.length, tries = 0; extra > 0 && tries < codingCount * 20; tries++) {
    const list = segmentCodes[int(r, 0, segmentCodes.length - 1)] as number[];
    const head = codes[list[0] as number] as Code;
    const c = r() < 0.5 ? pick(r, siblings.get(head.parentId) as number[]) : weighted(r, codeWeights);
    if (list.includes(c)) continue;
    list.push(c);
    extra--;
  }
  bundle.segments.forEach((segment, s) => {
    for (const c of segmentCodes[s] as number[]) {
      bundle.codings.push({ id: ids.newId(), projectId, segmentId: segment.id, documentId: segment.documentId, codeId: (codes[c] as Code).id, coderId, createdAt: now + s });
    }
  });
  return bundle;
}
