import { useEffect, useState } from 'react';
import type { AttributeMatrix, CooccurrenceMatrix, CooccurrenceMode } from '../../core/frequencies/matrices';
import type { FrequencyResult, ReportInput } from '../../core/frequencies/theme-frequencies';
import { ReportsClient } from './reports-client';

/** One report as the screen sees it: the latest result, whether a newer one is being computed, or why it failed. */
export interface ReportState<T> {
  result: T | null;
  busy: boolean;
  error: string | null;
}

const IDLE = { result: null, busy: false, error: null };

/** A reports client for as long as the component is mounted. */
export function useReportsClient(): ReportsClient | null {
  const [client, setClient] = useState<ReportsClient | null>(null);
  useEffect(() => {
    const c = new ReportsClient();
    setClient(c);
    return () => c.dispose();
  }, []);
  return client;
}

/** Runs `compute` whenever its inputs change, keeping the last result on screen until the next arrives. */
function useReport<T>(compute: (() => Promise<T>) | null, deps: readonly unknown[]): ReportState<T> {
  const [state, setState] = useState<ReportState<T>>(IDLE);
  useEffect(() => {
    if (!compute) { setState(IDLE); return; }
    let live = true;
    setState((s) => ({ ...s, busy: true }));
    compute().then(
      (result) => { if (live) setState({ result, busy: false, error: null }); },
      (e: unknown) => { if (live) setState({ result: null, busy: false, error: e instanceof Error ? e.message : String(e) }); },
    );
    return () => { live = false; };
  // `compute` is rebuilt every render; `deps` say when it really changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

export interface ReportSettings {
  /** Break frequencies down by this attribute; null for `All` only. */
  groupBy: string | null;
  /** Attribute of the code × attribute heatmap; null when the project has none. */
  matrixAttribute: string | null;
  /** Suppression threshold of the frequencies and the heatmap; null while the typed value is not a usable k. */
  k: number | null;
  mode: CooccurrenceMode;
}

/** Theme frequencies, the code × attribute matrix and the co-occurrence matrix, computed in the reports worker. */
export function useReports(client: ReportsClient | null, input: ReportInput | undefined, settings: ReportSettings) {
  const { groupBy, matrixAttribute, k, mode } = settings;
  const ready = client !== null && input !== undefined;
  const frequencies = useReport<FrequencyResult>(
    ready && k !== null ? () => client.request('frequencies', { data: input, options: { groupByAttributeId: groupBy, k } }) : null,
    [client, input, groupBy, k],
  );
  const matrix = useReport<AttributeMatrix>(
    ready && matrixAttribute !== null && k !== null
      ? () => client.request('attributeMatrix', { data: input, attributeId: matrixAttribute, options: { k } }) : null,
    [client, input, matrixAttribute, k],
  );
  const cooccurrence = useReport<CooccurrenceMatrix>(
    ready ? () => client.request('cooccurrence', { data: input, mode }) : null,
    [client, input, mode],
  );
  return { frequencies, matrix, cooccurrence };
}
