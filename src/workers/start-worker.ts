/**
 * Starts a worker built by `create`, or returns null where workers are unavailable or refuse to
 * start (an old browser, a blocked script): every caller then does the work on the main thread.
 * `create` must spell out `new Worker(new URL('…', import.meta.url), …)` itself, because that is
 * the form Vite finds and bundles.
 */
export function startWorker(create: () => Worker): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return create();
  } catch {
    return null;
  }
}
