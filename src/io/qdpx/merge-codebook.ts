import { nextColour } from '../../core/codebook/palette';
import { compareSiblings } from '../../core/codebook/tree';
import type { Code, Id } from '../../core/model';
import { normaliseGuid } from './guid';
import type { QdpxCode } from './types';

export interface CodebookMerge {
  /** New codes to create, parents before children. */
  added: Code[];
  /** Incoming codes that are already in the project, and how they were recognised. */
  matched: { incoming: QdpxCode; existing: Code; by: 'guid' | 'name' }[];
  /** Codes recognised by GUID whose name differs; `applied` is false when the new name would clash with a sibling. */
  renamed: { incoming: QdpxCode; existing: Code; from: string; to: string; applied: boolean }[];
  /** Existing codes with changed fields (new copies; the inputs are not modified). */
  updated: Code[];
}

/**
 * Merges an imported codebook (.qdc) into a project's codes without touching the inputs.
 * Each incoming code is matched by GUID first (ATLAS.ti re-mints them, so not always), then by
 * name path: the same name, ignoring case, under the code its parent was matched to. Matched
 * codes keep their place, colour and memo; they take the incoming name when matched by GUID (the
 * other tool renamed it), gain the incoming GUID when they had none, and the incoming
 * description when theirs is empty. Unmatched codes are added under their (matched or added)
 * parent, after the existing siblings, with the incoming colour or a palette colour.
 */
export function mergeCodebook(existing: Code[], incoming: QdpxCode[], ids: { newId(): string; projectId: Id }): CodebookMerge {
  const result: CodebookMerge = { added: [], matched: [], renamed: [], updated: [] };
  const current = new Map(existing.map((c) => [c.id, c]));
  const byGuid = new Map(existing.flatMap((c) => (c.guid ? [[normaliseGuid(c.guid), c.id] as const] : [])));
  const children = new Map<Id | null, Code[]>();
  for (const code of [...existing].sort(compareSiblings)) addChild(children, code);
  const colours = existing.map((c) => c.color);
  const incomingByGuid = new Map(incoming.map((c) => [c.guid, c]));
  const placed = new Map<string, Id>();

  const place = (code: QdpxCode, trail: Set<string>): Id => {
    const done = placed.get(code.guid);
    if (done) return done;
    trail.add(code.guid);
    const parentCode = code.parentGuid ? incomingByGuid.get(code.parentGuid) : undefined;
    const parentId = parentCode && !trail.has(parentCode.guid) ? place(parentCode, trail) : null;
    const guidMatch = byGuid.get(code.guid);
    const nameMatch = guidMatch ? undefined : (children.get(parentId) ?? []).find((c) => sameName(c.name, code.name));
    const match = guidMatch ? current.get(guidMatch)! : nameMatch;
    let id: Id;
    if (match) {
      result.matched.push({ incoming: code, existing: match, by: guidMatch ? 'guid' : 'name' });
      const changed = reconcile(match, code, Boolean(guidMatch), children, result);
      if (changed !== match) {
        current.set(match.id, changed);
        replaceChild(children, changed);
        const earlier = result.updated.findIndex((c) => c.id === changed.id);
        if (earlier >= 0) result.updated[earlier] = changed;
        else result.updated.push(changed);
      }
      id = match.id;
    } else {
      const added = newCode(code, parentId, children, colours, ids);
      colours.push(added.color);
      addChild(children, added);
      current.set(added.id, added);
      result.added.push(added);
      id = added.id;
    }
    placed.set(code.guid, id);
    return id;
  };
  for (const code of incoming) place(code, new Set());
  return result;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

function addChild(children: Map<Id | null, Code[]>, code: Code): void {
  const list = children.get(code.parentId);
  if (list) list.push(code);
  else children.set(code.parentId, [code]);
}

function replaceChild(children: Map<Id | null, Code[]>, code: Code): void {
  const list = children.get(code.parentId) ?? [];
  const index = list.findIndex((c) => c.id === code.id);
  if (index >= 0) list[index] = code;
}

/** The existing code with what the incoming one adds; the same object when nothing changes. */
function reconcile(code: Code, incoming: QdpxCode, byGuid: boolean, children: Map<Id | null, Code[]>, result: CodebookMerge): Code {
  let next = code;
  const edit = (patch: Partial<Code>) => { next = { ...next, ...patch }; };
  if (byGuid && code.name !== incoming.name) {
    const clash = (children.get(code.parentId) ?? []).some((c) => c.id !== code.id && sameName(c.name, incoming.name));
    result.renamed.push({ incoming, existing: code, from: code.name, to: incoming.name, applied: !clash });
    if (!clash) edit({ name: incoming.name });
  }
  if (!code.guid) edit({ guid: incoming.guid });
  if (code.description.definition === '' && incoming.description) {
    edit({ description: { ...code.description, definition: incoming.description } });
  }
  return next;
}

function newCode(code: QdpxCode, parentId: Id | null, children: Map<Id | null, Code[]>, colours: string[], ids: { newId(): string; projectId: Id }): Code {
  const siblings = children.get(parentId) ?? [];
  return {
    id: ids.newId(), projectId: ids.projectId, parentId, name: code.name,
    color: code.color ?? nextColour(colours),
    description: { definition: code.description ?? '', whenToUse: '', whenNotToUse: '', example: '' },
    order: siblings.reduce((max, c) => Math.max(max, c.order + 1), 0),
    pinnedKey: null, isCodable: code.isCodable, memo: '', guid: code.guid,
  };
}
