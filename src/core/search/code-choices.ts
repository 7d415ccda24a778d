/**
 * Codes as choices in a list (a select): each with its full path, in codebook order.
 */
import { sortedTree } from '../codebook/tree';
import type { Code } from '../model';

export interface CodeChoice {
  id: string;
  /** e.g. `Leadership/Audacious leadership`. */
  path: string;
  color: string;
  isCodable: boolean;
}

/**
 * Codes in codebook order (depth first, siblings in display order), so each child follows its
 * parent. With `codableOnly`, themes that only group other codes (`isCodable` false) are left
 * out, since they cannot be applied to a passage.
 */
export function codeChoices(codes: readonly Code[], { codableOnly = false } = {}): CodeChoice[] {
  return sortedTree(codes)
    .filter((row) => !codableOnly || row.code.isCodable)
    .map(({ code, path }) => ({ id: code.id, path, color: code.color, isCodable: code.isCodable }));
}
