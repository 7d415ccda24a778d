import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppHarness } from '../../test/e2e/support/app';
import { recordCase, summarise } from '../support/stats';
import { loadSyntheticQdpx, QDPX_200KB, QDPX_20MB, QDPX_20MB_DATA, type SyntheticSpec, type SyntheticStats } from '../support/synthetic-qdpx';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const app = new AppHarness({ serviceWorkers: 'block' });
beforeAll(async () => { await app.start(); }, 300_000);
afterAll(() => app.stop());

/** Milliseconds from the change event; -1 when not seen. */
interface Timing {
  ms: number;
  /** Distinct progress states ("Reading x: 3 of 411") seen while importing. */
  progressStates: number;
  /** The progress bar first on screen. */
  progressAtMs: number;
  /** "1 of N": the worker has inflated and parsed project.qde. */
  parsedAtMs: number;
  /** "N of N": the worker has loaded every text and placed the selections. */
  mappedAtMs: number;
}

/**
 * Sets `file` on "Open .qdpx file" in a fresh page and times, in the page, the `change` event
 * (a capture listener on window, so before React's handler) → the first frame after "Opened <name>."
 * is in the DOM (the import has been stored in IndexedDB by then). Watches the progress bar meanwhile.
 */
async function importAndTime(page: Page, file: SyntheticStats): Promise<Timing> {
  const input = page.getByLabel('Open .qdpx file');
  await input.waitFor();
  await page.evaluate((name) => {
    const w = window as unknown as { __qdpxBench: Promise<Timing> };
    w.__qdpxBench = new Promise((resolve) => {
      let t0 = -1;
      let progressAt = -1;
      let parsedAt = -1;
      let mappedAt = -1;
      const states = new Set<string>();
      const done = `Opened ${name}.`;
      const observer = new MutationObserver(() => {
        if (t0 < 0) return;
        const bar = document.querySelector('.qdpx-import progress');
        if (bar) {
          const now = performance.now();
          if (progressAt < 0) progressAt = now;
          const state = bar.parentElement?.textContent ?? '';
          states.add(state);
          const count = /(\d+) of (\d+)$/.exec(state);
          if (count && count[1] === '1' && count[2] !== '1' && parsedAt < 0) parsedAt = now;
          if (count && count[1] === count[2] && count[2] !== '1' && mappedAt < 0) mappedAt = now;
        }
        if (Array.from(document.querySelectorAll('.qdpx-import p.ok')).some((p) => p.textContent === done)) {
          observer.disconnect();
          const since = (t: number) => (t < 0 ? -1 : t - t0);
          requestAnimationFrame(() => resolve({
            ms: performance.now() - t0, progressStates: states.size,
            progressAtMs: since(progressAt), parsedAtMs: since(parsedAt), mappedAtMs: since(mappedAt),
          }));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      window.addEventListener('change', () => { t0 = performance.now(); }, { capture: true, once: true });
    });
  }, file.fileName);
  await input.setInputFiles(file.path);
  return page.evaluate(() => (window as unknown as { __qdpxBench: Promise<Timing> }).__qdpxBench);
}

/** Record counts in the page's IndexedDB (after an import, outside the timing). */
function storedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const req = indexedDB.open('verbatim');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const names = ['projects', 'documents', 'texts', 'codes', 'segments', 'codings', 'coders'];
    const tx = db.transaction(names, 'readonly');
    const counts = await Promise.all(names.map((n) => new Promise<[string, number]>((ok, fail) => {
      const req = tx.objectStore(n).count();
      req.onsuccess = () => ok([n, req.result]);
      req.onerror = () => fail(req.error);
    })));
    db.close();
    return Object.fromEntries(counts);
  });
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Imports `bigSpec` and the 200 KB baseline alternately in fresh contexts; records the case as `key`. */
async function importCase(key: string, bigSpec: SyntheticSpec, reading: string, runs: number): Promise<void> {
  const big = await loadSyntheticQdpx(bigSpec);
  const small = await loadSyntheticQdpx(QDPX_200KB);
  console.log(`[bench] ${big.fileName}: ${big.zipBytes} bytes zipped, ${big.uncompressedBytes} inflated (${big.qdeBytes} project.qde + ${big.sourceTextBytes} source text)`);
  const samples: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const order = run % 2 ? [small, big] : [big, small];
    for (const file of order) {
      const page = await app.newPage();
      const t = await importAndTime(page, file);
      if (file === big) {
        expect(t.progressStates, 'progress bar seen during the large import').toBeGreaterThan(0);
        const f = (x: number) => x.toFixed(0);
        console.log(`[bench] ${key} run ${run}: ${f(t.ms)} ms: progress bar at ${f(t.progressAtMs)} ms (${t.progressStates} states), `
          + `project.qde parsed at ${f(t.parsedAtMs)} ms, texts mapped at ${f(t.mappedAtMs)} ms, then ${f(t.ms - t.mappedAtMs)} ms to convert and store`);
      }
      if (run === 0) {
        const counts = await storedCounts(page);
        expect(counts).toMatchObject({ projects: 1, documents: file.sources, texts: file.sources, codes: file.codes, segments: file.selections, codings: file.codings, coders: file.users });
      }
      if (run > 0) (file === big ? samples : baseline).push(t.ms);
      await app.finishPage();
    }
  }
  const result = summarise(samples, baseline);
  recordCase(key, result,
    `${reading}: "Open .qdpx file" change event → "Opened …" on screen (read and converted in the worker, stored in IndexedDB) for a ${mb(big.zipBytes)} .qdpx `
    + `(${mb(big.uncompressedBytes)} inflated: ${mb(big.sourceTextBytes)} text in ${big.sources} sources, ${mb(big.qdeBytes)} project.qde; `
    + `${big.selections.toLocaleString('en')} selections, ${big.codings.toLocaleString('en')} codings, ${big.codes} codes, ${big.users} users); `
    + `target < 5,000 ms; baseline: the same for a ${Math.round(small.zipBytes / 1e3)} kB one (${small.sources} sources, ${small.selections} selections)`);
  expect(result.runs).toBe(runs);
}

it('qdpx-import-20mb: 20 MB of project data opens and is stored', async () => {
  await importCase('qdpx-import-20mb', QDPX_20MB_DATA, '20 MB of project data', RUNS);
}, 1_800_000);

it('qdpx-import-20mb-zip: a 20 MB .qdpx file (78 MB inflated) opens and is stored', async () => {
  await importCase('qdpx-import-20mb-zip', QDPX_20MB, 'a 20 MB zip, four times the data', Math.min(RUNS, 5));
}, 1_800_000);
