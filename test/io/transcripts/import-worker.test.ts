import { describe, expect, it } from 'vitest';
import type { ImportWorkerMessage, ImportWorkerRequest } from '../../../src/workers/import-worker';
import { bytesOf, fixtureBytes } from './helpers';

/** A stand-in for the worker's global scope, installed before the worker module loads. */
const posted: ImportWorkerMessage[] = [];
const scope: { onmessage: ((event: { data: ImportWorkerRequest }) => Promise<void>) | null; postMessage(m: ImportWorkerMessage): void } = {
  onmessage: null,
  postMessage: (message) => { posted.push(message); },
};
const globals = globalThis as { self?: unknown };
const previousSelf = globals.self;
globals.self = scope;
await import('../../../src/workers/import-worker');
// Put `self` back at once: libraries loaded later (mammoth's zip reader) probe it for a browser.
globals.self = previousSelf;

describe('import worker', () => {
  it('posts one progress message per file, in order, then done', async () => {
    await scope.onmessage?.({ data: { type: 'parse', files: [
      { name: 'interview.docx', bytes: fixtureBytes('interview.docx') },
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'notes.txt', bytes: bytesOf('A paragraph.') },
    ] } });
    expect(posted.map((m) => (m.type === 'progress' ? [m.index, m.name, 'value' in m.result] : m.type))).toEqual([
      [0, 'interview.docx', true], [1, 'empty.txt', false], [2, 'notes.txt', true], 'done',
    ]);
    const empty = posted[1];
    expect(empty?.type === 'progress' && empty.result).toEqual({ error: 'is empty' });
  });
});
