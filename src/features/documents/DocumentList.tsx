import { useMemo } from 'react';
import type { DocumentMeta, Segment } from '../../core/model';
import { coveredLength } from '../../core/spans/coded-spans';

interface Props {
  documents: DocumentMeta[];
  segments: readonly Segment[];
  openId: string | null;
  onOpen: (documentId: string) => void;
  onDelete: (doc: DocumentMeta) => void;
}

/** The project's transcripts with word counts, speakers and the share of text coded. */
export function DocumentList({ documents, segments, openId, onOpen, onDelete }: Props) {
  const progress = useMemo(() => {
    const byDoc = new Map<string, Segment[]>();
    for (const s of segments) {
      const list = byDoc.get(s.documentId);
      if (list) list.push(s); else byDoc.set(s.documentId, [s]);
    }
    return new Map(documents.map((d) => [d.id, d.length ? coveredLength(byDoc.get(d.id) ?? []) / d.length : 0]));
  }, [documents, segments]);
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
