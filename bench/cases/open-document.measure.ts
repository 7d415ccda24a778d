import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppHarness } from '../../test/e2e/support/app';
import { benchmarkBundle, SHARED_BENCH } from '../support/benchmark-project';
import { seedBundle } from '../support/seed';
import { selectInTurn } from '../support/select-in-turn';
import { openAndTime, workspaceLoaded } from '../support/workspace';
import { recordCase, summarise } from '../support/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const app = new AppHarness({ serviceWorkers: 'block' });
beforeAll(async () => { if (!existsSync(SHARED_BENCH)) throw new Error(`../shared/bench not found at ${SHARED_BENCH}`); await app.start(); });
afterAll(() => app.stop());

/**
 * Presses a key on the transcript and resolves at the start of the first frame that will show
 * the new coding (its stripe and highlight are in place when that frame's callbacks run, and the
 * frame paints right after them). With a key that does nothing, that is the next frame: the floor.
 */
function keyToFrame(page: Page, key: string, expectChange: boolean): Promise<number> {
  return page.evaluate(({ key, expectChange }) => new Promise<number>((resolve) => {
    const root = document.querySelector<HTMLElement>('.doc-scroll')!;
    const before = document.querySelectorAll('.stripe').length;
    const visible = () => !expectChange || document.querySelectorAll('.stripe').length > before;
    const t0 = performance.now();
    root.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    const check = () => (visible() ? resolve(performance.now() - t0) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  }), { key, expectChange });
}

/**
 * Presses 1 on the selection and resolves when the header's save state, having gone to
 * "Saving…", says "All changes saved" again: the coding's write has committed in IndexedDB.
 */
function keyToStored(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve, reject) => {
    const state = document.querySelector('.save-state')!;
    let saving = false;
    const observer = new MutationObserver(() => {
      if (state.classList.contains('save-saving')) saving = true;
      else if (saving && state.classList.contains('save-saved')) { observer.disconnect(); resolve(performance.now() - t0); }
      else if (state.classList.contains('save-failed')) { observer.disconnect(); reject(new Error('the coding was not saved')); }
    });
    observer.observe(state, { attributes: true, attributeFilter: ['class'] });
    const t0 = performance.now();
    document.querySelector<HTMLElement>('.doc-scroll')!.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }));
  }));
}

it('open-1000, apply-code and apply-code-durable on the shared benchmark transcript', async () => {
  const open: number[] = [];
  const openBase: number[] = [];
  const apply: number[] = [];
  const applyBase: number[] = [];
  const stored: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Try the demo' }).waitFor();
    const { bundle, codedTitle, plainTitle } = await benchmarkBundle({ newId: randomUUID });
    await seedBundle(page, bundle);
    await page.goto(`${app.url}#/p/${bundle.project.id}/code`);
    await page.locator('.doc-name', { hasText: plainTitle }).waitFor();
    await workspaceLoaded(page);
    const order = run % 2 ? [true, false] : [false, true];
    const times: Record<string, number> = {};
    for (const coded of order) {
      times[String(coded)] = await openAndTime(page, coded ? codedTitle : plainTitle, coded);
      await page.goto(`${app.url}#/p/${bundle.project.id}/code`);
      await page.locator('.doc-open').first().waitFor();
      await workspaceLoaded(page);
    }
    await openAndTime(page, codedTitle, true);
    await page.locator('.doc-scroll').focus();
    await selectInTurn(page, 1, 5, 25);
    const baseKey = await keyToFrame(page, 'x', false);
    const applyKey = await keyToFrame(page, '1', true);
    await page.waitForFunction(() => document.querySelector('.save-state')?.classList.contains('save-saved'));
    await page.waitForTimeout(300);
    await selectInTurn(page, 3, 5, 25);
    const storedKey = await keyToStored(page);
    if (run > 0) {
      open.push(times.true!); openBase.push(times.false!);
      apply.push(applyKey); applyBase.push(baseKey);
      stored.push(storedKey);
    }
    await app.finishPage();
  }
  const openResult = summarise(open, openBase);
  const applyResult = summarise(apply, applyBase);
  recordCase('open-1000', openResult, 'click on the 100k-character transcript with 1,000 coded spans → first frame with its highlights and stripes painted; baseline: the same viewer opening the same transcript with no codings');
  recordCase('apply-code', applyResult, 'key 1 on a selection → start of the first frame that shows the new coding; baseline: a key that does nothing → the next frame');
  recordCase('apply-code-durable', summarise(stored, apply), 'key 1 on a selection → the header\'s save state back to "All changes saved" after "Saving…" (the coding\'s write has committed in IndexedDB); baseline: `apply-code` in the same run (the coding drawn)');
  expect(openResult.runs).toBe(RUNS);
});
