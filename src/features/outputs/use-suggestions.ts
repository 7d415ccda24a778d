import { useCallback, useState } from 'react';
import type { ProjectBundle } from '../../core/bundle';
import { suggestRedactions, type SuggestionResult } from '../../core/anonymise/suggest';

export type SuggestionState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: SuggestionResult; ms: number }
  | { status: 'failed'; error: string };

/** Runs `work` when the browser is idle (soon, at the latest), so the click paints first. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 300 });
  else setTimeout(work, 0);
}

/** Rejected suggestions (term keys) per project, kept while the page is open. */
const rejectedByProject = new Map<string, Set<string>>();

/**
 * Finds identifying words on request (core's `suggestRedactions`), in an idle callback.
 * Also remembers which suggestions were rejected, for this browser session.
 */
export function useSuggestions(projectId: string) {
  const [state, setState] = useState<SuggestionState>({ status: 'idle' });
  const [rejected, setRejected] = useState<ReadonlySet<string>>(() => rejectedByProject.get(projectId) ?? new Set());

  const find = useCallback((bundle: ProjectBundle) => {
    setState({ status: 'running' });
    whenIdle(() => {
      try {
        const started = performance.now();
        const result = suggestRedactions(bundle);
        setState({ status: 'done', result, ms: performance.now() - started });
      } catch (e) {
        setState({ status: 'failed', error: e instanceof Error ? e.message : String(e) });
      }
    });
  }, []);

  const reject = useCallback((key: string) => {
    const next = new Set(rejectedByProject.get(projectId) ?? []);
    next.add(key);
    rejectedByProject.set(projectId, next);
    setRejected(next);
  }, [projectId]);

  return { state, find, rejected, reject };
}
