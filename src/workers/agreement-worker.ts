/**
 * Web Worker that computes an agreement table off the main thread: a thin shell over
 * `computeAgreement`, which the main thread calls itself where no worker starts.
 * Protocol: post `{ id, request }`; the answer is `{ id, result }` or `{ id, message }` on failure.
 */
import { computeAgreement, type AgreementRequest, type AgreementResult } from '../core/agreement';

export type AgreementWorkerMessage = { id: number; result: AgreementResult } | { id: number; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; request: AgreementRequest }>) => void) | null;
  postMessage(message: AgreementWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, result: computeAgreement(data.request) });
  } catch (e) {
    scope.postMessage({ id: data.id, message: (e as Error).message });
  }
};
