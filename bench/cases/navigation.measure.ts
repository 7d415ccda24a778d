import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from '../../test/e2e/support/browser';
import { DIST_DIR, serveDist } from '../../test/e2e/support/server';
import { benchmarkBundle } from '../support/benchmark-project';
import { milestone, recordMilestones, scriptsAtStart } from '../support/first-frames';
import { seedBundle } from '../support/seed';
import { benchRuns, recordCase, recordSize, round, summarise } from '../support/stats';

const RUNS = benchRuns();
let browser: Browser;
let url: string;
let closeServer: () => Promise<void>;

// Hashed assets are served cacheable, as a static host would: a second visit is a warm start.
beforeAll(async () => {
  const server = await serveDist(DIST_DIR, { cacheAssets: true });
  url = server.url;
  closeServer = server.close;
  browser = await launchBrowser();
});
afterAll(async () => { await browser?.close(); await closeServer?.(); });

/**
 * A fresh context: its own HTTP cache and IndexedDB, both empty; milestones recorded in every
 * page. Requests elsewhere are recorded, not intercepted: Playwright turns the HTTP cache off in
 * a context whose requests it routes, and a warm start needs it (the app's CSP blocks them anyway).
 */
async function freshContext(): Promise<{ context: BrowserContext; foreign: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
  const foreign: string[] = [];
  const own = new URL(url).origin;
  context.on('request', (r) => { if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== own) foreign.push(r.url()); });
  await recordMilestones(context);
  return { context, foreign };
}

/** Opens `address` in a new tab of `context` and returns the time to `name`, checking for page errors. */
async function visit(context: BrowserContext, address: string, name: 'start' | 'text' | 'highlights'): Promise<{ ms: number; page: Page }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(address);
  const ms = await milestone(page, name);
  expect(errors, 'uncaught page errors').toEqual([]);
  return { ms, page };
}

/** Gzipped size of the built files behind these script addresses (level 9, as a server would send them). */
function gzippedBytes(scripts: string[]): number {
  return scripts.reduce((sum, s) => sum + gzipSync(readFileSync(join(DIST_DIR, new URL(s).pathname)), { level: 9 }).length, 0);
}

it('cold-start and initial-js: the projects screen, empty cache and warm', async () => {
  const empty: number[] = [];
  const warm: number[] = [];
  let initialKb = 0;
  let scripts: string[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const { context, foreign } = await freshContext();
    const first = await visit(context, url, 'start');
    scripts = await scriptsAtStart(first.page);
    await first.page.close();
    const second = await visit(context, url, 'start');
    expect(foreign, 'requests outside the app origin').toEqual([]);
    await context.close();
    if (run === 0) continue;
    empty.push(first.ms);
    warm.push(second.ms);
    initialKb = round(gzippedBytes(scripts) / 1000);
  }
  const result = summarise(empty, warm);
  recordCase('cold-start', result, 'navigation start → the first frame after the projects screen has listed its projects (its buttons work from then on); median: a fresh browser context (empty HTTP cache, no database yet); baseline: a second tab in the same context (hashed assets cached as a static host would serve them, the database open before)');
  recordSize('initial-js', { value: initialKb, unit: 'KB' },
    `the ${scripts.length} JavaScript files loaded by the time the projects screen is interactive (${scripts.map((s) => new URL(s).pathname.split('/').pop()!.replace(/-[\w-]{8}\.js$/, '.js')).join(', ')}), gzipped at level 9, in kB of 1,000 bytes; workers and lazily loaded screens are not counted`);
  expect(result.runs).toBe(RUNS);
}, 600_000);

it('nav-open-text and nav-open-1000: a transcript opened by its address', async () => {
  const text: number[] = [];
  const highlights: number[] = [];
  const startScreen: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const { context, foreign } = await freshContext();
    const seeder = await context.newPage();
    await seeder.goto(url);
    await seeder.getByRole('button', { name: 'Try the demo' }).waitFor();
    const { bundle } = await benchmarkBundle({ newId: randomUUID });
    await seedBundle(seeder, bundle);
    await seeder.close();
    const [coded, plain] = bundle.documents;
    const address = (docId: string) => `${url}#/p/${bundle.project.id}/code/${docId}`;
    const times: Record<string, number> = {};
    // Alternated run by run, so neither always goes first after the seeding.
    const order = run % 2 ? ['highlights', 'text', 'start'] as const : ['text', 'highlights', 'start'] as const;
    for (const what of order) {
      const { ms, page } = what === 'start' ? await visit(context, url, 'start')
        : await visit(context, address(what === 'text' ? plain!.id : coded!.id), what);
      times[what] = ms;
      await page.close();
    }
    expect(foreign, 'requests outside the app origin').toEqual([]);
    await context.close();
    if (run === 0) continue;
    text.push(times.text!);
    highlights.push(times.highlights!);
    startScreen.push(times.start!);
  }
  const textResult = summarise(text, startScreen);
  const highlightsResult = summarise(highlights, text);
  recordCase('nav-open-text', textResult, 'navigation start (a new tab, assets cached) → first frame with the text of the 100k-character transcript (the plain copy, in the benchmark project with 1,000 codings on the other copy); baseline: the same tab opening the projects screen');
  recordCase('nav-open-1000', highlightsResult, 'navigation start (a new tab, assets cached) → first frame with the transcript\'s 1,000 highlights and stripes painted; baseline: `nav-open-text` in the same run');
  expect(textResult.runs).toBe(RUNS);
}, 900_000);
