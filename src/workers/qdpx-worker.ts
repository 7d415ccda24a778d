/**
 * Web Worker that reads and writes REFI-QDA projects off the main thread. A thin shell: all logic
 * lives in `readQdpx` / `writeQdpx`.
 *
 * Protocol: post `{ type: 'read', bytes, positions }` and receive `progress` messages then one
 * `result`; post `{ type: 'read-qdc', bytes }` and receive `qdc`; post `{ type: 'write', project }` and receive `written` with the .qdpx bytes (their
 * buffer is transferred). An unexpected exception is answered with `failed`.
 */
import { importQdpx, type QdpxImport } from '../io/qdpx/import-project';
import { readQdc, readQdpx } from '../io/qdpx/read';
import type { PositionOption, QdcResult, QdpxProject, QdpxResult } from '../io/qdpx/types';
import { writeQdpx } from '../io/qdpx/write';

export type QdpxWorkerRequest =
  | { type: 'read'; bytes: Uint8Array; positions?: PositionOption }
  | { type: 'import'; bytes: Uint8Array; positions: PositionOption; now: number }
  | { type: 'write'; project: QdpxProject }
  | { type: 'read-qdc'; bytes: Uint8Array };

export type QdpxWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: QdpxResult }
  | { type: 'imported'; imported: QdpxImport }
  | { type: 'written'; bytes: Uint8Array }
  | { type: 'qdc'; result: QdcResult }
  | { type: 'failed'; message: string };

/** The worker global scope, typed narrowly: the app's tsconfig has DOM types, not WebWorker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<QdpxWorkerRequest>) => void) | null;
  postMessage(message: QdpxWorkerMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const request = event.data;
  try {
    if (request.type === 'read') {
      const onProgress = (done: number, total: number) => scope.postMessage({ type: 'progress', done, total });
      const result = await readQdpx(request.bytes, { positions: request.positions ?? 'auto', onProgress });
      scope.postMessage({ type: 'result', result });
    } else if (request.type === 'import') {
      const onProgress = (done: number, total: number) => scope.postMessage({ type: 'progress', done, total });
      const imported = await importQdpx(request.bytes, { positions: request.positions, onProgress, newId: () => crypto.randomUUID(), now: request.now });
      scope.postMessage({ type: 'imported', imported });
    } else if (request.type === 'read-qdc') {
      scope.postMessage({ type: 'qdc', result: await readQdc(request.bytes) });
    } else if (request.type === 'write') {
      const bytes = await writeQdpx(request.project);
      scope.postMessage({ type: 'written', bytes }, [bytes.buffer as ArrayBuffer]);
    }
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
