import { useId } from 'react';
import type { RedactionSuggestion } from '../../core/anonymise/suggest';
import { quoteContext } from '../../core/transcript/blocks';
import type { DocumentMeta, DocumentText } from '../../core/model';

/** Snippets shown per suggestion. */
const SNIPPETS = 3;

interface Props {
  suggestion: RedactionSuggestion;
  replacement: string;
  problem: string | null;
  texts: ReadonlyMap<string, DocumentText>;
  documents: ReadonlyMap<string, DocumentMeta>;
  onReplacement: (value: string) => void;
  onAccept: () => void;
  onReject: () => void;
}

/** One suggested term: how often and where it occurs, its replacement, Accept and Reject. */
export function SuggestionItem({ suggestion, replacement, problem, texts, documents, onReplacement, onAccept, onReject }: Props) {
  const id = useId();
  const { term, count, occurrences } = suggestion;
  return (
    <li className="suggestion panel">
      <div className="row">
        <strong className="suggestion-term">{term}</strong>
        <span className="muted small">{count === 0 ? 'not found in the transcripts' : `${count} ${count === 1 ? 'occurrence' : 'occurrences'}`}</span>
        <span className="spacer" />
        <label htmlFor={`${id}-r`} className="visually-hidden">Replacement for {term}</label>
        <input id={`${id}-r`} value={replacement} size={14} onChange={(e) => onReplacement(e.target.value)}
          aria-invalid={problem !== null} aria-describedby={problem ? `${id}-p` : undefined} />
        <button type="button" className="primary" onClick={onAccept} aria-label={`Accept ${term}`}>Accept</button>
        <button type="button" onClick={onReject} aria-label={`Reject ${term}`}>Reject</button>
      </div>
      {problem && <p id={`${id}-p`} className="error small" role="alert">{problem}</p>}
      {occurrences.length > 0 && (
        <ul className="kwic-snippets">
          {occurrences.slice(0, SNIPPETS).map((o) => {
            const text = texts.get(o.documentId)?.text ?? '';
            const { prefix, quote, suffix } = quoteContext(text, o.start, o.end, 40);
            return (
              <li key={`${o.documentId}:${o.start}`} className="small">
                <span className="muted">{documents.get(o.documentId)?.title ?? 'Untitled document'}:</span>{' '}
                <span className="kwic-context">…{prefix}<span className="kwic-hit">{quote}</span>{suffix}…</span>
              </li>
            );
          })}
          {count > SNIPPETS && <li className="muted small">and {count - SNIPPETS} more</li>}
        </ul>
      )}
    </li>
  );
}
