import type { Code, Id } from '../model';

/**
 * Code-tree operations. Codes form a forest through `parentId`; a code whose parent is missing
 * is treated as a top-level code, and a parent chain that loops (corrupt data) is cut where it
 * repeats, so none of these functions can hang or drop a code.
 */

/** Separator between names in a code path, as in `Leadership/Audacious leadership`. */
export const PATH_SEPARATOR = '/';

/** One code in display order, with its depth (0 = top level) and its full path. */
export interface TreeRow {
  code: Code;
  depth: number;
  path: string;
}

/** Display order among siblings: `order`, then name, then id so the order is total. */
export function compareSiblings(a: Code, b: Code): number {
  return a.order - b.order || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Lookup tables for a set of codes; build once when calling tree functions in a loop. */
export interface CodeIndex {
  byId: Map<Id, Code>;
  /** Children of each parent id (`null` = top level), sorted in display order. */
  children: Map<Id | null, Code[]>;
}

/** Indexes codes by id and by parent. O(n log n). Codes with an unknown parent go under `null`. */
export function indexCodes(codes: readonly Code[]): CodeIndex {
  const byId = new Map(codes.map((c) => [c.id, c] as const));
  const children = new Map<Id | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && byId.has(code.parentId) ? code.parentId : null;
    const list = children.get(parent);
    if (list) list.push(code);
    else children.set(parent, [code]);
  }
  for (const list of children.values()) list.sort(compareSiblings);
  return { byId, children };
}

/** The chain from `id` up to its top-level ancestor, `id` first; empty for an unknown id. */
export function ancestorChain(index: CodeIndex, id: Id): Code[] {
  const chain: Code[] = [];
  const seen = new Set<Id>();
  let current = index.byId.get(id);
  while (current && !seen.has(current.id)) {
    chain.push(current);
    seen.add(current.id);
    current = current.parentId === null ? undefined : index.byId.get(current.parentId);
  }
  return chain;
}

/** Direct children of `parentId` (`null` = the top level), in display order. */
export function childrenOf(codes: readonly Code[] | CodeIndex, parentId: Id | null): Code[] {
  const index = asIndex(codes);
  return [...(index.children.get(parentId) ?? [])];
}

/** `Parent/Child/Grandchild` for a code; '' for an unknown id. */
export function codePath(codes: readonly Code[] | CodeIndex, id: Id): string {
  return ancestorChain(asIndex(codes), id).reverse().map((c) => c.name).join(PATH_SEPARATOR);
}

/** Every code's path at once: O(total depth), for callers that need many paths. */
export function codePaths(codes: readonly Code[] | CodeIndex): Map<Id, string> {
  return new Map(sortedTree(codes).map((row) => [row.code.id, row.path] as const));
}

/** Number of ancestors: 0 for a top-level code (and for an unknown id). */
export function depth(codes: readonly Code[] | CodeIndex, id: Id): number {
  return Math.max(0, ancestorChain(asIndex(codes), id).length - 1);
}

/** Ids of `id` and all codes below it, `id` first then depth-first in display order. */
export function descendantIds(codes: readonly Code[] | CodeIndex, id: Id): Id[] {
  const index = asIndex(codes);
  if (!index.byId.has(id)) return [];
  const out: Id[] = [];
  const seen = new Set<Id>();
  const stack: Id[] = [id];
  while (stack.length > 0) {
    const next = stack.pop() as Id;
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    const kids = index.children.get(next) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push((kids[i] as Code).id);
  }
  return out;
}

/**
 * The whole tree flattened in display order (siblings by `order`, then name), each code exactly
 * once with its depth and path. Codes unreachable from the top (a parent loop) come last, as
 * top-level codes.
 */
export function sortedTree(codes: readonly Code[] | CodeIndex): TreeRow[] {
  const index = asIndex(codes);
  const rows: TreeRow[] = [];
  const seen = new Set<Id>();
  const visit = (code: Code, level: number, parentPath: string): void => {
    if (seen.has(code.id)) return;
    seen.add(code.id);
    const path = parentPath === '' ? code.name : parentPath + PATH_SEPARATOR + code.name;
    rows.push({ code, depth: level, path });
    for (const child of index.children.get(code.id) ?? []) visit(child, level + 1, path);
  };
  for (const top of index.children.get(null) ?? []) visit(top, 0, '');
  const stranded = [...index.byId.values()].filter((c) => !seen.has(c.id)).sort(compareSiblings);
  for (const code of stranded) visit(code, 0, '');
  return rows;
}

/**
 * Whether moving code `id` under `newParentId` would make a loop: true when the new parent is
 * the code itself or one of its descendants. Moving to the top level (`null`) never loops.
 */
export function wouldCreateCycle(codes: readonly Code[] | CodeIndex, id: Id, newParentId: Id | null): boolean {
  if (newParentId === null) return false;
  if (newParentId === id) return true;
  return ancestorChain(asIndex(codes), newParentId).some((c) => c.id === id);
}

/** A tree row from `filterTree`: `matched` is false for an ancestor kept only for context. */
export interface FilteredTreeRow extends TreeRow {
  matched: boolean;
}

/**
 * Codes whose name contains `query` (ignoring case and accents), plus all their ancestors so
 * each match is shown in place; display order. An empty or blank query keeps every code.
 */
export function filterTree(codes: readonly Code[] | CodeIndex, query: string): FilteredTreeRow[] {
  const index = asIndex(codes);
  const rows = sortedTree(index);
  const needle = foldForSearch(query.trim());
  if (needle === '') return rows.map((row) => ({ ...row, matched: true }));
  const matched = new Set(rows.filter((row) => foldForSearch(row.code.name).includes(needle)).map((r) => r.code.id));
  const keep = new Set<Id>();
  for (const id of matched) for (const c of ancestorChain(index, id)) keep.add(c.id);
  return rows.filter((row) => keep.has(row.code.id)).map((row) => ({ ...row, matched: matched.has(row.code.id) }));
}

/** Lower case without accents, so `Maori` finds `Māori`. */
function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

function asIndex(codes: readonly Code[] | CodeIndex): CodeIndex {
  return isIndex(codes) ? codes : indexCodes(codes);
}

function isIndex(codes: readonly Code[] | CodeIndex): codes is CodeIndex {
  return !Array.isArray(codes);
}
