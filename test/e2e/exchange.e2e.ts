import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readQdpx } from '../../src/io/qdpx/read';
import { sharedAvailable, sharedPath } from '../support/shared';
import { AppHarness } from './support/app';

const haveShared = sharedAvailable();
const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

describe.runIf(haveShared)('REFI-QDA through the UI', () => {
  it('opens an NVivo project, shows its coding, exports it again and merges a codebook', async () => {
    const page = await app.newPage();
    await page.getByLabel('Open .qdpx file').setInputFiles(sharedPath('refi-qda/real/nvivo12.6win_oltas0517.REDACTED.qdpx'));
    await page.getByText('Opened nvivo12.6win_oltas0517.REDACTED.qdpx.').waitFor({ timeout: 20000 });
    expect(await page.locator('.import-report').textContent()).toContain('152 codes, 2 sources, 303 coded passages');
    await app.expectAccessible('start screen after a REFI-QDA import');
    await page.getByRole('button', { name: 'Open the imported project' }).click();
    await expect.poll(() => page.locator('.doc-item').count()).toBe(2);
    await expect.poll(() => page.locator('.code-row').count()).toBe(152);
    // A coded passage opens from the segments table, scrolled into view with its stripes.
    await page.getByRole('button', { name: 'Coded segments' }).click();
    await page.getByText(/303 of 303 coded segments/).waitFor();
    await page.locator('tr[aria-rowindex="2"]').click();
    await page.locator('p.turn-text').first().waitFor();
    await expect.poll(() => page.locator('.stripe').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Exchange' }).click();
    await app.expectAccessible('exchange');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export project (.qdpx)' }).click()]);
    const exported = readFileSync((await download.path())!);
    const back = await readQdpx(new Uint8Array(exported));
    expect(back.errors).toEqual([]);
    expect(back.project?.codes).toHaveLength(152);
    expect(back.project?.selections.reduce((n, s) => n + s.codings.length, 0)).toBe(303);

    await page.getByLabel('Codebook file (.qdc)').setInputFiles(sharedPath('refi-qda/real/taguette-1.4.1_codebook.qdc'));
    const preview = page.getByLabel('Codebook merge preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('3 codes to add');
    await page.getByRole('button', { name: 'Merge codebook' }).click();
    await expect.poll(() => page.locator('.message-line').textContent()).toMatch(/Codebook merged: 3 codes added/);
    await page.getByRole('button', { name: 'Code', exact: true }).click();
    await expect.poll(() => page.locator('.code-row').count()).toBe(155);
  });

  it('refuses a broken file with a clear message and stores nothing', async () => {
    const page = await app.newPage();
    await page.getByLabel('Open .qdpx file').setInputFiles(sharedPath('refi-qda/synthetic/not-a-zip.qdpx'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not-a-zip\.qdpx was not opened, and nothing was stored.*E_NOT_ZIP/s);
    expect(await page.locator('.project-item').count()).toBe(0);
    await page.getByLabel('Open .qdpx file').setInputFiles(sharedPath('refi-qda/synthetic/traversal-plainTextPath.qdpx'));
    await page.getByText('E_UNSAFE_SOURCE_PATH').waitFor();
    expect(await page.locator('.project-item').count()).toBe(0);
  });
});
