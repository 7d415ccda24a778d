import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProjectBundle } from '../../src/core/bundle';
import { AppHarness } from '../../test/e2e/support/app';
import { seedBundle } from '../support/seed';
import { median, recordCase, summarise } from '../support/stats';
import { sequentialIds, syntheticProject } from '../support/synthetic-project';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const app = new AppHarness({ serviceWorkers: 'block' });
beforeAll(() => app.start());
afterAll(() => app.stop());

/** What the user does: pick an option of a `<select>` (found by its label's text), or a radio button. */
type Action = { kind: 'select'; label: string; within: string; value: string } | { kind: 'radio'; within: string; value: string };
/** When the new table is on screen: an element matching `selector` whose text is `text` (or starts with it). */
interface Signal { selector: string; text: string; prefix: boolean }

/** One report request the reports client sent to its worker, as the page instrumentation saw it. */
interface ReportRequest { type: string; posted: number; postMs: number; answered: number | null; workerMs: number | null }

/** Long animation frames (over 50 ms) between the input and the frame measured, summed: where the main thread spent it. */
interface Frames { count: number; script: number; styleAndLayout: number; total: number }

interface Timing {
  /** `performance.now()` of the input event. */
  t0: number;
  /** Input event → first frame after the one whose DOM holds the new table. */
  total: number;
  /** Input event → the frame callback that first saw the new table in the DOM. */
  seen: number;
  /** Requests sent to the reports worker since the input, times relative to it. */
  requests: ReportRequest[];
  frames?: Frames;
}

/**
 * Records long animation frames, and wraps `Worker` so every request the reports client posts, and every answer, is timed: how long
 * `postMessage` blocks (the structured clone of the input, on the main thread), when the answer
 * arrives, and the worker's own computing time (`ms` of its answer). Installed before the
 * Outputs screen starts its worker; nothing in the app changes.
 */
async function instrumentPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const frames: PerformanceEntry[] = [];
    (window as unknown as { __frames: typeof frames }).__frames = frames;
    new PerformanceObserver((list) => { frames.push(...list.getEntries()); }).observe({ type: 'long-animation-frame' });
    const log: { id: number; type: string; posted: number; postMs: number; answered: number | null; workerMs: number | null }[] = [];
    (window as unknown as { __reports: typeof log }).__reports = log;
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (options?.name !== 'reports') return;
        const post = this.postMessage.bind(this) as (message: unknown) => void;
        // Registered before the client's `onmessage`, so it runs first.
        this.addEventListener('message', (e: MessageEvent<{ id: number; ms?: number }>) => {
          const entry = log.find((r) => r.id === e.data.id);
          if (entry) { entry.answered = performance.now(); entry.workerMs = e.data.ms ?? null; }
        });
        this.postMessage = (message: { id: number; type: string }) => {
          const posted = performance.now();
          post(message);
          log.push({ id: message.id, type: message.type, posted, postMs: performance.now() - posted, answered: null, workerMs: null });
        };
      }
    };
  });
}

