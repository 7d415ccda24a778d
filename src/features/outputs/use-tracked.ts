import { useCallback } from 'react';
import { useSaver } from '../common/save-status';

export type Tracked<T> = { ok: true; value: T } | { ok: false };

/**
 * `track` from the save status, answering whether the write committed: the header shows
 * "Saving…" / "Not saved: …" as usual, and the caller learns the outcome without catching.
 */
export function useTracked() {
  const { track, announce } = useSaver();
  const run = useCallback(async <T,>(write: Promise<T>): Promise<Tracked<T>> => {
    let failed = false;
    const value = await track(write, () => { failed = true; });
    return failed ? { ok: false } : { ok: true, value: value as T };
  }, [track]);
  return { run, announce };
}
