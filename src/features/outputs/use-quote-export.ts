import { useCallback, useState } from 'react';
import { selectQuotes, type QuoteFilter } from '../../core/quotes/select';
import { quotesCsv, quotesFileName } from '../../io/csv/quotes-csv';
import { loadBundle } from '../../storage/bundle';
import { saveQuoteRefs } from '../../storage/redactions';
import { downloadBlob, downloadText } from '../../ui/download';
import { useTracked } from './use-tracked';

export type QuoteFormat = 'csv' | 'markdown' | 'word';

export interface ExportStatus {
  ok: boolean;
  message: string;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function fileNameFor(format: QuoteFormat): string {
  const csv = quotesFileName();
  return format === 'csv' ? csv : csv.replace(/\.csv$/, format === 'markdown' ? '.md' : '.docx');
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Exports the chosen quotes from a fresh snapshot of the project. New quote references are
 * saved first, and the file is built from a snapshot read after they are stored, so every later
 * export gives the same passage the same `Q…` id. Nothing is downloaded when nothing is chosen.
 */
export function useQuoteExport(projectId: string) {
  const { run, announce } = useTracked();
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const exportQuotes = useCallback(async (filter: QuoteFilter, format: QuoteFormat, includeParticipantRef: boolean) => {
    const finish = (next: ExportStatus) => { setStatus(next); announce(next.message); setBusy(false); };
    if (!filter.codeIds?.length) {
      finish({ ok: false, message: 'Choose at least one code first; nothing was exported.' });
      return;
    }
    setBusy(true);
    try {
      const first = selectQuotes(await loadBundle(projectId), filter);
      if (first.rows.length === 0) {
        finish({ ok: false, message: 'No quotes match this choice; nothing was exported.' });
        return;
      }
      let rows = first.rows;
      if (first.newlyReferenced.length > 0) {
        const refs = first.newlyReferenced.map((s) => ({ segmentId: s.id, quoteRef: s.quoteRef ?? '' }));
        if (!(await run(saveQuoteRefs(projectId, refs))).ok) {
          finish({ ok: false, message: 'The quote ids could not be saved, so nothing was exported. Try again.' });
          return;
        }
        const again = selectQuotes(await loadBundle(projectId), filter);
        if (again.newlyReferenced.length > 0) throw new Error('the quote ids changed while exporting; try again');
        rows = again.rows;
      }
      const fileName = fileNameFor(format);
      if (format === 'csv') downloadText(fileName, quotesCsv(rows, { includeParticipantRef }), 'text/csv;charset=utf-8');
      else {
        // Word's writer is large: it loads on the first Markdown or Word export, not with the screen.
        const { quotesDocx, quotesMarkdown } = await import('../../io/documents/quotes-document');
        if (format === 'markdown') downloadText(fileName, quotesMarkdown(rows), 'text/markdown;charset=utf-8');
        else downloadBlob(fileName, new Blob([(await quotesDocx(rows)) as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }));
      }
      finish({ ok: true, message: `Exported ${rows.length} ${rows.length === 1 ? 'quote' : 'quotes'} to ${fileName}` });
    } catch (e) {
      finish({ ok: false, message: `Export failed: ${describe(e)}` });
    }
  }, [projectId, run, announce]);

  return { exportQuotes, status, busy };
}
