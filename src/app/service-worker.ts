import { useSyncExternalStore } from 'react';
import { Workbox } from 'workbox-window';

/** An open tab asks for a new version this often; the browser itself checks on every navigation. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** `ready`: a new version waits for this tab's consent; `elsewhere`: another tab switched to it. */
export type UpdateState = 'none' | 'ready' | 'elsewhere';

let state: UpdateState = 'none';
let workbox: Workbox | null = null;
let registration: ServiceWorkerRegistration | undefined;
let switching = false;
const listeners = new Set<() => void>();

function set(next: UpdateState): void {
  state = next;
  listeners.forEach((l) => l());
}

/**
 * Registers the service worker that keeps the app usable offline. A new version installs in the
 * background and waits: swapping code under an open session could lose a half-typed memo, so
 * the tab only learns that an update is ready and the user decides when to reload. When the
 * user switches in one tab, the others are told, not reloaded.
 */
export function startServiceWorker(): void {
  // The dev server has no built assets to precache and serves changed code at once anyway.
  if (import.meta.env.DEV || workbox || !('serviceWorker' in navigator)) return;
  workbox = new Workbox('./sw.js', { scope: './' });
  workbox.addEventListener('waiting', () => set('ready'));
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (switching) location.reload();
    else if (hadController) set('elsewhere');
  });
  void workbox.register().then((r) => {
    registration = r;
    if (r) setInterval(() => void r.update().catch(() => undefined), CHECK_EVERY_MS);
  }, () => undefined);
}

/** Switches to the waiting version, or reloads into the one already active. */
export function reloadIntoUpdate(): void {
  if (navigator.serviceWorker.controller && registration?.waiting && workbox) {
    switching = true;
    workbox.messageSkipWaiting();
  } else {
    location.reload();
  }
}

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(
    (l) => { listeners.add(l); return () => listeners.delete(l); },
    () => state,
  );
}
