import type { Code, Id } from '../model';
import { indexCodes, wouldCreateCycle, type CodeIndex } from './tree';

/**
 * Where a moved code goes: under `parentId` (null = the top level) at `index` among that
 * parent's other children, i.e. its position once it is there. An index past the end means last.
 */
export interface CodePlace {
  parentId: Id | null;
  index: number;
}

/** A code's place now, with how many codes share its parent (itself included). */
export interface SiblingPosition extends CodePlace {
  count: number;
}

/** Where a dragged code lands against the row under the pointer. */
export type DropZone = 'before' | 'inside' | 'after';

/** What a drag is over: a code's row and the part of it, or the empty area of the list. */
export type DropOver = { targetId: Id; zone: DropZone } | 'end';

/**
 * The upper quarter of a row means "before this code", the lower quarter "after it" (both as its
 * sibling), the middle "inside it": the middle half is wide enough to nest without aiming.
 */
export function dropZoneAt(offsetY: number, rowHeight: number): DropZone {
  if (offsetY < rowHeight / 4) return 'before';
  if (offsetY > (rowHeight * 3) / 4) return 'after';
  return 'inside';
}

/**
 * The parent a code is listed under, as the tree shows it: a code whose parent is missing is
 * shown at the top level, so it is reordered there too.
 */
function listedParent(index: CodeIndex, code: Code): Id | null {
  return code.parentId !== null && index.byId.has(code.parentId) ? code.parentId : null;
}

function childIdsWithout(index: CodeIndex, parentId: Id | null, movingId: Id): Id[] {
  return (index.children.get(parentId) ?? []).filter((c) => c.id !== movingId).map((c) => c.id);
}

function asIndex(codes: readonly Code[] | CodeIndex): CodeIndex {
  return Array.isArray(codes) ? indexCodes(codes) : (codes as CodeIndex);
}

/** A code's parent, index and sibling count in display order; null for an unknown id. */
export function positionAmongSiblings(codes: readonly Code[] | CodeIndex, id: Id): SiblingPosition | null {
  const index = asIndex(codes);
  const code = index.byId.get(id);
  if (!code) return null;
  const parentId = listedParent(index, code);
  const siblings = index.children.get(parentId) ?? [];
  return { parentId, index: siblings.findIndex((c) => c.id === id), count: siblings.length };
}

/**
 * The children of `place.parentId`, as ids in display order, once `movingId` is put at
 * `place.index` (clamped to the list). Storage numbers the siblings' `order` from this list.
 */
export function siblingsAfterMove(codes: readonly Code[] | CodeIndex, movingId: Id, place: CodePlace): Id[] {
  const others = childIdsWithout(asIndex(codes), place.parentId, movingId);
  const at = Math.max(0, Math.min(place.index, others.length));
  others.splice(at, 0, movingId);
  return others;
}

/** The last place under `parentId` (null = the top level) for `movingId`. */
export function placeAtEnd(codes: readonly Code[] | CodeIndex, movingId: Id, parentId: Id | null): CodePlace {
  return { parentId, index: childIdsWithout(asIndex(codes), parentId, movingId).length };
}

/**
 * Where dropping `movingId` over `over` puts it; null when that drop is refused: onto itself, or
 * into itself or one of its descendants (which storage refuses too), or an unknown code.
 */
export function dropPlace(codes: readonly Code[] | CodeIndex, movingId: Id, over: DropOver): CodePlace | null {
  const index = asIndex(codes);
  if (!index.byId.has(movingId)) return null;
  if (over === 'end') return placeAtEnd(index, movingId, null);
  const target = index.byId.get(over.targetId);
  if (!target) return null;
  if (over.zone === 'inside') {
    return wouldCreateCycle(index, movingId, target.id) ? null : placeAtEnd(index, movingId, target.id);
  }
  if (target.id === movingId) return null;
  const parentId = listedParent(index, target);
  if (wouldCreateCycle(index, movingId, parentId)) return null;
  const at = childIdsWithout(index, parentId, movingId).indexOf(target.id);
  return { parentId, index: over.zone === 'before' ? at : at + 1 };
}

/** One step up or down among the code's siblings; null when it is already first or last. */
export function stepPlace(codes: readonly Code[] | CodeIndex, id: Id, direction: 'up' | 'down'): CodePlace | null {
  const now = positionAmongSiblings(codes, id);
  if (!now) return null;
  const next = now.index + (direction === 'up' ? -1 : 1);
  return next < 0 || next >= now.count ? null : { parentId: now.parentId, index: next };
}

/** Whether moving `id` to `place` would leave the tree as it is shown now. */
export function isCurrentPlace(codes: readonly Code[] | CodeIndex, id: Id, place: CodePlace): boolean {
  const now = positionAmongSiblings(codes, id);
  if (!now || now.parentId !== place.parentId) return false;
  return Math.max(0, Math.min(place.index, now.count - 1)) === now.index;
}
