import { useCallback, useState } from 'react';

/** View state kept for the rest of the session, so leaving a screen and coming back keeps it. */
const memory = new Map<string, unknown>();

/** Reads a remembered value without subscribing to it. */
export function recall<T>(key: string, fallback: T): T {
  return memory.has(key) ? (memory.get(key) as T) : fallback;
}

export function remember(key: string, value: unknown): void {
  memory.set(key, value);
}

/** `useState` whose value outlives the component, under `key`, for this page session. */
export function useRemembered<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => recall(key, initial));
  const set = useCallback((next: T) => {
    remember(key, next);
    setValue(next);
  }, [key]);
  return [value, set];
}