/** Opens a project's Outputs screen and resolves at the first frame after all three reports are on screen. */
function openOutputs(page: Page, projectId: string, matrixTitle: string): Promise<number> {
  return page.evaluate(({ projectId, matrixTitle }) => new Promise<number>((resolve) => {
    const ready = () => !!document.querySelector('.frequency-table tbody tr')
      && [...document.querySelectorAll('figure.chart-figure h3')].some((h) => h.textContent === matrixTitle)
      && [...document.querySelectorAll('figure.chart-figure h3')].some((h) => h.textContent === 'Code co-occurrence')
      && ![...document.querySelectorAll('.outputs-screen span')].some((s) => s.textContent === 'Counting…');
    const t0 = performance.now();
    location.hash = `#/p/${encodeURIComponent(projectId)}/outputs`;
    const check = () => (ready() ? requestAnimationFrame(() => resolve(performance.now() - t0)) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  }), { projectId, matrixTitle });
}

/** Time between scrolling a control into view and using it: far less than a person needs to move the pointer. */
const SCROLL_SETTLE_MS = 250;

/** Performs `action` and resolves at the first frame after `signal` holds. */
function actAndTime(page: Page, action: Action, signal: Signal): Promise<Timing> {
  return page.evaluate(({ action, signal, settleMs }) => new Promise<Timing>((resolve, reject) => {
    const scope = document.querySelector(action.within);
    if (!scope) throw new Error(`no ${action.within}`);
    const shown = () => [...document.querySelectorAll(signal.selector)].some((e) => {
      const text = e.textContent ?? '';
      return signal.prefix ? text.startsWith(signal.text) : text === signal.text;
    });
    if (shown()) throw new Error(`already on screen before the action: ${signal.text}`);
    const log = (window as unknown as { __reports: (ReportRequest & { id: number })[] }).__reports;
    const before = log.length;
    const control = action.kind === 'select'
      ? ([...scope.querySelectorAll('label')].find((l) => l.textContent === action.label)?.control as HTMLSelectElement | null) ?? null
      : scope.querySelector<HTMLInputElement>(`input[type="radio"][value="${action.value}"]`);
    if (!control) throw new Error(`no control for ${JSON.stringify(action)}`);
    // A user changes a control they can see: bring it into view, and act a moment later, as a
    // person would (figures skipped while out of view are drawn in the frames after a scroll).
    control.scrollIntoView({ block: 'center' });
    setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => {
      const t0 = performance.now();
      if (control instanceof HTMLSelectElement) {
        control.value = action.value;
        control.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        control.click();
      }
      let seen = 0;
      const deadline = t0 + 60_000;
      const check = () => {
        if (shown()) {
          seen = performance.now() - t0;
          requestAnimationFrame(() => resolve({
            t0, total: performance.now() - t0, seen,
            requests: log.slice(before).map((r) => ({
              type: r.type, posted: r.posted - t0, postMs: r.postMs, answered: r.answered === null ? null : r.answered - t0, workerMs: r.workerMs,
            })),
          }));
        } else if (performance.now() > deadline) {
          reject(new Error(`not on screen after 60 s: ${signal.text}`));
        } else {
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    })), settleMs);
  }), { action, signal, settleMs: SCROLL_SETTLE_MS });
}

interface LoafEntry extends PerformanceEntry {
  styleAndLayoutStart: number;
  scripts: { duration: number }[];
}

/** Sums the long animation frames that ended inside `[from, to]` (page clock); call once they have been reported. */
function framesBetween(page: Page, from: number, to: number): Promise<Frames> {
  return page.evaluate(({ from, to }) => {
    const all = (window as unknown as { __frames: LoafEntry[] }).__frames;
    const inside = all.filter((f) => f.startTime + f.duration >= from && f.startTime + f.duration <= to + 1);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return {
      count: inside.length,
      script: sum(inside.map((f) => sum(f.scripts.map((s) => s.duration)))),
      styleAndLayout: sum(inside.map((f) => (f.styleAndLayoutStart > 0 ? f.startTime + f.duration - f.styleAndLayoutStart : 0))),
      total: sum(inside.map((f) => f.duration)),
    };
  }, { from, to });
}

/** Waits until no report is being computed, then lets the page settle. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => ![...document.querySelectorAll('.outputs-screen span')].some((s) => s.textContent === 'Counting…'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(300);
}

const CASES = ['frequencies', 'attribute-matrix', 'cooccurrence'] as const;
type Case = (typeof CASES)[number];

interface Project {
  bundle: ProjectBundle;
  attribute: (name: string) => string;
}

function project(prefix: string, codings: number): Project {
  const bundle = syntheticProject(sequentialIds(prefix), { documents: 200, participants: 200, codes: 300, codings });
  const attribute = (name: string) => {
    const a = bundle.attributes.find((x) => x.name === name);
    if (!a) throw new Error(`no attribute ${name}`);
    return a.id;
  };
  return { bundle, attribute };
}

/**
 * On a freshly opened Outputs screen (frequencies for everyone, heatmap by role, overlap mode),
 * the three warm measurements in order: break the frequencies down by role (only the frequencies
 * are recounted: the heatmap already shows role); heatmap by region; co-occurrence by turn.
 */
async function measureProject(page: Page, p: Project): Promise<{ cold: number; timings: Record<Case, Timing> }> {
  await page.evaluate(() => { location.hash = '#/'; });
  await page.reload();
  await page.getByRole('button', { name: 'Try the demo' }).waitFor();
  await instrumentPage(page);
  const cold = await openOutputs(page, p.bundle.project.id, 'Participants per code by role');
  await settle(page);
  const reports = 'section[aria-labelledby="frequencies-title"]';
  const frequencies = await actAndTime(page,
    { kind: 'select', label: 'Break down by', within: reports, value: p.attribute('role') },
    { selector: '.frequency-table tbody tr:nth-child(2) td:nth-child(2)', text: 'role=', prefix: true });
  await settle(page);
  frequencies.frames = await framesBetween(page, frequencies.t0, frequencies.t0 + frequencies.total);
  const matrix = await actAndTime(page,
    { kind: 'select', label: 'Attribute', within: `${reports} .charts`, value: p.attribute('region') },
    { selector: 'figure.chart-figure h3', text: 'Participants per code by region', prefix: false });
  await settle(page);
  matrix.frames = await framesBetween(page, matrix.t0, matrix.t0 + matrix.total);
  const cooccurrence = await actAndTime(page,
    { kind: 'radio', within: `${reports} .mode-switch`, value: 'turn' },
    { selector: 'figure.chart-figure svg > title', text: 'Code co-occurrence (same speaker turn)', prefix: false });
  await settle(page);
  cooccurrence.frames = await framesBetween(page, cooccurrence.t0, cooccurrence.t0 + cooccurrence.total);
  return { cold, timings: { frequencies, 'attribute-matrix': matrix, cooccurrence } };
}

