import { useCallback, useState } from 'react';
import type { ProjectBundle } from '../../core/bundle';
import type { SuggestionResult } from '../../core/anonymise/suggest';
import type { SuggestWorkerMessage } from '../../workers/suggest-worker';
import { startWorker } from '../../workers/start-worker';

export type SuggestionState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: SuggestionResult; ms: number }
  | { status: 'failed'; error: string };

/** Runs the scan in a worker (it takes seconds on a large project); inline if no worker can start. */
function startSuggestWorker(): Worker | null {
  return startWorker(() => new Worker(new URL('../../workers/suggest-worker.ts', import.meta.url), { type: 'module' }));
}

function runSuggestions(bundle: ProjectBundle): Promise<{ result: SuggestionResult; ms: number }> {
  const w = startSuggestWorker();
  if (!w) {
    // The scan and its language model load only here, never with the Outputs screen.
    return import('../../core/anonymise/suggest').then(({ suggestRedactions }) => {
      const started = performance.now();
      return { result: suggestRedactions(bundle), ms: performance.now() - started };
    });
  }
  return new Promise((resolve, reject) => {
    w.onmessage = (e: MessageEvent<SuggestWorkerMessage>) => {
      w.terminate();
      if (e.data.type === 'done') resolve({ result: e.data.result, ms: e.data.ms });
      else reject(new Error(e.data.message));
    };
    w.onerror = (e) => { w.terminate(); reject(new Error(e.message || 'the suggestion worker failed')); };
    w.postMessage({ id: 1, input: bundle });
  });
}

/** Rejected suggestions (term keys) per project, kept while the page is open. */
const rejectedByProject = new Map<string, Set<string>>();

/**
 * Finds identifying words on request (core's `suggestRedactions`), off the main thread.
 * Also remembers which suggestions were rejected, for this browser session.
 */
export function useSuggestions(projectId: string) {
  const [state, setState] = useState<SuggestionState>({ status: 'idle' });
  const [rejected, setRejected] = useState<ReadonlySet<string>>(() => rejectedByProject.get(projectId) ?? new Set());

  const find = useCallback((bundle: ProjectBundle) => {
    setState({ status: 'running' });
    runSuggestions(bundle).then(
      ({ result, ms }) => setState({ status: 'done', result, ms }),
      (e: unknown) => setState({ status: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
  }, []);

  const reject = useCallback((key: string) => {
    const next = new Set(rejectedByProject.get(projectId) ?? []);
    next.add(key);
    rejectedByProject.set(projectId, next);
    setRejected(next);
  }, [projectId]);

  return { state, find, rejected, reject };
}
