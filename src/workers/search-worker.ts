/**
 * Runs project searches off the main thread, so a slow regular expression never freezes the
 * page and can be stopped by terminating the worker.
 */
import { findInTexts, type SearchText } from '../core/search/find';
import type { SearchRequest, SearchResponse } from './search-protocol';

let texts: SearchText[] = [];

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'texts') {
    texts = request.texts;
    return;
  }
  const response: SearchResponse = { id: request.id, result: findInTexts(texts, request.query, request.flags) };
  postMessage(response);
});
