import { useCallback, useEffect, useMemo, useState } from 'react';
import { byPosition, type CodedItem } from '../../core/spans/coded-spans';

interface PendingItem extends CodedItem {
  committedAt?: number;
}

/**
 * Codings drawn before their write commits, so coding shows within a frame of the key press.
 * An item leaves once the stored data holds it, once its write failed, or a second after its
 * write committed (when the store folded it into an existing coding).
 */
export function usePendingCodings(stored: CodedItem[]) {
  const [pending, setPending] = useState<PendingItem[]>([]);

  const add = useCallback((items: CodedItem[]) => setPending((p) => [...p, ...items.map((i) => ({ ...i, pending: true }))]), []);
  const drop = useCallback((ids: string[]) => setPending((p) => p.filter((i) => !ids.includes(i.codingId))), []);
  const committed = useCallback((ids: string[]) => {
    const at = Date.now();
    setPending((p) => p.map((i) => (ids.includes(i.codingId) ? { ...i, committedAt: at } : i)));
    window.setTimeout(() => setPending((p) => p.filter((i) => !(i.committedAt && Date.now() - i.committedAt >= 900))), 1000);
  }, []);

  const storedIds = useMemo(() => new Set(stored.map((s) => s.codingId)), [stored]);
  useEffect(() => {
    if (pending.some((p) => storedIds.has(p.codingId))) setPending((p) => p.filter((i) => !storedIds.has(i.codingId)));
  }, [storedIds, pending]);

  const merged = useMemo(() => {
    const extra = pending.filter((p) => !storedIds.has(p.codingId));
    return extra.length === 0 ? stored : [...stored, ...extra].sort(byPosition);
  }, [stored, pending, storedIds]);

  return { items: merged, add, drop, committed, pendingCount: pending.length };
}
