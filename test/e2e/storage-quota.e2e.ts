import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from './support/app';
import { isolatedContext, watchErrors } from './support/browser';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/transcripts');
const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

const storageStatus = (page: Page) => page.getByRole('status', { name: 'Storage' });

/**
 * About `bytes` of interview in random words: Chromium compresses what IndexedDB stores, so a
 * transcript that must not fit cannot repeat itself.
 */
function incompressibleTranscript(bytes: number): string {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = () => Array.from({ length: 3 + Math.floor(random() * 7) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
  const turns: string[] = [];
  for (let size = 0, t = 0; size < bytes; t++) {
    const turn = `${t % 2 ? 'Wren Talbot' : 'Interviewer'}: ${Array.from({ length: 60 }, word).join(' ')}.`;
    turns.push(turn);
    size += turn.length + 2;
  }
  return `${turns.join('\n\n')}\n`;
}

describe('storage', () => {
  it('shows persistence and use against quota; an import that does not fit says so and loses nothing stored', async () => {
    // Chromium applies a quota override to an origin's storage opened after it (and never to
    // what navigator.storage.estimate() reports), so it is set before the app first loads:
    // room for the app's offline copy and a small project, not for an 8 MB transcript.
    ({ context: app.context, foreign: app.foreign } = await isolatedContext(app.browser, app.url));
    const page = app.page = await app.context.newPage();
    app.errors = watchErrors(page);
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.url).origin, quotaSize: 7_000_000 });
    await page.goto(app.url);
    await page.getByLabel('New project').fill('Quota study');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByLabel('Choose transcript files').setInputFiles(resolve(FIXTURES, 'name-turns.txt'));
    await expect.poll(() => page.locator('.doc-item').count()).toBe(1);
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');
    // Headless Chromium may refuse persistence; what matters is that the answer is shown.
    await expect.poll(() => storageStatus(page).textContent())
      .toMatch(/^Storage: (persistent|may be cleared by the browser|persistence unknown) · [\d.]+ (bytes|kB|MB) of [\d.]+ (MB|GB|TB) used$/);
    // The offline copy is in place, so nothing else is filling the quota behind the test's back.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    const dir = mkdtempSync(join(tmpdir(), 'verbatim-quota-'));
    const big = join(dir, 'long-interview.txt');
    writeFileSync(big, incompressibleTranscript(8_000_000));
    await page.getByLabel('Choose transcript files').setInputFiles(big);
    const results = page.getByRole('list', { name: 'Import results' });
    await results.getByText('long-interview.txt').waitFor();
    await expect.poll(() => results.locator('li', { hasText: 'long-interview.txt' }).textContent(), { timeout: 20000 })
      .toMatch(/could not be saved, and nothing of it was stored: The browser has no room left for this project/);
    await page.screenshot({ path: join(tmpdir(), 'verbatim-quota.png') });

    await page.reload();
    await expect.poll(() => page.locator('.doc-item').count()).toBe(1);
    await page.locator('.doc-open').first().click();
    await page.locator('p.turn-text').first().waitFor();
    expect(await page.locator('.doc-toolbar').textContent()).toContain('name-turns');
    expect(await storageStatus(page).textContent()).toMatch(/^Storage: /);
  });
});
