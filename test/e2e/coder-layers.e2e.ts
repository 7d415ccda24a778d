import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleToQdpx } from '../../src/io/qdpx/bundle-export';
import { writeQdpx } from '../../src/io/qdpx/write';
import { sampleBundle } from '../io/qdpx/sample-bundle';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { codePaths } from '../../src/core/codebook/tree';
import { computeAgreement, projectAgreementRequest } from '../../src/core/agreement';
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

async function openThreeCoderProject(page: Page): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'verbatim-')), 'ward-study.qdpx');
  writeFileSync(file, await writeQdpx(bundleToQdpx(sampleBundle())));
  await page.getByLabel('Open .qdpx file').setInputFiles(file);
  await page.getByRole('button', { name: 'Open the imported project' }).click({ timeout: 20000 });
}

describe('coders\' layers', () => {
  it('shows my coding and another coder\'s side by side, each painted in its own view, scrolled together', async () => {
    // A project coded by three coders, as another tool (or a colleague's Verbatim) exports it.
    const page = await app.newPage();
    await openThreeCoderProject(page);
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

describe('agreement between coders', () => {
  it('computes per-code and overall figures for two chosen coders, says which are undefined, and exports CSVs that reproduce them', async () => {
    const page = await app.newPage();
    await openThreeCoderProject(page);
    await page.getByRole('button', { name: 'Agreement' }).click();
    await page.getByRole('heading', { name: 'Agreement between coders' }).waitFor();
    await page.getByLabel('Çelik').uncheck();
    const table = page.getByRole('table', { name: 'Agreement per code' });
    await table.getByRole('columnheader', { name: 'Cohen’s κ' }).waitFor();
    await app.expectAccessible('agreement');
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'agreement.png') });
    expect(await table.getByRole('rowheader', { name: 'All codes' }).count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export agreement table (CSV)' }).click()]);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), { header: true, skipEmptyLines: true }).data;

    // The same figures, computed in Node from the file's own data.
    const b = sampleBundle();
    const expected = computeAgreement(projectAgreementRequest(b, { coderIds: ['u1', 'u2'], documentIds: [], codeIds: [], unit: 'character' }));
    const paths = codePaths(b.codes);
    for (const row of expected.rows.filter((r) => r.scope !== 'code-document')) {
      const got = csv.find((r) => r.scope === row.scope && r.code === (row.codeId ? paths.get(row.codeId) : ''))!;
      expect(got, `${row.scope} ${row.codeId}`).toBeDefined();
      for (const [column, value] of [['percent_agreement', row.percentAgreement], ['cohen_kappa', row.cohenKappa], ['krippendorff_alpha', row.krippendorffAlpha]] as const) {
        if (value === null) expect(got[column]).toBe('NA');
        else expect(Number(got[column])).toBeCloseTo(value, 9);
      }
      // What the CSV calls undefined, the screen says is undefined, never a 0 or a 1.
      if (row.scope === 'code' && row.cohenKappa === null) {
        const cells = await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: paths.get(row.codeId!)!, exact: true }) }).getByRole('cell').allTextContents();
        expect(cells).toContain('undefined');
      }
    }
    const [units] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export unit × coder data/ }).click()]);
    const header = readFileSync((await units.path())!, 'utf8').split('\r\n')[0]!;
    expect(header).toContain('Ana');
    expect(header).toContain('Bo');
    expect(header).not.toContain('Çelik');
  });
});
