import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readQdpx } from '../../../src/io/qdpx/read';
import type { QdpxWorkerMessage, QdpxWorkerRequest } from '../../../src/workers/qdpx-worker';
import { buildZip, MINIMAL_SOURCE_NAME, minimalQde } from './helpers';

/** The worker's global scope, stood in for by a plain object (Node has no `self`). */
const scope = {
  onmessage: null as ((event: { data: QdpxWorkerRequest }) => Promise<void>) | null,
  posted: [] as { message: QdpxWorkerMessage; transfer?: unknown[] }[],
  postMessage(message: QdpxWorkerMessage, transfer?: unknown[]) {
    this.posted.push({ message, transfer });
  },
};

async function send(data: QdpxWorkerRequest): Promise<typeof scope.posted> {
  scope.posted = [];
  await scope.onmessage!({ data });
  return scope.posted;
}

describe('qdpx worker protocol', () => {
  beforeAll(async () => {
    vi.stubGlobal('self', scope);
    await import('../../../src/workers/qdpx-worker');
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('answers a read with progress messages and then the result', async () => {
    const bytes = buildZip([{ name: 'project.qde', data: minimalQde() }, { name: MINIMAL_SOURCE_NAME, data: 'Hello world.' }]);
    const posted = await send({ type: 'read', bytes, positions: 'auto' });
    const types = posted.map((p) => p.message.type);
    expect(types.at(-1)).toBe('result');
    expect(types.slice(0, -1).every((t) => t === 'progress')).toBe(true);
    expect(posted[types.length - 2]!.message).toEqual({ type: 'progress', done: 2, total: 2 });
    const result = posted.at(-1)!.message as Extract<QdpxWorkerMessage, { type: 'result' }>;
    expect(result.result.project!.selections).toHaveLength(1);
  });

  it('answers a rejected file with a result carrying the errors', async () => {
    const posted = await send({ type: 'read', bytes: new TextEncoder().encode('not a zip') });
    expect(posted.map((p) => p.message)).toEqual([{ type: 'result', result: { errors: [expect.objectContaining({ code: 'E_NOT_ZIP' })], warnings: [] } }]);
  });

  it('answers a write with the bytes, transferring their buffer', async () => {
    const project = (await readQdpx(buildZip([{ name: 'project.qde', data: minimalQde() }, { name: MINIMAL_SOURCE_NAME, data: 'Hello world.' }]))).project!;
    const [answer] = await send({ type: 'write', project });
    expect(answer!.message.type).toBe('written');
    const bytes = (answer!.message as Extract<QdpxWorkerMessage, { type: 'written' }>).bytes;
    expect(answer!.transfer).toEqual([bytes.buffer]);
    expect((await readQdpx(bytes)).project!.selections).toHaveLength(1);
  });
});
