import type { BrowserContext, Page } from 'playwright-core';

/** Screens whose first painted frame the page records, from navigation start. */
export type Milestone = 'start' | 'text' | 'highlights';

/**
 * Installed before any of the app's scripts: checks every frame for each milestone and records
 * `performance.now()` (milliseconds since navigation start) at the frame after the one where it
 * was first in the DOM, so the time includes painting it. With the start screen, also notes the
 * scripts loaded so far.
 */
function watchMilestones(): void {
  const w = window as unknown as { __seen: Partial<Record<Milestone, number>>; __scripts: string[] };
  w.__seen = {};
  const checks: Record<Milestone, () => boolean> = {
    // The projects list has loaded (empty or not): its buttons answer from here on.
    start: () => !!document.querySelector('main.start .project-item')
      || [...document.querySelectorAll('main.start p')].some((p) => p.textContent?.startsWith('No projects yet')),
    text: () => !!document.querySelector('p.turn-text'),
    highlights: () => [...CSS.highlights.keys()].some((k) => k.startsWith('vb-code-')) && !!document.querySelector('.stripe'),
  };
  const detected = new Set<Milestone>();
  const started = performance.now();
  const tick = () => {
    for (const name of Object.keys(checks) as Milestone[]) {
      if (detected.has(name) || !checks[name]()) continue;
      detected.add(name);
      if (name === 'start') w.__scripts = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.js(\?|$)/.test(n));
      requestAnimationFrame(() => { w.__seen[name] = performance.now(); });
    }
    if (performance.now() - started < 60_000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export async function recordMilestones(context: BrowserContext): Promise<void> {
  await context.addInitScript(watchMilestones);
}

/** Milliseconds from navigation start to the first frame painted with `milestone`. */
export async function milestone(page: Page, name: Milestone): Promise<number> {
  await page.waitForFunction((n) => typeof (window as unknown as { __seen: Record<string, number> }).__seen?.[n] === 'number', name, { timeout: 60_000 });
  return page.evaluate((n) => (window as unknown as { __seen: Record<string, number> }).__seen[n]!, name);
}

/** The scripts the page had loaded when the start screen was first interactive. */
export function scriptsAtStart(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __scripts: string[] }).__scripts);
}
