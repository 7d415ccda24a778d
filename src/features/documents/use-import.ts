import { useCallback, useRef, useState } from 'react';
import { describeError, useSaver } from '../common/save-status';
import type { ParsedTranscript, TranscriptImport } from '../../io/transcripts/parse-file';
import { MAX_TRANSCRIPT_BYTES } from '../../io/transcripts/limits';
import { addDocument, findDuplicate } from '../../storage/documents';
import { startWorker } from '../../workers/start-worker';
import { readingLabel } from './reading-label';

export type ImportStatus = 'waiting' | 'imported' | 'failed' | 'duplicate' | 'skipped';

export interface ImportRow {
  name: string;
  status: ImportStatus;
  message: string;
  /** The technical reason behind a failure, shown collapsed. */
  details?: string;
  parsed?: ParsedTranscript;
  /** The stored document, once imported. */
  documentId?: string;
  /** Whether it can be read again another way (text formats). */
  readable?: boolean;
}

function startImportWorker(): Worker | null {
  return startWorker(() => new Worker(new URL('../../workers/import-worker.ts', import.meta.url), { type: 'module' }));
}

/** Parses files off the main thread (inline if workers are unavailable), one message per file. */
function parseAll(files: { name: string; bytes: Uint8Array }[], onResult: (index: number, r: TranscriptImport) => Promise<void>): Promise<void> {
  const worker = startImportWorker();
  if (!worker) {
    // The parsers (docx among them) load only when there is no worker to run them.
    return import('../../io/transcripts/parse-file').then(({ parseTranscriptFile }) =>
      files.reduce((p, f, i) => p.then(async () => onResult(i, await parseTranscriptFile(f.name, f.bytes))), Promise.resolve()));
  }
  return new Promise((resolve) => {
    let chain = Promise.resolve();
    worker.onmessage = (e: MessageEvent) => {
      const msg = e.data as { type: 'progress'; index: number; result: TranscriptImport } | { type: 'done' };
      if (msg.type === 'progress') chain = chain.then(() => onResult(msg.index, msg.result));
      else chain.then(() => { worker.terminate(); resolve(); });
    };
    worker.onerror = (err) => {
      worker.terminate();
      chain.then(() => Promise.all(files.map((_, i) => onResult(i, { error: `could not be read (${err.message || 'worker failed'})` })))).then(() => resolve());
    };
    worker.postMessage({ type: 'parse', files }, files.map((f) => f.bytes.buffer as ArrayBuffer));
  });
}

/** Imports transcripts into a project with a per-file result; each file lands whole or not at all. */
export function useTranscriptImport(projectId: string) {
  const { track, announce } = useSaver();
  const [rows, setRows] = useState<ImportRow[]>([]);
  const [busy, setBusy] = useState(false);
  const rowsRef = useRef<ImportRow[]>([]);
  const update = useCallback((i: number, patch: Partial<ImportRow>) => {
    rowsRef.current = rowsRef.current.map((r, j) => (j === i ? { ...r, ...patch } : r));
    setRows(rowsRef.current);
  }, []);

  const store = useCallback(async (i: number, parsed: ParsedTranscript) => {
    let reason = '';
    const id = await track(addDocument(projectId, { ...parsed }), (e) => { reason = describeError(e); });
    const reading = parsed.reading ? `, read as ${readingLabel(parsed.reading, parsed.speakers.length)}` : `, ${parsed.speakers.length} speakers`;
    const warned = parsed.warnings.length > 0 ? `; ${parsed.warnings.join('; ')}` : '';
    update(i, id ? { status: 'imported', message: `${parsed.wordCount.toLocaleString()} words${reading}${warned}`, parsed: undefined, documentId: id, readable: parsed.reading !== undefined }
      : { status: 'failed', message: `could not be saved, and nothing of it was stored: ${reason}` });
  }, [projectId, track, update]);

  const importFiles = useCallback(async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    rowsRef.current = files.map((f) => ({ name: f.name, status: 'waiting', message: '' }));
    setRows(rowsRef.current);
    const readable: { name: string; bytes: Uint8Array; row: number }[] = [];
    for (const [i, f] of files.entries()) {
      if (f.size > MAX_TRANSCRIPT_BYTES) update(i, { status: 'failed', message: `is ${(f.size / 1e6).toFixed(1)} MB; the limit is ${MAX_TRANSCRIPT_BYTES / 1e6} MB per file` });
      else readable.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()), row: i });
    }
    await parseAll(readable.map(({ name, bytes }) => ({ name, bytes })), async (k, result) => {
      const row = readable[k]!.row;
      if ('error' in result) return update(row, { status: 'failed', message: result.error, ...(result.details ? { details: result.details } : {}) });
      if (await findDuplicate(projectId, result.value.contentHash)) {
        return update(row, { status: 'duplicate', message: 'has the same text as a document already in this project', parsed: result.value });
      }
      await store(row, result.value);
    });
    setBusy(false);
    const done = rowsRef.current.filter((r) => r.status === 'imported').length;
    announce(`Imported ${done} of ${files.length} files`);
  }, [projectId, store, update, announce]);

  const resolveDuplicate = useCallback(async (i: number, importAnyway: boolean) => {
    const parsed = rowsRef.current[i]?.parsed;
    if (!parsed) return;
    if (importAnyway) await store(i, parsed);
    else update(i, { status: 'skipped', message: 'skipped: already in the project', parsed: undefined });
  }, [store, update]);

  return { rows, busy, importFiles, resolveDuplicate, clear: () => { rowsRef.current = []; setRows([]); } };
}
