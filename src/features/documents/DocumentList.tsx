import { useMemo, useState } from 'react';
import type { DocumentMeta, Segment } from '../../core/model';
import { coveredLength } from '../../core/spans/coded-spans';

interface Props {
  documents: DocumentMeta[];
  /** Each document's segments; a document's array keeps its identity until it changes. */
  segmentsByDocument: ReadonlyMap<string, readonly Segment[]>;
  openId: string | null;
  onOpen: (documentId: string) => void;
  onDelete: (doc: DocumentMeta) => void;
}

/** The project's transcripts with word counts, speakers and the share of text coded. */
export function DocumentList({ documents, segmentsByDocument, openId, onOpen, onDelete }: Props) {
  // Coverage per document's segment array: a coding re-measures its own document only.
  const [covered] = useState(() => new WeakMap<readonly Segment[], number>());
  const progress = useMemo(() => new Map(documents.map((d) => {
    const segments = segmentsByDocument.get(d.id);
    if (!segments || !d.length) return [d.id, 0];
    let length = covered.get(segments);
    if (length === undefined) covered.set(segments, (length = coveredLength(segments)));
    return [d.id, length / d.length];
  })), [documents, segmentsByDocument, covered]);
  if (documents.length === 0) return <p className="muted">No documents yet: import transcripts to start.</p>;
  return (
    <ul className="doc-list" aria-label="Documents">
      {documents.map((d) => {
        const share = Math.round((progress.get(d.id) ?? 0) * 100);
        return (
          <li key={d.id} className={d.id === openId ? 'doc-item open' : 'doc-item'}>
            <button type="button" className="doc-open" aria-current={d.id === openId ? 'page' : undefined} onClick={() => onOpen(d.id)}>
              <span className="doc-name">{d.title}</span>
              <span className="muted small">{d.wordCount.toLocaleString()} words · {d.speakers.length} speakers · {share}% coded</span>
              <span className="coverage" aria-hidden="true"><span style={{ width: `${share}%` }} /></span>
            </button>
            <button type="button" className="icon" aria-label={`Delete ${d.title}`} onClick={() => onDelete(d)}>×</button>
          </li>
        );
      })}
    </ul>
  );
}
