import type { ProjectBundle } from '../../core/bundle';
import { attributeMatrix, cooccurrenceMatrix } from '../../core/frequencies/matrices';
import { themeFrequencies, type ReportInput } from '../../core/frequencies/theme-frequencies';
import type { ReportsWorkerMessage, ReportsWorkerRequest } from '../../workers/reports-worker';
import { startWorker } from '../../workers/start-worker';

type Kind = ReportsWorkerRequest['type'];
type InputOf<K extends Kind> = Extract<ReportsWorkerRequest, { type: K }>['input'];
type ResultOf<K extends Kind> = Extract<ReportsWorkerMessage, { type: K }>['result'];

interface Pending {
  request: ReportsWorkerRequest;
  resolve: (result: never) => void;
  reject: (error: Error) => void;
}

/** The parts of a project the reports read (no names of anything are needed beyond code names). */
export function reportInput(bundle: ProjectBundle): ReportInput {
  const { codes, segments, codings, documents, texts, participants, attributes, attributeValues, nonParticipantSpeakers } = bundle;
  return { codes, segments, codings, documents, texts, participants, attributes, attributeValues, nonParticipantSpeakers };
}

/** The same computation as the worker, on this thread. */
function computeHere(request: ReportsWorkerRequest): unknown {
  if (request.type === 'frequencies') return themeFrequencies(request.input.data, request.input.options);
  if (request.type === 'attributeMatrix') return attributeMatrix(request.input.data, request.input.attributeId, request.input.options);
  return cooccurrenceMatrix(request.input.data, request.input.mode, request.input.options);
}

function startReportsWorker(): Worker | null {
  return startWorker(() => new Worker(new URL('../../workers/reports-worker.ts', import.meta.url), { type: 'module', name: 'reports' }));
}

/**
 * Runs report computations in the reports worker, matching answers to requests by id. If the
 * worker cannot start, or fails to load, the requests waiting on it (and all later ones) are
 * computed on the main thread instead, so the reports always appear.
 */
export class ReportsClient {
  private worker: Worker | null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** The data the worker holds, so a request with the same data sends only its options. */
  private sent: ReportInput | null = null;

  constructor() {
    this.worker = startReportsWorker();
    if (this.worker) {
      this.worker.onmessage = (e: MessageEvent<ReportsWorkerMessage>) => this.answer(e.data);
      this.worker.onerror = (e) => { e.preventDefault(); this.fallBack(); };
    }
  }

  request<K extends Kind>(type: K, input: InputOf<K>): Promise<ResultOf<K>> {
    const request = { id: this.nextId++, type, input } as ReportsWorkerRequest;
    return new Promise<ResultOf<K>>((resolve, reject) => {
      if (!this.worker) {
        this.computeLater(request, resolve as (r: never) => void, reject);
        return;
      }
      this.pending.set(request.id, { request, resolve: resolve as (r: never) => void, reject });
      const data = request.input.data;
      this.worker.postMessage(data === this.sent ? { ...request, input: { ...request.input, data: undefined } } : request);
      this.sent = data;
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new Error('The reports were closed.'));
    this.pending.clear();
  }

  private answer(message: ReportsWorkerMessage): void {
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.type === 'failed') waiting.reject(new Error(message.message));
    else waiting.resolve(message.result as never);
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) this.computeLater(p.request, p.resolve, p.reject);
  }

  private computeLater(request: ReportsWorkerRequest, resolve: (r: never) => void, reject: (e: Error) => void): void {
    setTimeout(() => {
      try {
        resolve(computeHere(request) as never);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    }, 0);
  }
}
