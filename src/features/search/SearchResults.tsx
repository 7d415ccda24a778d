import type { SearchHit } from '../../core/search/find';
import { hitKey, type HitGroup } from '../../core/search/hits';

interface Props {
  groups: HitGroup[];
  unchecked: ReadonlySet<string>;
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
                <li key={key} className="kwic-line">
                  <input type="checkbox" checked={!unchecked.has(key)} onChange={(e) => onToggle(hit, e.target.checked)}
                    aria-label={`Select hit ${i + 1} in ${group.title}: ${hit.match}`} />
                  <button type="button" className="kwic" onClick={() => onOpen(hit)}>
                    <span className="kwic-before muted"><span>{hit.before}</span></span>
                    <span className="kwic-hit">{hit.match}</span>
                    <span className="kwic-after">{hit.after}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
