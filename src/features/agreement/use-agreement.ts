import { useEffect, useRef, useState } from 'react';
import { computeAgreement, type AgreementRequest, type AgreementResult } from '../../core/agreement';
import { startWorker } from '../../workers/start-worker';
import type { AgreementWorkerMessage } from '../../workers/agreement-worker';

type State = { status: 'idle' } | { status: 'working' } | { status: 'done'; result: AgreementResult } | { status: 'failed'; message: string };

/** Computes the agreement table for a request in a worker (inline where none starts); the page stays responsive. */
export function useAgreement(request: AgreementRequest | null): State {
  const [state, setState] = useState<State>({ status: 'idle' });
  const worker = useRef<Worker | null | undefined>(undefined);
  const seq = useRef(0);
  useEffect(() => () => worker.current?.terminate(), []);
  useEffect(() => {
    if (!request) { setState({ status: 'idle' }); return; }
    const id = ++seq.current;
    setState({ status: 'working' });
    if (worker.current === undefined) {
      worker.current = startWorker(() => new Worker(new URL('../../workers/agreement-worker.ts', import.meta.url), { type: 'module' }));
    }
    const w = worker.current;
    if (!w) {
      try { setState({ status: 'done', result: computeAgreement(request) }); } catch (e) { setState({ status: 'failed', message: (e as Error).message }); }
      return;
    }
    const onMessage = ({ data }: MessageEvent<AgreementWorkerMessage>) => {
      if (data.id !== seq.current) return;
      setState('result' in data ? { status: 'done', result: data.result } : { status: 'failed', message: data.message });
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, request });
    return () => w.removeEventListener('message', onMessage);
  }, [request]);
  return state;
}
