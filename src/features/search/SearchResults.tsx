import { memo } from 'react';
import type { SearchHit } from '../../core/search/find';
import { hitKey, oneLine, type HitGroup } from '../../core/search/hits';

interface Props {
  groups: HitGroup[];
  unchecked: ReadonlySet<string>;
  /** Both callbacks should be stable, so ticking one of 5,000 hits re-renders one line. */
  onToggle: (hit: SearchHit, checked: boolean) => void;
  onOpen: (hit: SearchHit) => void;
}

/** Hits as keyword-in-context lines, grouped by document; each can be ticked or opened. */
export function SearchResults({ groups, unchecked, onToggle, onOpen }: Props) {
  return (
    <div className="search-results">
      {groups.map((group) => (
        <section key={group.documentId} className="search-group" aria-labelledby={`hits-${group.documentId}`}>
          <h2 id={`hits-${group.documentId}`}>
            {group.title} <span className="muted">({group.hits.length})</span>
          </h2>
          <ul className="kwic-list">
            {group.hits.map((hit, i) => {
              const key = hitKey(hit);
              return (
                <HitLine key={key} hit={hit} checked={!unchecked.has(key)} label={`Select hit ${i + 1} in ${group.title}`}
                  onToggle={onToggle} onOpen={onOpen} />
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

interface LineProps {
  hit: SearchHit;
  checked: boolean;
  label: string;
  onToggle: (hit: SearchHit, checked: boolean) => void;
  onOpen: (hit: SearchHit) => void;
}

const HitLine = memo(function HitLine({ hit, checked, label, onToggle, onOpen }: LineProps) {
  return (
    <li className="kwic-line">
      <input type="checkbox" checked={checked} onChange={(e) => onToggle(hit, e.target.checked)}
        aria-label={`${label}: ${hit.match}`} />
      <button type="button" className="kwic" onClick={() => onOpen(hit)}>
        <span className="kwic-before muted"><span>{oneLine(hit.before)}</span></span>
        <span className="kwic-hit">{oneLine(hit.match)}</span>
        <span className="kwic-after">{oneLine(hit.after)}</span>
      </button>
    </li>
  );
});
