import { markedRuns, type PreviewQuote } from './quote-preview';

/** A group's count; "first 200 of 234" when the preview stops inside it. */
function quoteCount(shown: number, all: number): string {
  return shown < all ? `first ${shown} of ${all.toLocaleString('en')}` : String(all);
}

/** Quotes laid out as in a paper: the quote with its redactions marked, then the attribution. */
export function QuotePreviewList({ rows, counts }: { rows: readonly PreviewQuote[]; counts: ReadonlyMap<string, number> }) {
  const groups: { codePath: string; rows: PreviewQuote[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.codePath === row.codePath) last.rows.push(row);
    else groups.push({ codePath: row.codePath, rows: [row] });
  }
  return (
    <section className="quote-preview" aria-label="Quote preview">
      {groups.map((group) => (
        <div key={group.codePath} className="quote-group">
          <h3>{group.codePath} <span className="muted">({quoteCount(group.rows.length, counts.get(group.codePath) ?? group.rows.length)})</span></h3>
          <ol className="quote-list">
            {group.rows.map((row) => (
              <li key={`${row.codeId}:${row.segmentId}`} className="quote-item">
                <blockquote className="quote-text">
                  “{markedRuns(row.quote, row.marks).map((run, i) => run.marked
                    ? <mark key={i} className="redaction-mark" title="Redacted">{run.text}</mark>
                    : <span key={i}>{run.text}</span>)}”
                </blockquote>
                <p className="attribution">— {row.attribution} <span className="quote-ref muted">{row.quoteRef}</span></p>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
