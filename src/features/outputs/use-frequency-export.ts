import { useCallback, useState } from 'react';
import { frequenciesCsv, frequenciesFileName } from '../../io/csv/frequencies-csv';
import { loadBundle } from '../../storage/bundle';
import { downloadText } from '../../ui/download';
import { reportInput, type ReportsClient } from './reports-client';
import type { ExportStatus } from './use-quote-export';
import { useTracked } from './use-tracked';

/** Exports theme frequencies (suppressed at k) computed in the reports worker from a fresh snapshot. */
export function useFrequencyExport(projectId: string, client: ReportsClient | null) {
  const { announce } = useTracked();
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const exportFrequencies = useCallback(async (groupBy: string | null, k: number | null) => {
    const finish = (next: ExportStatus) => { setStatus(next); announce(next.message); setBusy(false); };
    if (k === null) { finish({ ok: false, message: 'Enter a whole number of at least 2 for k; nothing was exported.' }); return; }
    if (!client) { finish({ ok: false, message: 'The reports are still starting; try again in a moment.' }); return; }
    setBusy(true);
    try {
      const bundle = await loadBundle(projectId);
      if (bundle.codes.length === 0) { finish({ ok: false, message: 'The project has no codes yet; nothing was exported.' }); return; }
      const result = await client.request('frequencies', { data: reportInput(bundle), options: { groupByAttributeId: groupBy, k } });
      const fileName = frequenciesFileName(bundle.project.name, result.k);
      downloadText(fileName, frequenciesCsv(result.rows), 'text/csv;charset=utf-8');
      finish({ ok: true, message: `Exported frequencies of ${bundle.codes.length} codes (k = ${result.k}) to ${fileName}` });
    } catch (e) {
      finish({ ok: false, message: `Export failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }, [projectId, client, announce]);

  return { exportFrequencies, status, busy };
}
