import { useSyncExternalStore } from 'react';

/** Screens, addressed by the URL hash so reload and back/forward keep the user's place. */
export type Route =
  | { name: 'start' }
  | { name: 'code'; projectId: string; documentId?: string; start?: number; end?: number }
  | { name: 'segments'; projectId: string }
  | { name: 'search'; projectId: string }
  | { name: 'participants'; projectId: string }
  | { name: 'outputs'; projectId: string }
  | { name: 'agreement'; projectId: string }
  | { name: 'exchange'; projectId: string };

export type ProjectScreen = Exclude<Route, { name: 'start' }>['name'];

const SCREENS: ProjectScreen[] = ['code', 'segments', 'search', 'participants', 'outputs', 'agreement', 'exchange'];

/** Parses `#/p/<project>/<screen>[/<document>][?at=<start>-<end>]`. */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'p' || !parts[1]) return { name: 'start' };
  const projectId = parts[1];
  const screen = (SCREENS as string[]).includes(parts[2] ?? '') ? (parts[2] as ProjectScreen) : 'code';
  if (screen !== 'code') return { name: screen, projectId };
  const at = new URLSearchParams(query).get('at')?.match(/^(\d+)-(\d+)$/);
  return {
    name: 'code', projectId, documentId: parts[3],
    ...(at ? { start: Number(at[1]), end: Number(at[2]) } : {}),
  };
}

/** The hash for a route. */
export function routeHash(route: Route): string {
  if (route.name === 'start') return '#/';
  const base = `#/p/${encodeURIComponent(route.projectId)}/${route.name}`;
  if (route.name !== 'code' || !route.documentId) return base;
  const at = route.start !== undefined && route.end !== undefined ? `?at=${route.start}-${route.end}` : '';
  return `${base}/${encodeURIComponent(route.documentId)}${at}`;
}

export function navigate(route: Route, replace = false): void {
  const hash = routeHash(route);
  if (replace) history.replaceState(null, '', hash);
  else if (location.hash !== hash) history.pushState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** The current route; re-renders on navigation. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return parseHash(hash);
}
