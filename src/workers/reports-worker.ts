/**
 * Web Worker that computes reports off the main thread. A thin shell: all logic lives in
 * `themeFrequencies`, `attributeMatrix` and `cooccurrenceMatrix`, which the main thread may also
 * call directly.
 *
 * Protocol: post `{ id, type, input }` with `type` one of `frequencies`, `attributeMatrix`,
 * `cooccurrence`; the worker answers `{ id, type, result, ms }`, where `ms` is the time the
 * computation took inside the worker (milliseconds, `performance.now()`), or
 * `{ id, type: 'failed', message }` when it throws (say, an unknown attribute). `id` is the
 * caller's, echoed so answers can be matched to requests. A request may leave `input.data` out
 * (undefined) to reuse the data the worker was sent last.
 */
import type { Id } from '../core/model';
import {
  attributeMatrix, cooccurrenceMatrix, type AttributeMatrix, type AttributeMatrixOptions, type CooccurrenceMatrix,
  type CooccurrenceMode, type CooccurrenceOptions,
} from '../core/frequencies/matrices';
import { themeFrequencies, type FrequencyOptions, type FrequencyResult, type ReportInput } from '../core/frequencies/theme-frequencies';

export type ReportsWorkerRequest =
  | { id: number; type: 'frequencies'; input: { data: ReportInput; options?: FrequencyOptions } }
  | { id: number; type: 'attributeMatrix'; input: { data: ReportInput; attributeId: Id; options?: AttributeMatrixOptions } }
  | { id: number; type: 'cooccurrence'; input: { data: ReportInput; mode: CooccurrenceMode; options?: CooccurrenceOptions } };

export type ReportsWorkerMessage =
  | { id: number; type: 'frequencies'; result: FrequencyResult; ms: number }
  | { id: number; type: 'attributeMatrix'; result: AttributeMatrix; ms: number }
  | { id: number; type: 'cooccurrence'; result: CooccurrenceMatrix; ms: number }
  | { id: number; type: 'failed'; message: string };

/** The worker global scope, typed narrowly: the app's tsconfig has DOM types, not WebWorker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReportsWorkerRequest>) => void) | null;
  postMessage(message: ReportsWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

/**
 * The project data of the last request that carried it: a client sends the data once per
 * change and then only options, so switching a report's option copies nothing large.
 */
let current: ReportInput | null = null;

function dataOf(request: ReportsWorkerRequest): ReportInput {
  if (request.input.data) current = request.input.data;
  if (!current) throw new Error('The reports have no project data yet.');
  return current;
}

/** Runs `compute` and measures it. */
function timed<T>(compute: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = compute();
  return { result, ms: performance.now() - start };
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.type === 'frequencies') {
      const { options } = request.input;
      const data = dataOf(request);
      scope.postMessage({ id: request.id, type: 'frequencies', ...timed(() => themeFrequencies(data, options)) });
    } else if (request.type === 'attributeMatrix') {
      const { attributeId, options } = request.input;
      const data = dataOf(request);
      scope.postMessage({ id: request.id, type: 'attributeMatrix', ...timed(() => attributeMatrix(data, attributeId, options)) });
    } else if (request.type === 'cooccurrence') {
      const { mode, options } = request.input;
      const data = dataOf(request);
      scope.postMessage({ id: request.id, type: 'cooccurrence', ...timed(() => cooccurrenceMatrix(data, mode, options)) });
    }
  } catch (error) {
    scope.postMessage({ id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
