import type { SearchOptions, SearchResult, SearchText } from '../core/search/find';

/** The flags the search screen offers; limits stay at their defaults. */
export type SearchFlags = Pick<SearchOptions, 'regex' | 'caseSensitive' | 'wholeWord'>;

/** Messages to the search worker: the texts once, then any number of searches over them. */
export type SearchRequest =
  | { type: 'texts'; texts: SearchText[] }
  | { type: 'search'; id: number; query: string; flags: SearchFlags };

export interface SearchResponse {
  id: number;
  result: SearchResult;
}
