import type { ProjectBundle } from '../../core/bundle';
import { sortedTree } from '../../core/codebook/tree';
import type { AttributeDef, AttributeValue, Id } from '../../core/model';
import { composeDescription } from './code-description';
import { normaliseGuid } from './guid';
import type {
  QdpxCase, QdpxCode, QdpxCoding, QdpxNote, QdpxProject, QdpxSelection, QdpxSource, QdpxVariable, VariableType,
} from './types';

/**
 * Turns Verbatim records into a REFI-QDA project (the inverse of `qdpxToBundle`). Records keep
 * their `guid`; records without one get `crypto.randomUUID()`. Coders become users and every
 * coding names its coder's user; codes are listed parents first in display order, with the
 * four-part description as one labelled Description and the code memo as a Note; documents
 * become text sources (their memo the Description), segments selections (memo as Description);
 * participants become cases with their documents and attribute values, attributes variables
 * of a type that fits every value. Offsets stay UTF-16 here; `writeQdpx` converts them.
 */
export function bundleToQdpx(b: ProjectBundle): QdpxProject {
  const guidOf = guidAssigner();
  const coderGuids = new Map(b.coders.map((c) => [c.id, guidOf(c)]));
  const notes: QdpxNote[] = [];
  const codeGuids = new Map(b.codes.map((c) => [c.id, guidOf(c)]));
  const codes = sortedTree(b.codes).map(({ code }): QdpxCode => {
    const out: QdpxCode = { guid: codeGuids.get(code.id)!, name: code.name, color: code.color, isCodable: code.isCodable };
    const parent = code.parentId === null ? undefined : codeGuids.get(code.parentId);
    if (parent) out.parentGuid = parent;
    const description = composeDescription(code.description);
    if (description !== undefined) out.description = description;
    if (code.memo !== '') {
      const note: QdpxNote = { guid: crypto.randomUUID(), name: `Memo: ${code.name}`, text: code.memo };
      notes.push(note);
      out.noteGuids = [note.guid];
    }
    return out;
  });
  const texts = new Map(b.texts.map((t) => [t.documentId, t.text]));
  const documentGuids = new Map<Id, string>();
  const sources = b.documents.flatMap((document): QdpxSource[] => {
    const text = texts.get(document.id);
    if (text === undefined) return [];
    const guid = guidOf(document);
    documentGuids.set(document.id, guid);
    const source: QdpxSource = { guid, name: document.title, kind: 'text', text, createdAt: document.importedAt };
    if (document.memo !== '') source.description = document.memo;
    return [source];
  });
  const project: QdpxProject = {
    name: b.project.name, createdAt: b.project.createdAt, modifiedAt: b.project.updatedAt,
    users: b.coders.map((c) => ({ guid: coderGuids.get(c.id)!, name: c.name })),
    codes, sources, notes,
    selections: selectionsOf(b, documentGuids, codeGuids, coderGuids, guidOf),
    mediaSelections: [], sets: [], links: [],
    ...casesOf(b, documentGuids, guidOf),
  };
  if (b.project.memo !== '') project.description = b.project.memo;
  return project;
}

/** A record's own GUID (normalised), or a new one. */
function guidAssigner(): (record: { guid?: string }) => string {
  return (record) => (record.guid && record.guid.trim() !== '' ? normaliseGuid(record.guid) : crypto.randomUUID());
}

function selectionsOf(
  b: ProjectBundle, documentGuids: Map<Id, string>, codeGuids: Map<Id, string>, coderGuids: Map<Id, string>,
  guidOf: (record: { guid?: string }) => string,
): QdpxSelection[] {
  const codingsBySegment = new Map<Id, QdpxCoding[]>();
  for (const coding of b.codings) {
    const codeGuid = codeGuids.get(coding.codeId);
    if (!codeGuid) continue;
    const item: QdpxCoding = { codeGuid, guid: guidOf(coding), createdAt: coding.createdAt };
    const userGuid = coderGuids.get(coding.coderId);
    if (userGuid) item.userGuid = userGuid;
    const list = codingsBySegment.get(coding.segmentId);
    if (list) list.push(item);
    else codingsBySegment.set(coding.segmentId, [item]);
  }
  return b.segments.flatMap((segment): QdpxSelection[] => {
    const sourceGuid = documentGuids.get(segment.documentId);
    if (!sourceGuid) return [];
    const selection: QdpxSelection = {
      guid: guidOf(segment), sourceGuid, start: segment.start, end: segment.end,
      codings: codingsBySegment.get(segment.id) ?? [], createdAt: segment.createdAt,
    };
    if (segment.memo !== '') selection.description = segment.memo;
    // The selection's creator is the segment's coder, so a passage with a memo and no code still
    // comes back as theirs.
    const userGuid = coderGuids.get(segment.coderId);
    if (userGuid) selection.userGuid = userGuid;
    return [selection];
  });
}

function casesOf(
  b: ProjectBundle, documentGuids: Map<Id, string>, guidOf: (record: { guid?: string }) => string,
): { cases: QdpxCase[]; variables: QdpxVariable[] } {
  const variableGuids = new Map(b.attributes.map((a) => [a.id, guidOf(a)]));
  const variables = [...b.attributes].sort((x, y) => x.order - y.order).map((attribute): QdpxVariable => ({
    guid: variableGuids.get(attribute.id)!, name: attribute.name,
    type: variableType(attribute, b.attributeValues.filter((v) => v.attributeId === attribute.id)),
  }));
  const valuesByParticipant = new Map<Id, AttributeValue[]>();
  for (const value of b.attributeValues) {
    if (value.value === '' || !variableGuids.has(value.attributeId)) continue;
    const list = valuesByParticipant.get(value.participantId);
    if (list) list.push(value);
    else valuesByParticipant.set(value.participantId, [value]);
  }
  const participants = [...b.participants].sort((x, y) => x.ref.localeCompare(y.ref, 'en', { numeric: true }));
  const cases = participants.map((participant): QdpxCase => ({
    guid: guidOf(participant), name: participant.name,
    sourceGuids: b.documents.filter((d) => d.participantIds.includes(participant.id)).flatMap((d) => documentGuids.get(d.id) ?? []),
    selectionGuids: [],
    values: (valuesByParticipant.get(participant.id) ?? []).map((v) => ({ variableGuid: variableGuids.get(v.attributeId)!, value: v.value })),
  }));
  return { cases, variables };
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The most specific REFI-QDA type that every value of the attribute fits. */
function variableType(attribute: AttributeDef, values: AttributeValue[]): VariableType {
  const all = (test: (v: string) => boolean) => values.every((v) => v.value === '' || test(v.value.trim()));
  switch (attribute.type) {
    case 'number': return all((v) => INTEGER.test(v)) ? 'Integer' : all((v) => DECIMAL.test(v)) ? 'Float' : 'Text';
    case 'date': return all((v) => DAY.test(v)) ? 'Date' : 'Text';
    case 'category': return values.length > 0 && all((v) => v === 'true' || v === 'false') ? 'Boolean' : 'Text';
    case 'text': return 'Text';
  }
}
