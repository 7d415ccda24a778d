import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppHarness } from '../../test/e2e/support/app';
import { seedBundle } from '../support/seed';
import { selectInTurn } from '../support/select-in-turn';
import { recordCase, summarise } from '../support/stats';
import { sequentialIds, syntheticProject } from '../support/synthetic-project';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Passages coded in each run, each timed. */
const CODINGS_PER_RUN = 3;
const app = new AppHarness({ serviceWorkers: 'block' });
beforeAll(() => app.start());
afterAll(() => app.stop());

const counted = () => Array.from(document.querySelectorAll('.code-row .counts')).some((c) => !/^0 · 0$/.test(c.textContent?.trim() ?? ''));

/** From the address being opened to the codebook showing its counts: the project's coding is in memory. */
async function openProject(page: Page, projectId: string): Promise<number> {
  const t0 = Date.now();
  await page.goto(`${app.url}#/p/${projectId}/code`);
  await page.waitForFunction(counted, null, { timeout: 60_000, polling: 'raf' });
  return Date.now() - t0;
}

/**
 * Selects words in a rendered turn and presses 1 (the pinned code); resolves at the first frame
 * whose codebook shows the pinned code's passage count one higher: the coding is stored and
 * every count derived from the project's 50,000 codings has caught up with it.
 */
async function codeAndCount(page: Page, turn: number): Promise<number> {
  await selectInTurn(page, turn, 2, 14);
  return page.evaluate(() => new Promise<number>((resolve, reject) => {
    const row = Array.from(document.querySelectorAll('.code-row')).find((r) => r.querySelector('kbd')?.textContent === '1');
    if (!row) { reject(new Error('no code pinned to 1')); return; }
    const passages = () => Number(row.querySelector('.counts')?.textContent?.split('·')[0]);
    const before = passages();
    const t0 = performance.now();
    document.querySelector<HTMLElement>('.doc-scroll')!.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }));
    const check = () => {
      if (passages() === before + 1) resolve(performance.now() - t0);
      else if (performance.now() - t0 > 30_000) reject(new Error('the count never changed'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }));
}

async function measure(codings: number, prefix: string): Promise<{ open: number; counts: number[] }> {
  const page = await app.newPage();
  await page.getByRole('button', { name: 'Try the demo' }).waitFor();
  const bundle = syntheticProject(sequentialIds(prefix), { documents: 200, participants: 200, codes: 300, codings });
  await seedBundle(page, bundle);
  const open = await openProject(page, bundle.project.id);
  await page.locator('.doc-open').first().click();
  await page.waitForFunction(() => !!document.querySelector('p.turn-text'));
  await page.waitForTimeout(500);
  const counts: number[] = [];
  for (let i = 0; i < CODINGS_PER_RUN; i++) {
    counts.push(await codeAndCount(page, 2 * i + 1));
    await page.waitForTimeout(300);
  }
  await app.finishPage();
  return { open, counts };
}

it('the coding loop over 50,000 codings', async () => {
  const open: number[] = [];
  const openBase: number[] = [];
  const count: number[] = [];
  const countBase: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const big = await measure(50_000, `big${run}`);
    const small = await measure(500, `small${run}`);
    if (run === 0) continue;
    open.push(big.open); openBase.push(small.open);
    count.push(...big.counts); countBase.push(...small.counts);
  }
  const openResult = summarise(open, openBase);
  const countResult = summarise(count, countBase);
  recordCase('open-project-50k', openResult, 'a project of 50,000 codings (200 documents, 300 codes) opened by its address → first frame whose codebook shows the counts (its segments and codings read into memory); baseline: the same for 500 codings');
  recordCase('count-after-coding-50k', countResult, 'key 1 on a selection in a project of 50,000 codings → first frame whose codebook shows the pinned code\'s passage count one higher (stored, and every count caught up); baseline: the same in a project of 500 codings');
  expect(countResult.runs).toBe(RUNS * CODINGS_PER_RUN);
});
