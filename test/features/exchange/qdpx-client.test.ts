import { describe, expect, it } from 'vitest';
import { importQdpxInWorker, writeQdpxInWorker } from '../../../src/features/exchange/qdpx-client';
import { readQdpx } from '../../../src/io/qdpx/read';
import { buildZip, MINIMAL_SOURCE_NAME, minimalQde } from '../../io/qdpx/helpers';

// Node has no Web Worker: these run the inline path a browser takes when the worker cannot start.
describe('REFI-QDA client without a worker', () => {
  const file = () => buildZip([{ name: 'project.qde', data: minimalQde() }, { name: MINIMAL_SOURCE_NAME, data: 'Hello world.' }]);

  it('imports a .qdpx into a project, reporting progress', async () => {
    let n = 0;
    const progress: [number, number][] = [];
    const imported = await importQdpxInWorker(file(), 'auto', () => `id-${++n}`, (done, total) => progress.push([done, total]));
    expect(imported.errors).toEqual([]);
    expect(imported.bundle!.texts.map((t) => t.text)).toEqual(['Hello world.']);
    expect(imported.bundle!.segments).toHaveLength(1);
    expect(progress.at(-1)).toEqual([2, 2]);
  });

  it('rejects a file that is not a zip with the reader’s error, storing nothing to import', async () => {
    const imported = await importQdpxInWorker(new TextEncoder().encode('not a zip'), 'auto', () => 'x');
    expect(imported.bundle).toBeUndefined();
    expect(imported.errors.map((e) => e.code)).toContain('E_NOT_ZIP');
  });

  it('writes a project that reads back the same', async () => {
    const read = await readQdpx(file());
    const bytes = await writeQdpxInWorker(read.project!);
    const again = await readQdpx(bytes);
    expect(again.errors).toEqual([]);
    expect(again.project!.sources.map((s) => s.text)).toEqual(['Hello world.']);
    expect(again.project!.selections.map(({ start, end }) => [start, end])).toEqual(read.project!.selections.map(({ start, end }) => [start, end]));
  });
});
