/**
 * The demo project: five invented interviews about council leadership, a codebook of 13 codes
 * and about 45 coded passages, as a `ProjectBundle` ready to be saved. Pure: ids and the time
 * come from the caller, so tests are deterministic and storage decides the id scheme.
 */
import { emptyBundle, type ProjectBundle } from '../bundle';
import { DEFAULT_PALETTE } from '../codebook/palette';
import type { Code, DocumentMeta, Id, Project } from '../model';
import { DEFAULT_CODER_COLOR } from '../schema';
import { countWords } from '../text/normalise';
import { buildTextFromTurns, quoteContext } from '../transcript/blocks';
import { sha256Hex } from '../transcript/sha256';
import { DEMO_CODES } from './codebook';
import { ALEX_MORGAN } from './interviews/alex-morgan';
import { CATHERINE_HOLT } from './interviews/catherine-holt';
import { DANIEL_OSEI } from './interviews/daniel-osei';
import { NADIA_RAHMAN } from './interviews/nadia-rahman';
import { TOM_BRENNAN } from './interviews/tom-brennan';
import { DEMO_PASSAGES } from './passages';
import { DEMO_ATTRIBUTES, INTERVIEWER, type DemoInterview } from './types';

export const DEMO_PROJECT_NAME = 'Demo: Council leadership study';
export const DEMO_INTERVIEWS: readonly DemoInterview[] = [ALEX_MORGAN, CATHERINE_HOLT, DANIEL_OSEI, NADIA_RAHMAN, TOM_BRENNAN];
/** Codes pinned to number keys 1, 2, … in this order. */
export const DEMO_PINNED_CODES: readonly string[] = ['Leadership', 'Trust', 'Momentum', 'Risk', 'Partnership working'];

/** Where ids and the creation time come from. */
export interface DemoIds {
  /** A fresh, unique id on every call. */
  newId(): string;
  /** Milliseconds since the epoch, stamped on every record. */
  now: number;
}

/** Who the demo's coding belongs to: the local coder, so it can be undone and changed like their own. */
export interface DemoCoder {
  name: string;
  color: string;
  guid?: string;
}

interface DemoDocument {
  id: Id;
  text: string;
}

/**
 * Builds the demo project. Every segment lies on word boundaries with `quote === text.slice(start,
 * end)`, and every coding points at a code, segment and coder of the bundle. Throws only if the
 * demo data itself is inconsistent (a phrase not found exactly once), which the tests rule out.
 */
export function buildDemoBundle(ids: DemoIds, coder: DemoCoder = { name: 'You', color: DEFAULT_CODER_COLOR }): ProjectBundle {
  const bundle = emptyBundle(demoProject(ids));
  const coderId = ids.newId();
  bundle.coders.push({ id: coderId, projectId: bundle.project.id, ...coder });
  bundle.nonParticipantSpeakers.push({ id: ids.newId(), projectId: bundle.project.id, label: INTERVIEWER });
  const codeIds = addCodes(bundle, ids);
  const documents = addInterviews(bundle, ids);
  addPassages(bundle, ids, { codeIds, documents, coderId });
  return bundle;
}

function demoProject(ids: DemoIds): Project {
  return {
    id: ids.newId(),
    name: DEMO_PROJECT_NAME,
    createdAt: ids.now,
    updatedAt: ids.now,
    memo: 'A practice project with five invented interviews about leadership in local councils, health and business. '
      + 'Every person, council and place in it is fictional. Explore, code, and delete it when you are done.',
    attributionTemplate: '{role}',
  };
}

