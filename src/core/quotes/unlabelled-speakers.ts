/**
 * A safety net for documents read as plain paragraphs: their `Name:` labels stayed in the text,
 * so a passage the document's participant is credited with may be someone else's words.
 */
import type { ProjectBundle } from '../bundle';
import type { DocumentText, Id, Segment, Turn } from '../model';
import { turnIndexAt } from '../transcript/blocks';
import { speakerLabelKey } from './speakers';

/** `Name:` or `NAME:` at the start of a paragraph: one to four capitalised words, then a colon. */
const LABEL_AT_START = /^\s*(?:\*\*)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})(?:\*\*)?\s*:/u;

/**
 * A function telling whether a segment lies in a document read as paragraphs (no turn has a
 * speaker) that has participants, and the paragraph where the segment starts (or the segment
 * itself) opens with a label-shaped `Name:` that is none of those participants' names or
 * speaker labels.
 */
export function unlabelledPassageCheck(
  source: Pick<ProjectBundle, 'documents' | 'texts' | 'participants'>,
): (segment: Pick<Segment, 'documentId' | 'start' | 'quote'>) => boolean {
  const texts = new Map(source.texts.map((t) => [t.documentId, t] as const));
  const participants = new Map(source.participants.map((p) => [p.id, p] as const));
  const checked = new Map<Id, { text: DocumentText; own: Set<string> } | null>();
  const documentOf = (id: Id) => {
    if (!checked.has(id)) {
      const doc = source.documents.find((d) => d.id === id);
      const text = texts.get(id);
      const paragraphs = text !== undefined && text.turns.every((t) => t.speaker === null);
      if (!doc || !text || !paragraphs || doc.participantIds.length === 0) checked.set(id, null);
      else {
        const own = new Set(doc.participantIds.flatMap((pid) => {
          const p = participants.get(pid);
          return p ? [p.name, ...p.speakerLabels].map(speakerLabelKey) : [];
        }));
        checked.set(id, { text, own });
      }
    }
    return checked.get(id) ?? null;
  };
  return (segment) => {
    const doc = documentOf(segment.documentId);
    if (!doc) return false;
    const turn = doc.text.turns[turnIndexAt(doc.text.turns, segment.start)] as Turn | undefined;
    const paragraph = turn ? doc.text.text.slice(turn.start, Math.min(turn.end, turn.start + 200)) : '';
    return [paragraph, segment.quote].some((text) => {
      const label = LABEL_AT_START.exec(text)?.[1];
      return label !== undefined && !doc.own.has(speakerLabelKey(label));
    });
  };
}
