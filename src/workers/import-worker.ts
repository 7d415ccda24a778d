/**
 * Web Worker that parses transcript files off the main thread. A thin shell: all logic lives in
 * `parseTranscriptFile`, which the main thread may also call directly as a fallback.
 *
 * Protocol: post `{ type: 'parse', files }`; the worker answers one `progress` message per file,
 * in order, then `done`.
 */
import { parseTranscriptFile, type TranscriptImport } from '../io/transcripts/parse-file';

export interface ImportWorkerRequest {
  type: 'parse';
  files: { name: string; bytes: Uint8Array }[];
}

export type ImportWorkerMessage =
  | { type: 'progress'; index: number; name: string; result: TranscriptImport }
  | { type: 'done' };

/** The worker global scope, typed narrowly: the app's tsconfig has DOM types, not WebWorker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  if (event.data.type !== 'parse') return;
  const { files } = event.data;
  for (const [index, file] of files.entries()) {
    const result = await parseTranscriptFile(file.name, file.bytes);
    scope.postMessage({ type: 'progress', index, name: file.name, result });
  }
  scope.postMessage({ type: 'done' });
};