/** Adds the codebook in order, colours from the default palette; returns code ids by name. */
function addCodes(bundle: ProjectBundle, ids: DemoIds): Map<string, Id> {
  const codeIds = new Map<string, Id>();
  const siblingCounts = new Map<string | null, number>();
  DEMO_CODES.forEach((demo, i) => {
    const parentId = demo.parent === undefined ? null : (codeIds.get(demo.parent) ?? null);
    const order = siblingCounts.get(parentId) ?? 0;
    siblingCounts.set(parentId, order + 1);
    const pinned = DEMO_PINNED_CODES.indexOf(demo.name);
    const code: Code = {
      id: ids.newId(), projectId: bundle.project.id, parentId, name: demo.name,
      color: DEFAULT_PALETTE[i % DEFAULT_PALETTE.length] as string,
      description: { definition: demo.definition, whenToUse: demo.whenToUse, whenNotToUse: demo.whenNotToUse, example: demo.example },
      order, pinnedKey: pinned >= 0 ? pinned + 1 : null, isCodable: true, memo: '',
    };
    codeIds.set(demo.name, code.id);
    bundle.codes.push(code);
  });
  return codeIds;
}

/** Adds attribute definitions, then each interview's participant, values and document record. */
function addInterviews(bundle: ProjectBundle, ids: DemoIds): Map<string, DemoDocument> {
  const projectId = bundle.project.id;
  const attributeIds = DEMO_ATTRIBUTES.map((name, order) => {
    const id = ids.newId();
    bundle.attributes.push({ id, projectId, name, type: 'category', order });
    return id;
  });
  const documents = new Map<string, DemoDocument>();
  for (const interview of DEMO_INTERVIEWS) {
    const participantId = ids.newId();
    bundle.participants.push({
      id: participantId, projectId, name: interview.name, ref: interview.ref,
      attributionOverride: null, speakerLabels: [interview.name],
    });
    DEMO_ATTRIBUTES.forEach((name, i) => {
      const attributeId = attributeIds[i] as Id;
      bundle.attributeValues.push({ id: `${participantId}:${attributeId}`, projectId, participantId, attributeId, value: interview.attributes[name] });
    });
    documents.set(interview.ref, addDocument(bundle, ids, interview, participantId));
  }
  return documents;
}

function addDocument(bundle: ProjectBundle, ids: DemoIds, interview: DemoInterview, participantId: Id): DemoDocument {
  const { text, turns } = buildTextFromTurns(interview.turns.map(([speaker, body]) => ({ speaker, body })));
  const meta: DocumentMeta = {
    id: ids.newId(), projectId: bundle.project.id, title: interview.title, format: 'demo',
    contentHash: sha256Hex(text), importedAt: ids.now, length: text.length, wordCount: countWords(text),
    speakers: [...new Set(interview.turns.map(([speaker]) => speaker))], memo: interview.memo,
    participantIds: [participantId],
  };
  bundle.documents.push(meta);
  bundle.texts.push({ documentId: meta.id, projectId: bundle.project.id, text, turns });
  return { id: meta.id, text };
}

/** `[start, end)` of the only occurrence of `phrase` in `text`; throws when not exactly one. */
export function locatePhrase(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0 || text.indexOf(phrase, start + 1) >= 0) {
    throw new Error(`Demo data: "${phrase}" must occur exactly once in its interview`);
  }
  return { start, end: start + phrase.length };
}

interface PassageContext {
  codeIds: Map<string, Id>;
  documents: Map<string, DemoDocument>;
  coderId: Id;
}

/** Adds a segment per passage and a coding per code on it, all by the one coder. */
function addPassages(bundle: ProjectBundle, ids: DemoIds, context: PassageContext): void {
  const projectId = bundle.project.id;
  for (const passage of DEMO_PASSAGES) {
    const doc = context.documents.get(passage.ref);
    if (!doc) throw new Error(`Demo data: no interview ${passage.ref}`);
    const { start, end } = locatePhrase(doc.text, passage.phrase);
    const segmentId = ids.newId();
    bundle.segments.push({
      id: segmentId, projectId, documentId: doc.id, coderId: context.coderId, start, end, ...quoteContext(doc.text, start, end),
      memo: passage.memo ?? '', createdAt: ids.now,
    });
    for (const codeName of passage.codes) {
      const codeId = context.codeIds.get(codeName);
      if (!codeId) throw new Error(`Demo data: no code "${codeName}"`);
      bundle.codings.push({ id: ids.newId(), projectId, segmentId, documentId: doc.id, codeId, coderId: context.coderId, createdAt: ids.now });
    }
  }
}
