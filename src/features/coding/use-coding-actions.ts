import { useCallback, useMemo, useState } from 'react';
import { nextColour } from '../../core/codebook/palette';
import type { Code } from '../../core/model';
import type { CodedItem } from '../../core/spans/coded-spans';
import type { TextRange } from '../../core/spans/range';
import { useSaver } from '../common/save-status';
import { applyCodes, codeInVivo, removeCoding, resizeSegment, setSegmentMemo } from '../../storage/coding';
import { newId } from '../../storage/db';
import { afterNextPaint } from './after-paint';
import { usePendingCodings } from './use-pending-codings';

/** Coding actions for one document: drawn at once, saved in the background, rolled back on failure. */
export function useCodingActions(projectId: string, documentId: string, coderId: string, stored: CodedItem[]) {
  const { track, announce } = useSaver();
  const pending = usePendingCodings(stored);
  const [recent, setRecent] = useState<string[]>([]);

  const remember = useCallback((ids: string[]) => setRecent((r) => [...ids, ...r.filter((x) => !ids.includes(x))].slice(0, 20)), []);

  const apply = useCallback((range: TextRange, codeIds: string[]) => {
    const already = new Set(stored.filter((s) => s.start === range.start && s.end === range.end && s.coderId === coderId).map((s) => s.codeId));
    const fresh = codeIds.filter((id) => !already.has(id));
    if (fresh.length === 0) { announce('That passage already has that code.'); return; }
    const segmentId = stored.find((s) => s.start === range.start && s.end === range.end && s.coderId === coderId)?.segmentId ?? newId();
    const items: CodedItem[] = fresh.map((codeId) => ({ segmentId, codingId: newId(), codeId, coderId, ...range }));
    const ids = items.map((i) => i.codingId);
    pending.add(items);
    remember(fresh);
    const write = afterNextPaint().then(() => applyCodes(projectId, { documentId, ...range }, fresh, coderId, { segmentId, codingIds: ids }));
    void track(write, () => pending.drop(ids))
      .then((r) => { if (r !== undefined) pending.committed(ids); });
  }, [stored, coderId, projectId, documentId, pending, track, announce, remember]);

  const inVivo = useCallback((range: TextRange, name: string, codes: Code[]) => {
    const label = name.replace(/\s+/g, ' ').trim().slice(0, 60);
    if (!label) return;
    const codeId = newId();
    const codingIds = [newId()];
    const segmentId = stored.find((s) => s.start === range.start && s.end === range.end && s.coderId === coderId)?.segmentId ?? newId();
    pending.add([{ segmentId, codingId: codingIds[0]!, codeId, coderId, ...range }]);
    remember([codeId]);
    const colour = nextColour(codes.map((c) => c.color));
    const write = afterNextPaint().then(() => codeInVivo(projectId, { documentId, ...range }, { id: codeId, name: label, color: colour }, coderId, { segmentId, codingIds }));
    void track(write,
      () => pending.drop(codingIds)).then((r) => { if (r !== undefined) pending.committed(codingIds); });
  }, [stored, coderId, projectId, documentId, pending, track, remember]);

  const remove = useCallback((codingId: string) => void track(removeCoding(projectId, codingId, coderId)), [projectId, coderId, track]);
  const memo = useCallback((segmentId: string, text: string) => void track(setSegmentMemo(projectId, segmentId, text, coderId)), [projectId, coderId, track]);
  const resize = useCallback((segmentId: string, r: TextRange) => void track(resizeSegment(projectId, segmentId, r.start, r.end, coderId)), [projectId, coderId, track]);

  return useMemo(() => ({ items: pending.items, apply, inVivo, remove, memo, resize, recent }), [pending.items, apply, inVivo, remove, memo, resize, recent]);
}
