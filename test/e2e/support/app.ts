import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousViolations } from './axe';
import { isolatedContext, launchBrowser, watchErrors } from './browser';
import { serveDist } from './server';

/** One built app, one browser, a fresh context per test; fails on foreign requests and page errors. */
export class AppHarness {
  browser!: Browser;
  url!: string;
  private closeServer!: () => Promise<void>;
  context!: BrowserContext;
  page!: Page;
  foreign: string[] = [];
  errors: string[] = [];

  /**
   * `serviceWorkers: 'block'` for benchmarks: the service worker's precaching would download
   * every asset in the background while a case is being timed.
   */
  constructor(private readonly options: { serviceWorkers?: 'allow' | 'block' } = {}) {}

  async start(): Promise<void> {
    const server = await serveDist();
    this.url = server.url;
    this.closeServer = server.close;
    this.browser = await launchBrowser();
  }

  async newPage(): Promise<Page> {
    const { context, foreign } = await isolatedContext(this.browser, this.url, this.options);
    this.context = context;
    this.foreign = foreign;
    this.page = await context.newPage();
    this.errors = watchErrors(this.page);
    await this.page.goto(this.url);
    return this.page;
  }

  /** Checks made after every test: nothing left the origin, no uncaught errors. */
  async finishPage(): Promise<void> {
    expect(this.foreign, 'requests outside the app origin').toEqual([]);
    expect(this.errors, 'uncaught page errors').toEqual([]);
    await this.context?.close();
  }

  async expectAccessible(screen: string): Promise<void> {
    const v = await seriousViolations(this.page);
    expect(v, `axe: serious or critical violations on ${screen}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.closeServer?.();
  }
}

/** Selects `[start, end)` of the text of the turn body containing `needle`, as a mouse drag would. */
export async function selectText(page: Page, needle: string, length = needle.length): Promise<void> {
  await page.evaluate(({ needle, length }) => {
    const bodies = Array.from(document.querySelectorAll('p.turn-text'));
    const body = bodies.find((b) => b.textContent?.includes(needle));
    if (!body?.firstChild) throw new Error(`text not rendered: ${needle}`);
    const at = body.textContent!.indexOf(needle);
    const r = document.createRange();
    r.setStart(body.firstChild, at);
    r.setEnd(body.firstChild, at + length);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
  }, { needle, length });
}

/** Drags the mouse across `needle` in the transcript, selecting it for real. */
export async function dragSelect(page: Page, needle: string): Promise<void> {
  const box = await page.evaluate((needle) => {
    const body = Array.from(document.querySelectorAll('p.turn-text')).find((b) => b.textContent?.includes(needle));
    if (!body?.firstChild) throw new Error(`text not rendered: ${needle}`);
    const at = body.textContent!.indexOf(needle);
    const r = document.createRange();
    r.setStart(body.firstChild, at);
    r.setEnd(body.firstChild, at + 1);
    const first = r.getClientRects()[0]!;
    r.setStart(body.firstChild, at + needle.length - 1);
    r.setEnd(body.firstChild, at + needle.length);
    const rects = r.getClientRects();
    const last = rects[rects.length - 1]!;
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, needle);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}