const NOTES: Record<Case, string> = {
  frequencies: '50,000 codings (200 documents, 300 codes): "Break down by" set to role on the Outputs screen, warm → first frame with the broken-down frequency table; baseline: the same on 500 codings',
  'attribute-matrix': '50,000 codings: heatmap attribute switched from role to region, warm → first frame with the new code × attribute heatmap (its table is drawn when opened); baseline: the same on 500 codings',
  cooccurrence: '50,000 codings: co-occurrence switched from overlapping passages to same speaker turn, warm → first frame with the new matrix; baseline: the same on 500 codings',
};

const fmt = (x: number) => x.toFixed(1);

/** Median of each phase of the requests behind one case, for the log: where the time goes. */
function breakdown(timings: Timing[]): string {
  const of = (f: (t: Timing) => number | null) => fmt(median(timings.map(f).filter((x): x is number => x !== null)));
  const last = (t: Timing) => t.requests[t.requests.length - 1];
  return [
    `requests ${timings.map((t) => t.requests.map((r) => r.type).join('+')).filter((x, i, xs) => xs.indexOf(x) === i).join(' | ')}`,
    `post at ${of((t) => last(t)?.posted ?? null)} ms`,
    `postMessage (clone) ${of((t) => last(t)?.postMs ?? null)} ms`,
    `in worker ${of((t) => last(t)?.workerMs ?? null)} ms`,
    `answer at ${of((t) => last(t)?.answered ?? null)} ms`,
    `in DOM at ${of((t) => t.seen)} ms`,
    `frame at ${of((t) => t.total)} ms`,
    `long frames: ${of((t) => t.frames?.count ?? null)}, scripts ${of((t) => t.frames?.script ?? null)} ms, style+layout ${of((t) => t.frames?.styleAndLayout ?? null)} ms, in all ${of((t) => t.frames?.total ?? null)} ms`,
  ].join(', ');
}

it('frequencies, code × attribute and co-occurrence tables over 50,000 codings, warm', async () => {
  const built = performance.now();
  const big = project('big', 50_000);
  const small = project('base', 500);
  console.log(`[bench] synthetic projects built in ${fmt(performance.now() - built)} ms: ${big.bundle.codings.length} and ${small.bundle.codings.length} codings`);
  const samples: Record<'big' | 'small', Record<Case, Timing[]>> = {
    big: { frequencies: [], 'attribute-matrix': [], cooccurrence: [] },
    small: { frequencies: [], 'attribute-matrix': [], cooccurrence: [] },
  };
  const cold: Record<'big' | 'small', number[]> = { big: [], small: [] };
  for (let run = 0; run <= RUNS; run++) {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Try the demo' }).waitFor();
    await seedBundle(page, big.bundle);
    await seedBundle(page, small.bundle);
    const order = run % 2 ? (['small', 'big'] as const) : (['big', 'small'] as const);
    for (const which of order) {
      const result = await measureProject(page, which === 'big' ? big : small);
      if (run === 0) continue;
      cold[which].push(result.cold);
      for (const c of CASES) samples[which][c].push(result.timings[c]);
    }
    await app.finishPage();
  }
  console.log(`[bench] reports cold (open Outputs → all three reports on screen): median ${fmt(median(cold.big))} ms at 50k, ${fmt(median(cold.small))} ms at 500`);
  for (const c of CASES) {
    const result = summarise(samples.big[c].map((t) => t.total), samples.small[c].map((t) => t.total));
    recordCase(`${c}-50k`, result, NOTES[c]);
    console.log(`[bench]   ${c}-50k:  ${breakdown(samples.big[c])}`);
    console.log(`[bench]   ${c}-500:  ${breakdown(samples.small[c])}`);
    expect(result.runs).toBe(RUNS);
  }
});
