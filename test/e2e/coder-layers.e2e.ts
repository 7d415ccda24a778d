import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleToQdpx } from '../../src/io/qdpx/bundle-export';
import { writeQdpx } from '../../src/io/qdpx/write';
import { sampleBundle } from '../io/qdpx/sample-bundle';
import { AppHarness, selectText } from './support/app';

const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

/** The text each highlight of a view paints, by the view's highlight prefix. */
async function painted(page: Page, prefix: string): Promise<string[]> {
  return page.evaluate((prefix) => [...CSS.highlights.keys()].filter((k) => k.startsWith(`${prefix}-code-`))
    .flatMap((k) => [...CSS.highlights.get(k)!] as Range[]).map((r) => r.toString()).sort(), prefix);
}

describe('coders\' layers', () => {
  it('shows my coding and another coder\'s side by side, each painted in its own view, scrolled together', async () => {
    // A project coded by three coders, as another tool (or a colleague's Verbatim) exports it.
    const file = join(mkdtempSync(join(tmpdir(), 'verbatim-')), 'ward-study.qdpx');
    writeFileSync(file, await writeQdpx(bundleToQdpx(sampleBundle())));
    const page = await app.newPage();
    await page.getByLabel('Open .qdpx file').setInputFiles(file);
    await page.getByRole('button', { name: 'Open the imported project' }).click({ timeout: 20000 });
    await page.getByRole('button', { name: /^Interview 1/ }).click();
    await page.locator('p.turn-text').first().waitFor();

    // I code a passage of my own.
    await page.locator('.doc-scroll').focus();
    await selectText(page, 'We coped');
    await page.getByRole('button', { name: 'Apply Breaks to the selection' }).click();
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');

    await page.getByLabel('Compare with').selectOption({ label: 'Bo' });
    const bo = page.getByRole('region', { name: 'Bo’s coding' });
    await bo.locator('p.turn-text').first().waitFor();
    // Left: only my coding; right: only Bo's, each under its own highlight names.
    await expect.poll(() => painted(page, 'vb')).toEqual(['We coped']);
    await expect.poll(() => painted(page, 'vbc')).toEqual(['Busy & loud <always>', 'q\u0307uiet hours'].sort());
    expect(await bo.locator('.layer-head').textContent()).toContain('read-only');
    await app.expectAccessible('two coders side by side');

    // Scrolling my layer scrolls Bo's with it.
    await page.evaluate(() => {
      const mine = document.querySelector<HTMLElement>('.compare-layer.mine .doc-scroll')!;
      mine.style.maxHeight = '60px';
      document.querySelector<HTMLElement>('.compare-layer .doc-scroll')!.style.maxHeight = '60px';
      mine.scrollTop = mine.scrollHeight;
    });
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('.compare-layer .doc-scroll')!.scrollTop)).toBeGreaterThan(0);

    if (process.env.SCREENSHOT_DIR) {
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('.doc-scroll').forEach((e) => { e.style.maxHeight = ''; e.scrollTop = 0; }));
      await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'coder-layers.png') });
    }

    // Back to every layer in one view: Ana's, Bo's, Çelik's and mine (three coders on one passage).
    await page.getByLabel('Compare with').selectOption({ label: 'nobody (all layers)' });
    await expect.poll(() => page.getByRole('region', { name: 'Bo’s coding' }).count()).toBe(0);
    await expect.poll(() => painted(page, 'vbc')).toEqual([]);
    await expect.poll(async () => (await painted(page, 'vb')).length).toBe(6);
  });
});
