import type { ProjectBundle } from '../bundle';
import type { DocumentMeta, Id, Participant, Segment } from '../model';
import { createRedactor, type Redactor } from '../anonymise/redact';
import { outputRules } from '../anonymise/name-rules';
import { attributionResolver, INTERVIEWER_ATTRIBUTION, passageAttribution } from './attribution';
import { speakerResolver, type PassageSpeakerResolver } from './speakers';

/** The parts of a project that attributing a passage reads. */
export type AttributionSource = Pick<ProjectBundle,
  'project' | 'documents' | 'texts' | 'participants' | 'attributes' | 'attributeValues' | 'nonParticipantSpeakers'>;

/** Who speaks in a segment, as quoting sees it. */
export interface SegmentSpeakers {
  /** Participants speaking inside it, in speaking order: they are attributed. */
  speakers: Participant[];
  /** Its speakers, or — when nobody could be named and not only the interviewer speaks — the document's participants: quotes are filtered by these. */
  filterIds: Id[];
  /** Only the interviewer speaks in it. */
  interviewerOnly: boolean;
}

/** A function giving each segment's speakers; one speaker resolver per document, built on first use. */
export function segmentSpeakers(source: Omit<AttributionSource, 'project' | 'attributes' | 'attributeValues'>): (segment: Pick<Segment, 'documentId' | 'start' | 'end'>) => SegmentSpeakers {
  const texts = new Map(source.texts.map((t) => [t.documentId, t] as const));
  const byId = new Map(source.participants.map((p) => [p.id, p] as const));
  const documents = new Map(source.documents.map((d) => [d.id, d] as const));
  const resolvers = new Map<Id, PassageSpeakerResolver>();
  const resolverFor = (doc: DocumentMeta) => {
    let resolve = resolvers.get(doc.id);
    if (!resolve) {
      resolve = speakerResolver(doc, texts.get(doc.id), source.participants, source.nonParticipantSpeakers);
      resolvers.set(doc.id, resolve);
    }
    return resolve;
  };
  return (segment) => {
    const doc = documents.get(segment.documentId);
    if (!doc) return { speakers: [], filterIds: [], interviewerOnly: false };
    const passage = resolverFor(doc)(segment.start, segment.end);
    const speakers = passage.participantIds.map((id) => byId.get(id) as Participant);
    const fallback = passage.participantIds.length === 0 && !passage.onlyNonParticipants ? doc.participantIds : [];
    return { speakers, filterIds: [...passage.participantIds, ...fallback], interviewerOnly: passage.onlyNonParticipants };
  };
}

/** Shown instead of an attribution that was refused (it would have printed a name). */
export const WITHHELD_ATTRIBUTION = '[attribution withheld]';

/** A passage's published attribution, and why it was withheld when it was. */
export interface PublishedAttribution {
  text: string;
  /** Set when the attribution was refused; never contains a name. */
  problem: string | null;
}

/**
 * A function giving the attribution a passage is published with, from its speakers (see
 * `segmentSpeakers`): their labels by the project template (or their override),
 * `[interviewer]` for a passage only the interviewer speaks, `[speaker?]` when nobody can be
 * named, and `[attribution withheld]` when a label would print a name; then redacted, since
 * attribute values can hold redacted words ("Chief executive, Melton"). The same text in the
 * quote preview, every export and every screen that shows a quote.
 */
export function passageAttributor(
  source: Pick<AttributionSource, 'project' | 'attributes' | 'attributeValues'>,
  redactor: Redactor,
): (passage: SegmentSpeakers) => PublishedAttribution {
  const attributionOf = attributionResolver(source.attributes, source.attributeValues, source.project.attributionTemplate);
  // A project has few distinct labels and many passages: redact each label once.
  const redacted = new Map<string, string>();
  const redact = (text: string) => {
    let out = redacted.get(text);
    if (out === undefined) {
      out = redactor(text).text;
      redacted.set(text, out);
    }
    return out;
  };
  return (passage) => {
    const result = passage.interviewerOnly ? { ok: true as const, text: INTERVIEWER_ATTRIBUTION } : passageAttribution(passage.speakers, attributionOf);
    return result.ok ? { text: redact(result.text), problem: null } : { text: WITHHELD_ATTRIBUTION, problem: result.error };
  };
}

/**
 * Each segment's published attribution (see `passageAttributor`), redacted with the project's
 * rules plus participants' names, as the quotes export does.
 */
export function publishedAttributions(source: AttributionSource & Pick<ProjectBundle, 'redactions'>): (segment: Pick<Segment, 'documentId' | 'start' | 'end'>) => PublishedAttribution {
  const speakersOf = segmentSpeakers(source);
  const attribute = passageAttributor(source, createRedactor(outputRules(source.redactions, source.participants)));
  return (segment) => attribute(speakersOf(segment));
}
