import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppHarness } from '../../test/e2e/support/app';
import { benchmarkBundle, SHARED_BENCH } from '../support/benchmark-project';
import { seedBundle } from '../support/seed';
import { selectInTurn } from '../support/select-in-turn';
import { recordCase, summarise } from '../support/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const app = new AppHarness();
beforeAll(async () => { if (!existsSync(SHARED_BENCH)) throw new Error(`../shared/bench not found at ${SHARED_BENCH}`); await app.start(); });
afterAll(() => app.stop());

/** Clicks a document in the list and resolves at the first frame after it is painted (with its highlights when asked). */
function openAndTime(page: Page, title: string, withHighlights: boolean): Promise<number> {
  return page.evaluate(({ title, withHighlights }) => new Promise<number>((resolve) => {
    const button = Array.from(document.querySelectorAll<HTMLButtonElement>('.doc-open')).find((b) => b.querySelector('.doc-name')?.textContent === title);
    if (!button) throw new Error(`no document ${title}`);
    const painted = () => !!document.querySelector('p.turn-text')
      && (!withHighlights || ([...CSS.highlights.keys()].some((k) => k.startsWith('vb-code-')) && !!document.querySelector('.stripe')));
    const t0 = performance.now();
    button.click();
    const check = () => (painted() ? requestAnimationFrame(() => resolve(performance.now() - t0)) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  }), { title, withHighlights });
}

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
 * The workspace has loaded the project's coding (the codebook shows its counts): the click is
 * then measured as a user's would be once the project is open, not racing its first load.
 */
function workspaceLoaded(page: Page): Promise<unknown> {
  return page.waitForFunction(() => Array.from(document.querySelectorAll('.code-row .counts')).some((c) => !/^0 · 0$/.test(c.textContent?.trim() ?? '')));
}


it('open-1000 and apply-code on the shared benchmark transcript', async () => {
  const open: number[] = [];
  const openBase: number[] = [];
  const apply: number[] = [];
  const applyBase: number[] = [];
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
    if (run > 0) {
      open.push(times.true!); openBase.push(times.false!);
      apply.push(applyKey); applyBase.push(baseKey);
    }
    await app.finishPage();
  }
  const openResult = summarise(open, openBase);
  const applyResult = summarise(apply, applyBase);
  recordCase('open-1000', openResult, 'click on the 100k-character transcript with 1,000 coded spans → first frame with its highlights and stripes painted; baseline: the same viewer opening the same transcript with no codings');
  recordCase('apply-code', applyResult, 'key 1 on a selection → start of the first frame that shows the new coding; baseline: a key that does nothing → the next frame');
  expect(openResult.runs).toBe(RUNS);
});
