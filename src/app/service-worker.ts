import { useSyncExternalStore } from 'react';
import { registerSW } from 'virtual:pwa-register';

/** An open tab asks for a new version this often; the browser itself checks on every navigation. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

let updateReady = false;
let applyWaiting: ((reload?: boolean) => Promise<void>) | null = null;
const listeners = new Set<() => void>();

/**
 * Registers the service worker that keeps the app usable offline. A new version installs in the
 * background and waits: swapping code under an open session could lose a half-typed memo, so
 * the tab only learns that an update is ready and the user decides when to reload.
 */
export function startServiceWorker(): void {
  // The dev server has no built assets to precache and serves changed code at once anyway.
  if (import.meta.env.DEV || applyWaiting || !('serviceWorker' in navigator)) return;
  applyWaiting = registerSW({
    onNeedRefresh() {
      updateReady = true;
      listeners.forEach((l) => l());
    },
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
    },
  });
}

/** Activates the waiting version; the page reloads once it controls the tab. */
export function reloadIntoUpdate(): void {
  // A page the service worker does not control yet (the very first visit) never sees the new
  // version take control, so it reloads by itself.
  if (!navigator.serviceWorker.controller) location.reload();
  else void applyWaiting?.(true);
}

export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    (l) => { listeners.add(l); return () => listeners.delete(l); },
    () => updateReady,
  );
}
