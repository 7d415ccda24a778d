import { useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { documentMatches, matchFrom, NO_MATCHES, stepMatch, type DocumentMatches } from '../../core/search/find-in-document';
import type { TextRange } from '../../core/spans/range';

interface FindState {
  open: boolean;
  query: string;
  matches: DocumentMatches;
  /** Index into `matches.ranges`, -1 when there is no match. */
  current: number;
  /** Where the reader was when find opened: the first match is looked for from here. */
  from: number;
}

export interface Find extends FindState {
  inputRef: RefObject<HTMLInputElement | null>;
  /** Opens the bar, or goes back to it, with the query selected; `from` is the reader's place. */
  show: (from: number) => void;
  search: (query: string) => void;
  step: (direction: 1 | -1) => void;
  /** Closes the bar, keeping the query for next time; returns the match that was current. */
  close: () => TextRange | null;
}

const CLOSED: FindState = { open: false, query: '', matches: NO_MATCHES, current: -1, from: 0 };

/**
 * Find in the open document. Matches are computed in the event that changes the query (one
 * linear scan of the text per keystroke), never during render, and each change of the current
 * match asks `reveal` to bring it into view. A document's text never changes once imported, so
 * matches found for it stay valid while the bar is open.
 */
export function useFind(text: string, reveal: (range: TextRange) => void): Find {
  const [state, setState] = useState<FindState>(CLOSED);
  const inputRef = useRef<HTMLInputElement | null>(null);

  const go = (next: FindState, sync = false) => {
    if (sync) flushSync(() => setState(next));
    else setState(next);
    const range = next.matches.ranges[next.current];
    if (range) reveal(range);
  };

  const show = (from: number) => {
    if (!state.open) {
      const matches = documentMatches(text, state.query);
      // Synchronously, so the input exists to take focus within this same key press.
      go({ ...state, open: true, matches, current: matchFrom(matches.ranges, from), from }, true);
    }
    inputRef.current?.focus();
    inputRef.current?.select();
  };

  const search = (query: string) => {
    const matches = documentMatches(text, query);
    // Refining a query keeps the reader where they are: from the current match, not the top.
    const here = state.matches.ranges[state.current]?.start ?? state.from;
    go({ ...state, query, matches, current: matchFrom(matches.ranges, here) });
  };

  const step = (direction: 1 | -1) => {
    const current = stepMatch(state.current, state.matches.ranges.length, direction);
    if (current >= 0) go({ ...state, current });
  };

  const close = () => {
    const range = state.matches.ranges[state.current] ?? null;
    setState({ ...CLOSED, query: state.query });
    return range;
  };

  return { ...state, inputRef, show, search, step, close };
}
