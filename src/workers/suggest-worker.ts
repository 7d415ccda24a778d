/**
 * Web Worker shell for `suggestRedactions` (the NLP scan takes a second or more on a few
 * interviews, too long for the main thread). Protocol: `{ id, input, options? }` →
 * `{ id, result, ms }` or `{ id, type: 'failed', message }`.
 */
import { suggestRedactions, type SuggestInput, type SuggestionResult, type SuggestOptions } from '../core/anonymise/suggest';

export type SuggestWorkerRequest = { id: number; input: SuggestInput; options?: SuggestOptions };
export type SuggestWorkerMessage = { id: number; type: 'done'; result: SuggestionResult; ms: number } | { id: number; type: 'failed'; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<SuggestWorkerRequest>) => void) | null;
  postMessage(message: SuggestWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, input, options } = event.data;
  try {
    const start = performance.now();
    const result = suggestRedactions(input, options);
    scope.postMessage({ id, type: 'done', result, ms: performance.now() - start });
  } catch (error) {
    scope.postMessage({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
