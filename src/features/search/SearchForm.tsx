import { useId } from 'react';
import type { SearchFlags } from '../../workers/search-protocol';

interface Props {
  query: string;
  flags: SearchFlags;
  onQuery: (query: string) => void;
  onFlags: (flags: SearchFlags) => void;
}

const FLAG_LABELS: [keyof SearchFlags, string][] = [
  ['regex', 'Regular expression'],
  ['caseSensitive', 'Match case'],
  ['wholeWord', 'Whole words'],
];

/** The search box and its options. Searching starts as you type. */
export function SearchForm({ query, flags, onQuery, onFlags }: Props) {
  const id = useId();
  return (
    <form role="search" className="stack search-form" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-q`}>Search all documents</label>
      <input id={`${id}-q`} type="search" value={query} autoFocus spellCheck={false}
        onChange={(e) => onQuery(e.target.value)} />
      <div className="row" role="group" aria-label="Search options">
        {FLAG_LABELS.map(([flag, label]) => (
          <label key={flag}>
            <input type="checkbox" checked={flags[flag]} onChange={(e) => onFlags({ ...flags, [flag]: e.target.checked })} />
            {' '}{label}
          </label>
        ))}
      </div>
    </form>
  );
}
