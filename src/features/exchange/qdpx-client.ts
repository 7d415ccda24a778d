import type { QdpxImport } from '../../io/qdpx/import-project';
import type { PositionOption, QdcResult, QdpxProject } from '../../io/qdpx/types';
import type { QdpxWorkerMessage } from '../../workers/qdpx-worker';
import { startWorker } from '../../workers/start-worker';

/** The largest .qdpx Verbatim opens; bigger files are refused before they are read. */
export const MAX_QDPX_BYTES = 500 * 1024 * 1024;

function startQdpxWorker(): Worker | null {
  return startWorker(() => new Worker(new URL('../../workers/qdpx-worker.ts', import.meta.url), { type: 'module' }));
}

function talk<T>(post: (w: Worker) => void, onProgress: ((done: number, total: number) => void) | undefined, pick: (m: QdpxWorkerMessage) => T | undefined): Promise<T> | null {
  const worker = startQdpxWorker();
  if (!worker) return null;
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<QdpxWorkerMessage>) => {
      const m = e.data;
      if (m.type === 'progress') { onProgress?.(m.done, m.total); return; }
      worker.terminate();
      if (m.type === 'failed') { reject(new Error(m.message)); return; }
      const value = pick(m);
      if (value === undefined) reject(new Error('unexpected answer from the REFI-QDA worker'));
      else resolve(value);
    };
    worker.onerror = (e) => { worker.terminate(); reject(new Error(e.message || 'the REFI-QDA worker failed')); };
    post(worker);
  });
}

/** Reads a .qdpx and converts it to a project off the main thread (inline when no worker can start). */
export function importQdpxInWorker(bytes: Uint8Array, positions: PositionOption, newId: () => string, onProgress?: (done: number, total: number) => void): Promise<QdpxImport> {
  const now = Date.now();
  const viaWorker = talk((w) => w.postMessage({ type: 'import', bytes, positions, now }, [bytes.buffer as ArrayBuffer]), onProgress,
    (m) => (m.type === 'imported' ? m.imported : undefined));
  // The reader (zip, XML) loads only here, so the start screen does not carry it.
  return viaWorker ?? import('../../io/qdpx/import-project').then(({ importQdpx }) => importQdpx(bytes, { positions, onProgress, newId, now }));
}

/** Writes a .qdpx off the main thread (inline when no worker can start). */
export function writeQdpxInWorker(project: QdpxProject): Promise<Uint8Array> {
  const viaWorker = talk((w) => w.postMessage({ type: 'write', project }), undefined, (m) => (m.type === 'written' ? m.bytes : undefined));
  return viaWorker ?? import('../../io/qdpx/write').then(({ writeQdpx }) => writeQdpx(project));
}

/** Reads a .qdc codebook off the main thread (inline when no worker can start): a hostile file costs the worker, not the page. */
export function readQdcInWorker(bytes: Uint8Array): Promise<QdcResult> {
  const viaWorker = talk((w) => w.postMessage({ type: 'read-qdc', bytes }, [bytes.buffer as ArrayBuffer]), undefined,
    (m) => (m.type === 'qdc' ? m.result : undefined));
  return viaWorker ?? import('../../io/qdpx/read').then(({ readQdc }) => readQdc(bytes));
}
