import { useCallback } from 'react';
import { useSaver } from '../common/save-status';
import { isCurrentPlace, placeAtEnd, siblingsAfterMove, stepPlace, type CodePlace } from '../../core/codebook/reorder';
import { codePath } from '../../core/codebook/tree';
import type { Code } from '../../core/model';
import { moveCode } from '../../storage/codes';

export interface CodeMoves {
  /** Moves a code to a place (a drop, or a step), then says where it went. */
  moveTo: (codeId: string, place: CodePlace) => void;
  /** Moves a code under a new parent (null: top level), last among its children. */
  moveUnder: (codeId: string, parentId: string | null) => void;
  /** One place up or down among its siblings; says so when it is already first or last. */
  step: (codeId: string, direction: 'up' | 'down') => void;
}

/** Moving codes in the tree, each move one undo step, each result announced in the status line. */
export function useCodeMoves(projectId: string, codes: readonly Code[]): CodeMoves {
  const { trackDone, announce } = useSaver();
  const moveTo = useCallback((codeId: string, place: CodePlace) => {
    const code = codes.find((c) => c.id === codeId);
    if (!code || isCurrentPlace(codes, codeId, place)) return;
    const siblings = siblingsAfterMove(codes, codeId, place);
    const where = place.parentId === null ? 'at the top level' : `in “${codePath(codes, place.parentId)}”`;
    const message = `Moved “${code.name}” to ${siblings.indexOf(codeId) + 1} of ${siblings.length} ${where}. Ctrl+Z undoes it.`;
    void trackDone(moveCode(projectId, codeId, place.parentId, place.index)).then((saved) => { if (saved) announce(message); });
  }, [projectId, codes, trackDone, announce]);
  const moveUnder = useCallback((codeId: string, parentId: string | null) => moveTo(codeId, placeAtEnd(codes, codeId, parentId)), [codes, moveTo]);
  const step = useCallback((codeId: string, direction: 'up' | 'down') => {
    const place = stepPlace(codes, codeId, direction);
    if (place) moveTo(codeId, place);
    else announce(`“${codes.find((c) => c.id === codeId)?.name ?? ''}” is already ${direction === 'up' ? 'first' : 'last'} among its siblings.`);
  }, [codes, moveTo, announce]);
  return { moveTo, moveUnder, step };
}
