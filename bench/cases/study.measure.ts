import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProjectBundle } from '../../src/core/bundle';
import { AppHarness } from '../../test/e2e/support/app';
import { clickToFile } from '../support/download-timer';
import { prng } from '../support/prng';
import { seedBundle } from '../support/seed';
import { benchRuns, median, recordCase, recordSize, round, summarise } from '../support/stats';
import { sequentialIds, syntheticProject } from '../support/synthetic-project';

const RUNS = benchRuns();
const CODINGS = 50_000;
const REDACTION_TERMS = 500;
const app = new AppHarness({ serviceWorkers: 'block' });
beforeAll(() => app.start());
afterAll(() => app.stop());

const FIRST = ['Amira', 'Ben', 'Chloe', 'Dev', 'Elena', 'Femi', 'Grace', 'Hamid', 'Isla', 'Jonah', 'Kasia', 'Liam', 'Maya', 'Nia', 'Owen', 'Priya', 'Rhys', 'Sofia', 'Tom', 'Yusuf'];
const LAST = ['Adeyemi', 'Brennan', 'Clarke', 'Dhillon', 'Evans', 'Fraser', 'Gallagher', 'Hussain', 'Iqbal', 'Jones', 'Kowalski', 'Lewis', 'Murphy', 'Nowak', 'Okafor', 'Patel', 'Quinn', 'Reid', 'Singh', 'Taylor', 'Walsh', 'Young', 'Zielinski', 'Byrne', 'Hughes'];

/**
 * The 50,000-coding study with a redaction list of 500 terms: up to 100 words that occur in its
 * transcripts, so quotes really are redacted, and invented full names.
 */
function study(prefix: string): ProjectBundle {
  const ids = sequentialIds(prefix);
  const bundle = syntheticProject(ids, { codings: CODINGS });
  const words = [...new Set(bundle.texts.slice(0, 20).flatMap((t) => t.text.match(/\b[a-z]{7,}\b/g) ?? []))].sort();
  const terms = new Set(words.filter((_w, i) => i % 3 === 0).slice(0, 100));
  const r = prng(500);
  // 20 × 25 × 26 names with an initial: enough to draw the rest without running out.
  while (terms.size < REDACTION_TERMS) {
    terms.add(`${FIRST[Math.floor(r() * FIRST.length)]} ${String.fromCharCode(65 + Math.floor(r() * 26))}. ${LAST[Math.floor(r() * LAST.length)]}`);
  }
  [...terms].forEach((term, i) => bundle.redactions.push({
    id: ids.newId(), projectId: bundle.project.id, term, replacement: '[redacted]', caseSensitive: false, wholeWord: true, createdAt: bundle.project.createdAt + i,
  }));
  return bundle;
}

/** The page's JavaScript heap after a full garbage collection, in bytes (workers not included). */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** A leaf code's id with the number of codings nearest `rows`. */
function codeWithAbout(bundle: ProjectBundle, rows: number): { id: string; rows: number } {
  const parents = new Set(bundle.codes.map((c) => c.parentId));
  const counts = new Map<string, number>();
  for (const c of bundle.codings) counts.set(c.codeId, (counts.get(c.codeId) ?? 0) + 1);
  const [id, n] = [...counts].filter(([id]) => !parents.has(id)).sort((a, b) => Math.abs(a[1] - rows) - Math.abs(b[1] - rows))[0]!;
  return { id, rows: n };
}

