import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dragSelect } from './support/app';
import { isolatedContext, launchBrowser, watchErrors } from './support/browser';
import { DIST_DIR, serveDist } from './support/server';

let browser: Browser;
let context: BrowserContext | undefined;
let foreign: string[] = [];
let errors: string[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(() => browser?.close());
afterEach(async () => {
  expect(foreign, 'requests outside the app origin').toEqual([]);
  expect(errors, 'uncaught page errors').toEqual([]);
  await context?.close();
  for (const c of cleanups.splice(0)) await c();
});

async function open(url: string): Promise<Page> {
  ({ context, foreign } = await isolatedContext(browser, url));
  const page = await context.newPage();
  errors = watchErrors(page);
  await page.goto(url);
  return page;
}

/** Waits until the service worker has installed and precached the app. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

async function codingCount(page: Page): Promise<number> {
  const text = await page.locator('.doc-toolbar').textContent();
  return Number(/(\d+) codings?/.exec(text ?? '')?.[1] ?? NaN);
}

/** The first three words of a rendered turn with room for them. */
async function somePassage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = Array.from(document.querySelectorAll('p.turn-text')).find((b) => (b.textContent ?? '').split(/\s+/).length > 6)!;
    return body.textContent!.split(/\s+/).slice(0, 3).join(' ');
  });
}

