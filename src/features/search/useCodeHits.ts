import { useState } from 'react';
import { useSaver } from '../common/save-status';
import type { CodeChoice } from '../../core/search/code-choices';
import { codedMessage } from '../../core/search/hits';
import { applyCodeToRanges, type CodeRange } from '../../storage/coding';
import { localCoderId } from '../../storage/projects';

/** Codes many passages with one code as one undoable step, showing saving state and the outcome. */
export function useCodeHits(projectId: string) {
  const { track, announce } = useSaver();
  const [busy, setBusy] = useState(false);

  const codeHits = async (ranges: CodeRange[], code: CodeChoice) => {
    setBusy(true);
    const write = localCoderId(projectId).then((coderId) => applyCodeToRanges(projectId, ranges, code.id, coderId));
    const count = await track(write);
    setBusy(false);
    if (count !== undefined) announce(codedMessage(count, code.path));
  };

  return { codeHits, busy };
}
