import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from './support/app';

const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

const SHOTS = process.env.BACKUP_SHOTS;

async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');
}

function tab(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Project screens' }).getByRole('button', { name, exact: true });
}

async function codedSegments(page: Page): Promise<string> {
  await tab(page, 'Coded segments').click();
  const line = page.getByText(/\d+ of \d+ coded segments/);
  await line.waitFor();
  return (await line.textContent())!.match(/\d+ of \d+ coded segments/)![0];
}

/** The memo of the first passage of the first document, through the passage panel. */
async function firstPassageMemo(page: Page) {
  await tab(page, 'Code').click();
  await page.locator('.doc-open').first().click();
  await page.locator('.stripe').first().waitFor();
  await page.locator('.stripe').first().click();
  const panel = page.getByRole('region', { name: 'Codes at this spot' });
  await panel.waitFor();
  return panel.getByLabel('Memo on this passage').first();
}

describe('back up and restore', () => {
  it('backs up the demo project with its changes, deletes it, restores it, and finds everything again', async () => {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.locator('.doc-open').first().waitFor();

    // A memo, an attribute value, the attribution template and a redaction.
    const memo = await firstPassageMemo(page);
    await memo.fill('Kept through a backup.');
    await memo.press('Tab');
    await saved(page);
    await tab(page, 'Participants').click();
    await page.getByLabel('region of P01').fill('North West');
    await page.getByLabel('region of P01').press('Enter');
    await saved(page);
    const template = page.getByLabel('Template', { exact: true });
    await template.fill('P{number}, {organisation type}');
    await template.press('Enter');
    await saved(page);
    await tab(page, 'Outputs').click();
    await page.getByLabel('Word or phrase to redact').fill('Wyndmoor');
    await page.getByLabel('Replace with').fill('[district]');
    await page.getByRole('button', { name: 'Add redaction' }).click();
    await page.locator('table.redaction-table').getByRole('cell', { name: 'Wyndmoor', exact: true }).waitFor();
    await saved(page);
    const segments = await codedSegments(page);

    // Back up, with the undo history.
    await page.getByRole('button', { name: 'Back up project' }).click();
    const dialog = page.getByRole('dialog', { name: 'Back up project' });
    await dialog.getByText('Not backed up from this browser yet.').waitFor();
    await dialog.getByLabel('Include undo history').check();
    await app.expectAccessible('backup dialog');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/backup-dialog.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Demo Council leadership study \d{4}-\d{2}-\d{2}\.verbatim$/);
    const bytes = readFileSync((await download.path())!);
    await page.getByRole('button', { name: 'Back up project' }).click();
    await page.getByText(/Last backed up in this browser/).waitFor();
    await page.getByRole('dialog', { name: 'Back up project' }).getByRole('button', { name: 'Cancel' }).click();

    // Delete it.
    await page.getByRole('button', { name: 'Verbatim', exact: true }).click();
    await page.getByRole('button', { name: 'Delete Demo: Council leadership study' }).click();
    await page.getByRole('button', { name: 'Delete project for good' }).click();
    await expect.poll(() => page.locator('.project-item').count()).toBe(0);

    // Restore it: a preview first, then the project.
    await page.getByLabel('Restore from backup (.verbatim)').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: bytes });
    const preview = page.getByLabel('Backup preview');
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/Demo: Council leadership study.*5 documents, \d+ codes, \d+ codings, 1 coder, \d+ undo steps\..*record schema \d/s);
    await app.expectAccessible('restore preview');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/restore-preview.png` });
    await preview.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('button', { name: 'Open the restored project' }).click();

    expect(await codedSegments(page)).toBe(segments);
    expect(await (await firstPassageMemo(page)).inputValue()).toBe('Kept through a backup.');
    await tab(page, 'Participants').click();
    expect(await page.getByLabel('region of P01').inputValue()).toBe('North West');
    expect(await page.getByLabel('Template', { exact: true }).inputValue()).toBe('P{number}, {organisation type}');
    await tab(page, 'Outputs').click();
    await page.locator('table.redaction-table').getByRole('cell', { name: 'Wyndmoor', exact: true }).waitFor();
    // The undo history came back too: the redaction is the last step.
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toMatch(/^Undo Add redaction/);

    // Restoring the same file again asks first, and a copy sits beside the original.
    await page.getByRole('button', { name: 'Verbatim', exact: true }).click();
    await page.getByLabel('Restore from backup (.verbatim)').setInputFiles({ name: 'again.verbatim', mimeType: 'application/zip', buffer: bytes });
    await page.getByLabel('Backup preview').getByRole('button', { name: 'Restore', exact: true }).click();
    const ask = page.getByRole('group', { name: 'This project is already here' });
    expect(await ask.textContent()).toContain('“Demo: Council leadership study” is already in this browser');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/restore-confirm.png` });
    await ask.getByRole('button', { name: 'Restore as a copy' }).click();
    await page.getByText('Restored “Demo: Council leadership study (restored)”.').waitFor();
    await expect.poll(() => page.locator('.project-item').count()).toBe(2);
  });

  it('refuses a damaged or foreign file with a clear message and stores nothing', async () => {
    const page = await app.newPage();
    const input = page.getByLabel('Restore from backup (.verbatim)');
    await input.setInputFiles({ name: 'notes.verbatim', mimeType: 'text/plain', buffer: Buffer.from('Interviewer: hello') });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('notes.verbatim: This is not a Verbatim project file (a .verbatim backup). Nothing was restored.');

    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.locator('.doc-open').first().waitFor();
    await page.getByRole('button', { name: 'Back up project' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
    const bytes = readFileSync((await download.path())!);
    await page.getByRole('button', { name: 'Verbatim', exact: true }).click();
    await page.getByLabel('Restore from backup (.verbatim)').setInputFiles({ name: 'cut.verbatim', mimeType: 'application/zip', buffer: bytes.subarray(0, bytes.length - 100) });
    await page.getByRole('alert').filter({ hasText: 'cut.verbatim: This project file is damaged: it is incomplete' }).waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/restore-damaged.png` });
    expect(await page.locator('.project-item').count()).toBe(1);
    expect(await page.getByLabel('Backup preview').count()).toBe(0);
  });
});
