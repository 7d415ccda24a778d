import { put, remove, type Change } from '../changes';
import { siblingsAfterMove } from '../codebook/reorder';
import { descendantIds, wouldCreateCycle } from '../codebook/tree';
import { EMPTY_DESCRIPTION, type Code, type CodeDescription, type Coding, type Id } from '../model';
import { segmentsLeftEmpty } from './coding';

export interface NewCode {
  name: string;
  color: string;
  parentId?: Id | null;
  description?: CodeDescription;
  /** Lets the caller draw the code before the write commits. */
  id?: Id;
}

export type CodePatch = Partial<Pick<Code, 'name' | 'color' | 'description' | 'memo' | 'isCodable'>>;

function assertUniqueSiblingName(codes: readonly Code[], parentId: Id | null, name: string, selfId?: Id): void {
  const clash = codes.find((c) => c.parentId === parentId && c.id !== selfId
    && c.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (clash) throw new Error(`A code named “${clash.name}” already exists there.`);
}

function find(codes: readonly Code[], id: Id): Code {
  const code = codes.find((c) => c.id === id);
  if (!code) throw new Error('That code no longer exists.');
  return code;
}

/** A new code last among its siblings; refuses an empty name or a sibling of the same name. */
export function createCode(codes: readonly Code[], projectId: Id, input: NewCode, newId: () => string): { code: Code; changes: Change[] } {
  const name = input.name.trim();
  if (!name) throw new Error('A code needs a name.');
  const parentId = input.parentId ?? null;
  assertUniqueSiblingName(codes, parentId, name);
  // After moves the siblings' orders can have gaps, so their count could tie with one of them.
  const order = codes.reduce((next, c) => (c.parentId === parentId ? Math.max(next, c.order + 1) : next), 0);
  const code: Code = {
    id: input.id ?? newId(), projectId, parentId, name, color: input.color,
    description: input.description ?? { ...EMPTY_DESCRIPTION }, order, pinnedKey: null, isCodable: true, memo: '',
  };
  return { code, changes: [put('codes', code)] };
}

/** Renames, recolours, describes or annotates a code. */
export function updateCode(codes: readonly Code[], codeId: Id, patch: CodePatch): Change[] {
  const code = find(codes, codeId);
  const next = { ...code, ...patch };
  next.name = next.name.trim();
  if (!next.name) throw new Error('A code needs a name.');
  if (patch.name !== undefined) assertUniqueSiblingName(codes, code.parentId, next.name, codeId);
  return [put('codes', next)];
}

/** Pins a code to number key 1–9, taking the key from any other code, or unpins it with null. */
export function pinCode(codes: readonly Code[], codeId: Id, key: number | null): Change[] {
  if (key !== null && (!Number.isInteger(key) || key < 1 || key > 9)) throw new Error('Pin keys are 1 to 9.');
  find(codes, codeId);
  return codes.flatMap((c) => {
    if (c.id === codeId) return [put('codes', { ...c, pinnedKey: key })];
    if (key !== null && c.pinnedKey === key) return [put('codes', { ...c, pinnedKey: null })];
    return [];
  });
}

/**
 * Moves a code under a new parent (null: top level) to `index` among that parent's other
 * children, or last without one. Every sibling whose `order` differs from its new position is
 * renumbered, so the tree shows exactly the order asked for; a move that changes nothing is no change.
 */
export function moveCode(codes: readonly Code[], codeId: Id, parentId: Id | null, index?: number): Change[] {
  if (index !== undefined && !Number.isInteger(index)) throw new RangeError(`A code's position is a whole number, not ${index}.`);
  const code = find(codes, codeId);
  if (parentId !== null && !codes.some((c) => c.id === parentId)) throw new Error('That parent code no longer exists.');
  if (wouldCreateCycle(codes, codeId, parentId)) throw new Error('A code cannot move inside itself.');
  assertUniqueSiblingName(codes, parentId, code.name, codeId);
  const byId = new Map(codes.map((c) => [c.id, c] as const));
  const ordered = siblingsAfterMove(codes, codeId, { parentId, index: index ?? codes.length });
  return ordered.flatMap((id, order) => {
    const sibling = byId.get(id)!;
    const nextParent = id === codeId ? parentId : sibling.parentId;
    return sibling.order !== order || sibling.parentId !== nextParent ? [put('codes', { ...sibling, parentId: nextParent, order })] : [];
  });
}

/**
 * Merges `sourceId` into `targetId`: every coder's codings and the sub-codes move to the target
 * (a coder who had both on one passage keeps one), memos join, and the source goes. The codebook
 * is shared, so this changes every coder's codings of the source, as in NVivo and ATLAS.ti.
 */
export function mergeCodes(codes: readonly Code[], codings: readonly Coding[], sourceId: Id, targetId: Id): Change[] {
  if (sourceId === targetId) throw new Error('Choose two different codes to merge.');
  const source = codes.find((c) => c.id === sourceId);
  const target = codes.find((c) => c.id === targetId);
  if (!source || !target) throw new Error('One of those codes no longer exists.');
  if (descendantIds(codes, sourceId).includes(targetId)) throw new Error('A code cannot merge into its own sub-code.');
  const changes: Change[] = [];
  const have = new Set(codings.filter((c) => c.codeId === targetId).map((c) => c.segmentId));
  for (const coding of codings.filter((c) => c.codeId === sourceId)) {
    if (have.has(coding.segmentId)) changes.push(remove('codings', coding.id));
    else { have.add(coding.segmentId); changes.push(put('codings', { ...coding, codeId: targetId })); }
  }
  for (const child of codes.filter((c) => c.parentId === sourceId)) changes.push(put('codes', { ...child, parentId: targetId }));
  changes.push(put('codes', { ...target, memo: [target.memo, source.memo].filter(Boolean).join('\n\n') }));
  changes.push(remove('codes', sourceId));
  return changes;
}

/** What deleting a code (with its sub-codes) removes: the codes, their codings, passages left with none. */
export function deleteCode(codes: readonly Code[], codings: readonly Coding[], codeId: Id): Change[] {
  const ids = new Set(descendantIds(codes, codeId));
  const gone = codings.filter((c) => ids.has(c.codeId));
  const remaining = codings.filter((c) => !ids.has(c.codeId));
  // Children before parents, so each delete leaves no code pointing at a deleted one for long.
  const order = [...ids].reverse();
  return [
    ...gone.map((c) => remove('codings', c.id)),
    ...segmentsLeftEmpty(gone.map((c) => c.segmentId), remaining),
    ...order.map((id) => remove('codes', id)),
  ];
}

/** The counts a deletion's confirmation names. */
export function codeDeletionImpact(codes: readonly Code[], codings: readonly Coding[], codeId: Id) {
  const ids = new Set(descendantIds(codes, codeId));
  const gone = codings.filter((c) => ids.has(c.codeId));
  return { codes: ids.size, codings: gone.length, segments: new Set(gone.map((c) => c.segmentId)).size };
}
