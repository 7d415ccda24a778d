import { useId, type RefObject } from 'react';
import type { DocumentMatches } from '../../core/search/find-in-document';

interface Props {
  id: string;
  query: string;
  matches: DocumentMatches;
  current: number;
  inputRef: RefObject<HTMLInputElement | null>;
  onQuery: (query: string) => void;
  onStep: (direction: 1 | -1) => void;
  onClose: () => void;
}

function countLabel(query: string, { ranges, truncated }: DocumentMatches, current: number): string {
  if (query.trim() === '') return '';
  if (ranges.length === 0) return 'No match';
  return `${(current + 1).toLocaleString()} of ${ranges.length.toLocaleString()}${truncated ? '+' : ''}`;
}

/**
 * The find bar of the open transcript. It sits outside the transcript's scrolling region, so keys
 * typed here never reach the coding shortcuts; Escape anywhere in it closes it.
 */
export function FindBar({ id, query, matches, current, inputRef, onQuery, onStep, onClose }: Props) {
  const own = useId();
  const none = matches.ranges.length === 0;
  return (
    <div id={id} className="find-bar row" role="search" aria-label="Find in this transcript"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onClose(); } }}>
      <label htmlFor={`${own}-q`}>Find</label>
      <input ref={inputRef} id={`${own}-q`} type="text" value={query} spellCheck={false} autoComplete="off"
        aria-describedby={`${own}-n`} aria-invalid={query.trim() !== '' && none}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
          e.preventDefault();
          onStep(e.shiftKey ? -1 : 1);
        }} />
      <span id={`${own}-n`} className="find-count small" aria-live="polite">{countLabel(query, matches, current)}</span>
      <button type="button" className="icon" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={none} onClick={() => onStep(-1)}>↑</button>
      <button type="button" className="icon" aria-label="Next match" title="Next match (Enter)" disabled={none} onClick={() => onStep(1)}>↓</button>
      <button type="button" className="icon" aria-label="Close find" title="Close find (Escape)" onClick={onClose}>×</button>
    </div>
  );
}