describe('offline and installable', () => {
  it('after one visit, opens and codes with the server gone', async () => {
    const server = await serveDist();
    let serverUp = true;
    cleanups.push(() => (serverUp ? server.close() : undefined));
    const page = await open(server.url);
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      return (await fetch(href)).json() as Promise<{ name: string; display: string; icons: { src: string; sizes: string }[] }>;
    });
    expect(manifest).toMatchObject({ name: 'Verbatim', display: 'standalone' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

    await page.getByRole('button', { name: 'Try the demo' }).click();
    await expect.poll(() => page.locator('.doc-item').count(), { timeout: 10000 }).toBeGreaterThanOrEqual(4);
    await waitForServiceWorker(page);

    await server.close();
    serverUp = false;
    expect(await page.evaluate(() => fetch('./no-such-file.txt', { cache: 'no-store' }).then(() => 'reached', () => 'offline'))).toBe('offline');

    await page.reload();
    await page.getByRole('button', { name: 'Verbatim', exact: true }).click();
    await page.locator('.project-open').first().click();
    await page.locator('.doc-open').first().click();
    await page.locator('p.turn-text').first().waitFor();
    const before = await codingCount(page);
    await dragSelect(page, await somePassage(page));
    await page.keyboard.press('c');
    await page.getByRole('dialog', { name: 'Apply codes' }).waitFor();
    await page.keyboard.type('Worked offline');
    await page.keyboard.press('Enter');
    await expect.poll(() => codingCount(page)).toBe(before + 1);
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');

    // A screen loaded on demand comes from the precache too.
    await page.getByRole('navigation', { name: 'Project screens' }).getByRole('button', { name: 'Coded segments' }).click();
    await page.getByText(/of \d+ coded segments/).waitFor();
    await page.screenshot({ path: join(tmpdir(), 'verbatim-offline.png') });
    expect(await page.getByRole('gridcell', { name: /Worked offline/ }).count()).toBe(1);
  });

  it('a new version waits until the user agrees to reload', async () => {
    const root = mkdtempSync(join(tmpdir(), 'verbatim-deploy-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    cpSync(DIST_DIR, root, { recursive: true });
    const server = await serveDist(root);
    cleanups.push(() => server.close());
    const page = await open(server.url);
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await expect.poll(() => page.locator('.doc-item').count(), { timeout: 10000 }).toBeGreaterThanOrEqual(4);
    await waitForServiceWorker(page);
    // The usual case: a later visit, the page served by the service worker.
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.locator('.doc-item').first().waitFor();
    await page.evaluate(() => { (window as unknown as { session: string }).session = 'still open'; });
    const other = await context!.newPage();
    errors.push(...watchErrors(other));
    await other.goto(page.url());
    await other.locator('.doc-item').first().waitFor();
    await other.evaluate(() => { (window as unknown as { session: string }).session = 'still open'; });

    deploySecondBuild(root);
    // The app checks hourly; ask now instead of waiting an hour.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    const banner = page.getByText('A new version of Verbatim is ready');
    await banner.waitFor({ timeout: 15000 });
    await page.screenshot({ path: join(tmpdir(), 'verbatim-update.png') });

    // The open session goes on with the old version until the user says otherwise.
    expect(await page.evaluate(() => (window as unknown as { session?: string }).session)).toBe('still open');
    expect(await page.locator('meta[name="verbatim-build"]').count()).toBe(0);
    await page.locator('.doc-open').first().click();
    await page.locator('p.turn-text').first().waitFor();

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload now' }).click()]);
    await expect.poll(() => page.locator('meta[name="verbatim-build"]').getAttribute('content')).toBe('second');
    expect(await page.evaluate(() => (window as unknown as { session?: string }).session)).toBeUndefined();
    expect(await banner.count()).toBe(0);
    await page.locator('p.turn-text').first().waitFor();

    // A second tab keeps its version too: it is told, not reloaded.
    const otherBanner = other.getByText('Verbatim was updated in another tab');
    await otherBanner.waitFor();
    expect(await other.evaluate(() => (window as unknown as { session?: string }).session)).toBe('still open');
    expect(await other.locator('meta[name="verbatim-build"]').count()).toBe(0);
    await Promise.all([other.waitForEvent('load'), other.getByRole('button', { name: 'Reload now' }).click()]);
    await expect.poll(() => other.locator('meta[name="verbatim-build"]').getAttribute('content')).toBe('second');
  });
});

/**
 * What a second `vite build` with a changed page produces: a different index.html, and a service
 * worker whose precache list carries that file's new revision (Workbox's revision is its MD5).
 */
function deploySecondBuild(root: string): void {
  const indexPath = join(root, 'index.html');
  const oldIndex = readFileSync(indexPath, 'utf8');
  const newIndex = oldIndex.replace('<title>', '<meta name="verbatim-build" content="second" />\n    <title>');
  const md5 = (s: string) => createHash('md5').update(s).digest('hex');
  const swPath = join(root, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  expect(sw).toContain(md5(oldIndex));
  writeFileSync(indexPath, newIndex);
  writeFileSync(swPath, sw.replace(md5(oldIndex), md5(newIndex)));
}

describe('a database upgrade in another tab', () => {
  it('tells this tab to reload instead of holding up the upgrade', async () => {
    const server = await serveDist();
    cleanups.push(() => server.close());
    const first = await open(server.url);
    await first.getByRole('button', { name: 'Try the demo' }).click();
    await expect.poll(() => first.locator('.doc-item').count(), { timeout: 10000 }).toBeGreaterThanOrEqual(4);

    // What a newer Verbatim does when it opens: upgrade the database to its own schema version.
    const second = await context!.newPage();
    errors.push(...watchErrors(second));
    await second.goto(server.url);
    await second.getByRole('button', { name: 'Try the demo' }).waitFor();
    const upgrade = await second.evaluate(() => new Promise<string>((resolve) => {
      void indexedDB.databases().then((dbs) => {
        const current = dbs.find((d) => d.name === 'verbatim')!.version!;
        const req = indexedDB.open('verbatim', current + 10);
        let blocked = false;
        req.onblocked = () => { blocked = true; };
        req.onsuccess = () => { req.result.close(); resolve(blocked ? 'blocked, then done' : 'done'); };
        req.onerror = () => resolve(String(req.error));
      });
    }));
    expect(upgrade).toBe('done');

    const notice = first.getByRole('alert').filter({ hasText: 'Reload this tab' });
    await notice.waitFor();
    await first.screenshot({ path: join(tmpdir(), 'verbatim-version-change.png') });
    await Promise.all([first.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
  });
});