/** Sets the segments table's code filter and resolves at the first frame after the filtered table is on screen. */
function filterToCode(page: Page, codeId: string): Promise<number> {
  return page.evaluate((codeId) => new Promise<number>((resolve) => {
    const select = [...document.querySelectorAll<HTMLSelectElement>('.segment-filters select')].find((s) => [...s.options].some((o) => o.value === codeId))!;
    const table = () => document.querySelector('table.segments-table');
    const before = table()?.getAttribute('aria-rowcount');
    const t0 = performance.now();
    select.value = codeId;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const check = () => (table()?.getAttribute('aria-rowcount') !== before ? requestAnimationFrame(() => resolve(performance.now() - t0)) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  }), codeId);
}

interface Run { heapMb: number; filter: number; filterBase: number; quotes: number; quotesAgain: number; quotesWorstFrame: number; qdpx: number; qdc: number }

async function measure(prefix: string): Promise<Run & { filterRows: number; quotesStatus: string }> {
  const page = await app.newPage();
  await page.getByRole('button', { name: 'Try the demo' }).waitFor();
  const bundle = study(prefix);
  await seedBundle(page, bundle);
  const base = `${app.url}#/p/${bundle.project.id}`;

  // The study and its largest transcript open in the coding screen.
  await page.goto(`${base}/code`);
  await page.waitForFunction(() => Array.from(document.querySelectorAll('.code-row .counts')).some((c) => !/^0 · 0$/.test(c.textContent?.trim() ?? '')), null, { timeout: 300_000 });
  const largest = [...bundle.documents].sort((a, b) => b.length - a.length)[0]!;
  await page.goto(`${base}/code/${largest.id}`);
  await page.locator('p.turn-text').first().waitFor({ timeout: 300_000 });
  await page.waitForFunction(() => !!document.querySelector('.stripe'), null, { timeout: 300_000 });
  const heapMb = round((await heapAfterGc(page)) / 1e6);

  await page.goto(`${base}/segments`);
  await page.locator('table.segments-table').waitFor({ timeout: 300_000 });
  await page.waitForTimeout(500);
  const target = codeWithAbout(bundle, 1000);
  const small = codeWithAbout(bundle, 10);
  const filter = await filterToCode(page, target.id);
  const filterRows = Number(await page.locator('table.segments-table').getAttribute('aria-rowcount')) - 1;
  await page.waitForTimeout(300);
  const filterBase = await filterToCode(page, small.id);

  await page.goto(`${base}/outputs`);
  await page.getByRole('button', { name: 'Select all codes' }).click({ timeout: 300_000 });
  await page.locator('.quote-count', { hasText: /quotes from/ }).waitFor({ timeout: 300_000 });
  await page.waitForTimeout(500);
  const first = await clickToFile(page, 'Export quotes CSV');
  const quotesStatus = await page.locator('.export-status').textContent() ?? '';
  await page.waitForTimeout(500);
  const again = await clickToFile(page, 'Export quotes CSV');

  await page.goto(`${base}/exchange`);
  const qdpx = await clickToFile(page, 'Export project (.qdpx)');
  expect(qdpx.fileName).toMatch(/\.qdpx$/);
  await page.waitForTimeout(300);
  const qdc = await clickToFile(page, 'Export codebook (.qdc)');
  await app.finishPage();
  return {
    heapMb, filter, filterBase, filterRows, quotesStatus, quotes: first.ms, quotesAgain: again.ms, quotesWorstFrame: Math.max(first.worstFrameMs, again.worstFrameMs),
    qdpx: qdpx.ms, qdc: qdc.ms,
  };
}

it('the 50,000-coding study: memory, segments filter, quotes and .qdpx export', async () => {
  const runs: Run[] = [];
  let rows = 0;
  let status = '';
  for (let run = 0; run <= RUNS; run++) {
    const m = await measure(`study${run}`);
    console.log(`[bench] study run ${run}: heap ${m.heapMb} MB, filter ${m.filter.toFixed(0)} ms (${m.filterRows} rows), quotes ${m.quotes.toFixed(0)} ms then ${m.quotesAgain.toFixed(0)} ms (worst frame ${m.quotesWorstFrame.toFixed(0)} ms), qdpx ${m.qdpx.toFixed(0)} ms`);
    rows = m.filterRows;
    status = m.quotesStatus;
    if (run > 0) runs.push(m);
  }
  const col = (k: keyof Run) => runs.map((r) => r[k]);
  recordSize('heap-study', { value: round(median(col('heapMb'))), unit: 'MB' }, `JS heap of the page (\`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\`; workers not included) with the ${CODINGS.toLocaleString('en')}-coding study (200 documents, 300 codes) open in the coding screen and its largest transcript open, median of ${runs.length} runs`);
  recordCase('segments-filter', summarise(col('filter'), col('filterBase')), `the coded-segments table of the ${CODINGS.toLocaleString('en')}-coding study: its Code filter set to a code with ${rows.toLocaleString('en')} codings (change event) → the first frame after the filtered table is on screen; baseline: then set to a code with about 10`);
  recordCase('quotes-export-50k', summarise(col('quotes'), col('quotesAgain')), `the Outputs screen of the ${CODINGS.toLocaleString('en')}-coding study with ${REDACTION_TERMS} redaction terms, every code chosen: click on "Export quotes CSV" → the file handed to the browser, the first export (its quote ids assigned and stored: ${status || 'all quotes'}); the worst animation frame meanwhile was ${Math.round(Math.max(...col('quotesWorstFrame')))} ms; baseline: the second export in the same page (ids already stored)`);
  recordCase('qdpx-export', summarise(col('qdpx'), col('qdc')), `the ${CODINGS.toLocaleString('en')}-coding study (200 documents) on the Exchange screen: click on "Export project (.qdpx)" → the file handed to the browser (project read, written in the worker, zipped); baseline: "Export codebook (.qdc)"`);
  expect(runs.length).toBe(RUNS);
}, 1_800_000);
