import { useDeferredValue, useMemo, useState } from 'react';
import type { ProjectBundle } from '../../core/bundle';
import { QuoteFilters } from './QuoteFilters';
import { QuotePreviewList } from './QuotePreviewList';
import { EMPTY_CHOICE, previewQuotes, toQuoteFilter, type QuoteChoice } from './quote-preview';
import { useQuoteExport, type QuoteFormat } from './use-quote-export';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Choose quotes, see each exactly as it will leave the tool, and export them. */
export function QuotesSection({ projectId, bundle }: { projectId: string; bundle: ProjectBundle }) {
  const [choice, setChoice] = useState<QuoteChoice>(EMPTY_CHOICE);
  const [withRefs, setWithRefs] = useState(false);
  const shownChoice = useDeferredValue(choice);
  const preview = useMemo(() => (shownChoice.codeIds.size > 0 ? previewQuotes(bundle, shownChoice) : null), [bundle, shownChoice]);
  const { exportQuotes, status, busy } = useQuoteExport(projectId);
  const run = (format: QuoteFormat) => void exportQuotes(toQuoteFilter(choice), format, withRefs);

  return (
    <section className="outputs-section" aria-labelledby="quotes-title">
      <h2 id="quotes-title">Quotes</h2>
      <p className="muted small">Quotes are redacted with the list above and attributed by role (the project’s attribution template), never by name.</p>
      <QuoteFilters bundle={bundle} choice={choice} onChange={setChoice} />
      <div className="row export-bar">
        <button type="button" className="primary" disabled={busy} onClick={() => run('csv')}>Export quotes CSV</button>
        <label className="row"><input type="checkbox" checked={withRefs} onChange={(e) => setWithRefs(e.target.checked)} /> Add participant_ref column</label>
        <button type="button" disabled={busy} onClick={() => run('markdown')}>Export quotes as Markdown</button>
        <button type="button" disabled={busy} onClick={() => run('word')}>Export quotes as Word</button>
      </div>
      <p className={`export-status ${status?.ok === false ? 'error' : 'ok'}`} role="status">{status?.message ?? ''}</p>
      <p className="quote-count" aria-live="polite">
        {preview === null ? 'Choose one or more codes to see their quotes.'
          : preview.total === 0 ? 'No quotes match this choice.'
          : `${plural(preview.total, 'quote', 'quotes')} from ${plural(preview.passages, 'passage', 'passages')} in ${plural(preview.documents, 'document', 'documents')}`}
      </p>
      {preview && preview.warnings.length > 0 && (
        <ul className="error small">{preview.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
      )}
      {preview && preview.total > preview.rows.length && (
        <p className="muted small">The preview shows the first {preview.rows.length.toLocaleString('en')}; the export has every one.</p>
      )}
      {preview && preview.rows.length > 0 && <QuotePreviewList rows={preview.rows} counts={preview.countByCode} />}
    </section>
  );
}
