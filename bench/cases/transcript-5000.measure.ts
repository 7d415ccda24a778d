import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppHarness } from '../../test/e2e/support/app';
import { benchmarkBundle } from '../support/benchmark-project';
import { seedBundle } from '../support/seed';
import { benchRuns, recordCase, summarise } from '../support/stats';
import { openAndTime, workspaceLoaded } from '../support/workspace';

const RUNS = benchRuns();
const CODINGS = 5000;
/** Pixels scrolled per frame: a fast fling, about 15,000 px a second. */
const STEP_PX = 250;
const app = new AppHarness({ serviceWorkers: 'block' });
beforeAll(() => app.start());
afterAll(() => app.stop());

/**
 * Scrolls the open transcript from top to bottom, `STEP_PX` a frame, and returns the longest
 * animation frame meanwhile (0 when no frame took over 50 ms) and how many frames it took.
 */
function scrollThrough(page: Page): Promise<{ worst: number; long: number; frames: number }> {
  return page.evaluate((step) => new Promise<{ worst: number; long: number; frames: number }>((resolve) => {
    const root = document.querySelector<HTMLElement>('.doc-scroll')!;
    root.scrollTop = 0;
    const seen: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => { seen.push(...list.getEntries()); });
    observer.observe({ type: 'long-animation-frame' });
    let frames = 0;
    let still = 0;
    const tick = () => {
      const before = root.scrollTop;
      root.scrollTop = before + step;
      frames++;
      // The virtual list may grow as turns are measured: the end is where scrolling stops moving.
      still = root.scrollTop === before ? still + 1 : 0;
      if (still < 5) { requestAnimationFrame(tick); return; }
      setTimeout(() => {
        seen.push(...observer.takeRecords());
        observer.disconnect();
        resolve({ worst: Math.max(0, ...seen.map((e) => e.duration)), long: seen.length, frames });
      }, 200);
    };
    requestAnimationFrame(tick);
  }), STEP_PX);
}

it('open-5000 and scroll-100k: the benchmark transcript with 5,000 codings', async () => {
  const open: number[] = [];
  const openBase: number[] = [];
  const scroll: number[] = [];
  const scrollBase: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Try the demo' }).waitFor();
    const { bundle, codedTitle, plainTitle } = await benchmarkBundle({ newId: randomUUID }, { codings: CODINGS });
    expect(bundle.codings.length).toBe(CODINGS);
    await seedBundle(page, bundle);
    const workspace = `${app.url}#/p/${bundle.project.id}/code`;
    await page.goto(workspace);
    await page.locator('.doc-name', { hasText: plainTitle }).waitFor();
    await workspaceLoaded(page);
    const times: Record<string, { open: number; scroll: Awaited<ReturnType<typeof scrollThrough>> }> = {};
    for (const coded of run % 2 ? [true, false] : [false, true]) {
      const open = await openAndTime(page, coded ? codedTitle : plainTitle, coded);
      await page.waitForTimeout(500);
      times[String(coded)] = { open, scroll: await scrollThrough(page) };
      await page.goto(workspace);
      await page.locator('.doc-open').first().waitFor();
      await workspaceLoaded(page);
    }
    await app.finishPage();
    const { true: coded, false: plain } = times;
    console.log(`[bench] scroll-100k run ${run}: ${coded!.scroll.frames} frames, ${coded!.scroll.long} long (worst ${coded!.scroll.worst.toFixed(0)} ms); text only: ${plain!.scroll.long} long (worst ${plain!.scroll.worst.toFixed(0)} ms)`);
    if (run === 0) continue;
    open.push(coded!.open); openBase.push(plain!.open);
    scroll.push(coded!.scroll.worst); scrollBase.push(plain!.scroll.worst);
  }
  const openResult = summarise(open, openBase);
  recordCase('open-5000', openResult, `click on the 100k-character transcript with ${CODINGS.toLocaleString('en')} codings (the 1,000 shared spans and generated ones like them) → first frame with its highlights and stripes painted; baseline: the same transcript with no codings`);
  recordCase('scroll-100k', summarise(scroll, scrollBase), `the ${CODINGS.toLocaleString('en')}-coding transcript scrolled from top to bottom, ${STEP_PX} px a frame: the longest \`long-animation-frame\` entry of each run (0 when no frame took over 50 ms), median and worst over the runs; baseline: the same scroll through the transcript with no codings`);
  expect(openResult.runs).toBe(RUNS);
}, 900_000);
