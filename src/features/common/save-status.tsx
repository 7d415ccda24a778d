import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving'; pending: number }
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; message: string };

interface SaveApi {
  /**
   * Tracks a write: "Saving…" until it commits, then "Saved"; on failure, shows the message and
   * rethrows nothing, so the caller can roll its on-screen change back in `onError`.
   */
  track: <T>(write: Promise<T>, onError?: (e: unknown) => void) => Promise<T | undefined>;
  /** Like `track`, for writes that return nothing: resolves to whether the write committed. */
  trackDone: (write: Promise<unknown>, onError?: (e: unknown) => void) => Promise<boolean>;
  /** Shows a message in the status area (imports, exports, undo). */
  announce: (message: string) => void;
}

/** Writes and messages; stable, so a component that saves does not re-render when the status changes. */
const SaveContext = createContext<SaveApi | null>(null);
/** The status itself, read by the header only. */
const SaveStateContext = createContext<{ state: SaveState; message: string }>({ state: { kind: 'idle' }, message: '' });

/** Human words for a failed write, including a full disk. */
export function describeError(e: unknown): string {
  const err = e as { name?: string; message?: string; inner?: { name?: string } };
  if (err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError') {
    return 'The browser has no room left for this project. Free some disk space or export and delete old projects; nothing was changed.';
  }
  return err?.message || String(e);
}

export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [message, setMessage] = useState('');
  const pending = useRef(0);

  const track = useCallback(async <T,>(write: Promise<T>, onError?: (e: unknown) => void) => {
    pending.current += 1;
    setState({ kind: 'saving', pending: pending.current });
    try {
      const value = await write;
      pending.current -= 1;
      setState(pending.current > 0 ? { kind: 'saving', pending: pending.current } : { kind: 'saved', at: Date.now() });
      return value;
    } catch (e) {
      pending.current -= 1;
      const text = describeError(e);
      setState({ kind: 'failed', message: text });
      setMessage(`Not saved: ${text}`);
      onError?.(e);
      return undefined;
    }
  }, []);

  const trackDone = useCallback(
    async (write: Promise<unknown>, onError?: (e: unknown) => void) => (await track(write.then(() => true), onError)) === true,
    [track],
  );
  const announce = useCallback((m: string) => setMessage(m), []);
  const api = useMemo(() => ({ track, trackDone, announce }), [track, trackDone, announce]);
  const status = useMemo(() => ({ state, message }), [state, message]);
  return (
    <SaveContext.Provider value={api}>
      <SaveStateContext.Provider value={status}>{children}</SaveStateContext.Provider>
    </SaveContext.Provider>
  );
}

/** The save status and the latest message, for the header. */
export function useSaveState(): { state: SaveState; message: string } {
  return useContext(SaveStateContext);
}

export function useSaver(): SaveApi {
  const api = useContext(SaveContext);
  if (!api) throw new Error('useSaver needs a SaveStatusProvider');
  return api;
}
