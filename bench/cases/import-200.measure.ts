import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emptyBundle } from '../../src/core/bundle';
import { AppHarness } from '../../test/e2e/support/app';
import { prng } from '../support/prng';
import { seedBundle } from '../support/seed';
import { benchRuns, recordCase, recordSize, round, summarise } from '../support/stats';

const RUNS = benchRuns();
const FILES = 200;
const BASELINE_FILES = 20;
const CHARS = 100_000;
const app = new AppHarness({ serviceWorkers: 'block' });
beforeAll(() => app.start());
afterAll(() => app.stop());

const WORDS = ('we the council service people really think about housing funding staff partner community health '
  + 'because team change budget support local meeting families report needed year money plan work years '
  + 'difficult trust residents decision national ask manager better problem example voice young time').split(' ');

/** An invented interview of about `CHARS` characters, different for every seed (so none is a duplicate). */
function transcript(seed: number): string {
  const r = prng(seed);
  const turns: string[] = [];
  let length = 0;
  for (let t = 0; length < CHARS; t++) {
    const words = Array.from({ length: 20 + Math.floor(r() * (t % 2 ? 180 : 30)) }, () => WORDS[Math.floor(r() * WORDS.length)]!);
    const turn = `${t % 2 ? 'Participant' : 'Interviewer'}: ${words.join(' ')}.`;
    turns.push(turn);
    length += turn.length + 2;
  }
  return `${turns.join('\n\n')}\n`;
}

/** The 200 files, written once into the system's temporary folder (the same bytes every run). */
function files(): string[] {
  const dir = join(tmpdir(), `verbatim-bench-import-${FILES}x${CHARS}`);
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: FILES }, (_, i) => {
    const path = join(dir, `interview-${String(i + 1).padStart(3, '0')}.txt`);
    if (!existsSync(path)) writeFileSync(path, transcript(i + 1));
    return path;
  });
}

interface Timing { ms: number; longestTaskMs: number; progressStates: number; longestWithoutProgressMs: number }

/**
 * Sets the files on "Choose transcript files" and times, in the page, the `change` event → the
 * first frame after every file is listed as imported and the import has finished; meanwhile
 * records the longest main-thread task and the longest wait between two progress updates.
 */
async function importAndTime(page: Page, paths: string[]): Promise<Timing> {
  await page.evaluate((count) => {
    const w = window as unknown as { __import: Promise<Timing> };
    w.__import = new Promise((resolve) => {
      let t0 = -1;
      let longest = 0;
      let lastProgress = -1;
      let longestGap = 0;
      const states = new Set<string>();
      new PerformanceObserver((list) => { for (const e of list.getEntries()) if (t0 >= 0) longest = Math.max(longest, e.duration); }).observe({ type: 'longtask' });
      const observer = new MutationObserver(() => {
        if (t0 < 0) return;
        const state = document.querySelector('.import .progress span')?.textContent ?? '';
        if (state && !states.has(state)) {
          const now = performance.now();
          longestGap = Math.max(longestGap, now - (lastProgress < 0 ? t0 : lastProgress));
          lastProgress = now;
          states.add(state);
        }
        const imported = document.querySelectorAll('.import-results li.import-imported').length;
        const finished = [...document.querySelectorAll('.import button')].some((b) => b.textContent === 'Clear results');
        if (imported === count && finished) {
          observer.disconnect();
          requestAnimationFrame(() => resolve({ ms: performance.now() - t0, longestTaskMs: longest, progressStates: states.size, longestWithoutProgressMs: longestGap }));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      window.addEventListener('change', () => { t0 = performance.now(); }, { capture: true, once: true });
    });
  }, paths.length);
  await page.getByLabel('Choose transcript files').setInputFiles(paths);
  return page.evaluate(() => (window as unknown as { __import: Promise<Timing> }).__import);
}

async function run(paths: string[]): Promise<Timing> {
  const page = await app.newPage();
  await page.getByRole('button', { name: 'Try the demo' }).waitFor();
  const now = Date.now();
  const bundle = emptyBundle({ id: `import-${now}`, name: 'Import', createdAt: now, updatedAt: now, memo: '', attributionTemplate: '{role}' });
  bundle.coders.push({ id: `coder-${now}`, projectId: bundle.project.id, name: 'You', color: '#5b6abf' });
  await seedBundle(page, bundle);
  await page.goto(`${app.url}#/p/${bundle.project.id}/code`);
  await page.getByLabel('Choose transcript files').waitFor({ state: 'attached' });
  const t = await importAndTime(page, paths);
  const stored = await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => { const r = indexedDB.open('verbatim'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    const n = await new Promise<number>((ok) => { const r = db.transaction('texts').objectStore('texts').count(); r.onsuccess = () => ok(r.result); });
    db.close();
    return n;
  });
  expect(stored, 'every transcript stored').toBe(paths.length);
  await app.finishPage();
  return t;
}

it('import-200: 200 transcripts of 100,000 characters through the file input', async () => {
  const paths = files();
  const big: number[] = [];
  const small: number[] = [];
  let longestTask = 0;
  let longestGap = 0;
  for (let r = 0; r <= RUNS; r++) {
    const order = r % 2 ? [BASELINE_FILES, FILES] : [FILES, BASELINE_FILES];
    for (const count of order) {
      const t = await run(paths.slice(0, count));
      if (count === FILES) {
        expect(t.progressStates, 'progress shown').toBeGreaterThan(FILES / 2);
        console.log(`[bench] import-200 run ${r}: ${t.ms.toFixed(0)} ms, longest task ${t.longestTaskMs.toFixed(0)} ms, ${t.progressStates} progress states, longest wait for progress ${t.longestWithoutProgressMs.toFixed(0)} ms`);
      }
      if (r === 0) continue;
      (count === FILES ? big : small).push(t.ms);
      if (count === FILES) { longestTask = Math.max(longestTask, t.longestTaskMs); longestGap = Math.max(longestGap, t.longestWithoutProgressMs); }
    }
  }
  const result = summarise(big, small);
  recordCase('import-200', result, `${FILES} generated .txt transcripts of about ${CHARS.toLocaleString('en')} characters each (${(FILES * CHARS / 1e6).toFixed(0)} MB) set on "Choose transcript files" → the first frame after every one is listed as imported and the import has finished (each stored in IndexedDB); the longest wait between two progress updates was ${Math.round(longestGap)} ms; baseline: the first ${BASELINE_FILES} of the same files`);
  recordSize('import-200-longest-task', { value: round(longestTask), unit: 'ms' }, 'the longest main-thread task (`longtask` entries) during any measured `import-200` run');
  expect(result.runs).toBe(RUNS);
}, 1_800_000);
