import { useEffect, useRef, useState } from 'react';
import { compileQuery, findInTexts, type SearchResult, type SearchText } from '../../core/search/find';
import type { SearchFlags, SearchRequest, SearchResponse } from '../../workers/search-protocol';
import { startWorker } from '../../workers/start-worker';

/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 200;
/** A search still running after this long is stopped (a runaway regular expression). */
const STOP_AFTER_MS = 8000;

const TOO_SLOW: SearchResult = {
  hits: [],
  truncated: false,
  error: 'The search took too long and was stopped. Try a simpler pattern (nested repeats such as (a+)+ are slow).',
};

export interface SearchState {
  /** Null before the first search and while the query is empty. */
  result: SearchResult | null;
  /** True from a change of query, flags or texts until its result is in. */
  searching: boolean;
}

function startSearchWorker(): Worker | null {
  return startWorker(() => new Worker(new URL('../../workers/search-worker.ts', import.meta.url), { type: 'module', name: 'project-search' }));
}

/**
 * Searches `texts` for `query`, debounced, in a worker that is restarted when a search runs
 * too long. Falls back to searching on the main thread where workers are unavailable.
 */
export function useProjectSearch(texts: SearchText[] | undefined, query: string, flags: SearchFlags): SearchState {
  const [state, setState] = useState<SearchState>({ result: null, searching: false });
  const worker = useRef<{ worker: Worker | null; texts: SearchText[] | null; busy: boolean } | null>(null);
  const lastId = useRef(0);
  const { regex, caseSensitive, wholeWord } = flags;

  useEffect(() => () => {
    worker.current?.worker?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => {
    const options = { regex, caseSensitive, wholeWord };
    const id = ++lastId.current;
    if (compileQuery(query, options) === null) {
      setState({ result: null, searching: false });
      return;
    }
    if (!texts) {
      setState((s) => ({ ...s, searching: true }));
      return;
    }
    setState((s) => ({ ...s, searching: true }));
    let stopTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: SearchResult) => {
      if (id !== lastId.current) return;
      clearTimeout(stopTimer);
      if (worker.current) worker.current.busy = false;
      setState({ result, searching: false });
    };

    const debounce = setTimeout(() => {
      // A search still running would hold up this one; start a fresh worker instead.
      if (worker.current?.busy) {
        worker.current.worker?.terminate();
        worker.current = null;
      }
      worker.current ??= { worker: startSearchWorker(), texts: null, busy: false };
      const w = worker.current;
      if (!w.worker) {
        finish(findInTexts(texts, query, options));
        return;
      }
      w.worker.onmessage = (e: MessageEvent<SearchResponse>) => { if (e.data.id === id) finish(e.data.result); };
      w.worker.onerror = () => finish({ hits: [], truncated: false, error: 'The search failed. Please try again.' });
      if (w.texts !== texts) {
        w.worker.postMessage({ type: 'texts', texts } satisfies SearchRequest);
        w.texts = texts;
      }
      w.busy = true;
      w.worker.postMessage({ type: 'search', id, query, flags: options } satisfies SearchRequest);
      stopTimer = setTimeout(() => {
        w.worker?.terminate();
        if (worker.current === w) worker.current = null;
        finish(TOO_SLOW);
      }, STOP_AFTER_MS);
    }, DEBOUNCE_MS);

    return () => {
      clearTimeout(debounce);
      clearTimeout(stopTimer);
    };
  }, [texts, query, regex, caseSensitive, wholeWord]);

  return state;
}
