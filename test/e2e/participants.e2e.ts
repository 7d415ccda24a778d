import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from './support/app';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/transcripts');
const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

/** The participants table row of a reference (P01…). */
function row(page: Page, ref: string) {
  return page.locator(`table.participants-table tbody tr[data-ref="${ref}"]`);
}

async function attribution(page: Page, ref: string): Promise<string> {
  return (await row(page, ref).locator('.attribution').textContent()) ?? '';
}

async function openParticipants(page: Page, projectId: string): Promise<void> {
  const tab = page.getByRole('navigation', { name: 'Project screens' }).getByRole('button', { name: 'Participants' });
  if (await tab.count() > 0) await tab.click();
  else await page.goto(`${app.url}#/p/${projectId}/participants`);
  await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
}

/** Writes a CSV the way a user would save one from a spreadsheet, and returns its path. */
function csvFile(name: string, rows: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'verbatim-attrs-')), name);
  writeFileSync(path, `${rows.join('\r\n')}\r\n`);
  return path;
}

async function cell(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).inputValue();
}

async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');
}

describe('participants', () => {
  it('maps speakers, edits attributes, sets the attribution template and survives a reload', async () => {
    const page = await app.newPage();
    await page.getByLabel('New project').fill('Participant study');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('button', { name: 'Import transcripts…' }).waitFor();
    await page.getByLabel('Choose transcript files').setInputFiles(['name-turns.txt', 'zoom.vtt'].map((f) => resolve(FIXTURES, f)));
    await expect.poll(() => page.getByRole('list', { name: 'Import results' }).locator('.import-imported').count(), { timeout: 15000 }).toBe(2);
    const projectId = await page.evaluate(() => decodeURIComponent(location.hash.split('/')[2] ?? ''));
    expect(projectId).not.toBe('');

    await openParticipants(page, projectId);
    await page.getByText('No participants yet: map the speakers found in your transcripts, or add participants by hand.').waitFor();
    const speakers = page.locator('table.speakers-table tbody th');
    expect((await speakers.allTextContents()).sort()).toEqual(['Gareth Lloyd-Hughes', 'Harriet Obi', 'Interviewer', 'Priya Nandakumar']);

    // The interviewer is not a participant; every other speaker becomes one.
    await page.getByLabel('Not a participant (interviewer) for Interviewer').check();
    await saved(page);
    for (const label of ['Harriet Obi', 'Gareth Lloyd-Hughes', 'Priya Nandakumar']) {
      await page.getByRole('button', { name: `New participant from this speaker for ${label}` }).click();
      await row(page, `P0${['Harriet Obi', 'Gareth Lloyd-Hughes', 'Priya Nandakumar'].indexOf(label) + 1}`).waitFor();
    }
    await expect.poll(() => page.locator('table.participants-table tbody tr').count()).toBe(3);
    const statusOf = (label: string) => page.locator('table.speakers-table tbody tr', { has: page.getByRole('rowheader', { name: label, exact: true }) }).locator('td').nth(1);
    expect(await statusOf('Harriet Obi').textContent()).toBe('P01 · Harriet Obi');
    expect(await statusOf('Interviewer').textContent()).toBe('Not a participant');
    expect(await page.getByLabel('Participant for speaker Gareth Lloyd-Hughes').inputValue()).not.toBe('');
    // Mapping linked each participant to the document they speak in.
    await row(page, 'P02').locator('summary').click();
    const p02Docs = page.getByRole('group', { name: 'Documents of P02' });
    expect(await p02Docs.getByLabel('zoom').isChecked()).toBe(true);
    expect(await p02Docs.getByLabel('name-turns').isChecked()).toBe(false);

    // Attributes by hand.
    for (const [name, type] of [['role', 'Category'], ['organisation type', 'Category'], ['years in post', 'Number']] as const) {
      await page.getByLabel('New attribute', { exact: true }).fill(name);
      await page.getByLabel('Attribute type').selectOption({ label: type });
      await page.getByRole('button', { name: 'Add attribute' }).click();
      await page.getByRole('button', { name: `Delete attribute ${name}` }).waitFor();
    }

    // A number cell refuses what is not a number and saves nothing.
    const years = page.getByLabel('years in post of P01');
    await years.click();
    await page.keyboard.type('1e');
    await page.keyboard.press('Enter');
    await row(page, 'P01').getByRole('alert').filter({ hasText: 'Not a number' }).waitFor();
    expect(await years.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => row(page, 'P01').getByRole('alert').count()).toBe(0);

    // A category cell saves on Enter and feeds the attribution.
    await page.getByLabel('role of P03').fill('Researcher');
    await page.getByLabel('role of P03').press('Enter');
    await saved(page);
    await expect.poll(() => attribution(page, 'P03')).toBe('Researcher');
    await expect.poll(() => attribution(page, 'P01')).toBe('[role?]');

    // The template refuses names and previews live.
    const template = page.getByLabel('Template', { exact: true });
    await template.fill('{name}, {role}');
    await page.getByText(/would print the participant's name/).waitFor();
    await template.press('Enter');
    await template.fill('P{number}, {role}');
    await expect.poll(() => page.getByRole('list', { name: 'Attribution preview' }).textContent()).toContain('P03: P03, Researcher');
    await template.press('Enter');
    await saved(page);
    await expect.poll(() => attribution(page, 'P03')).toBe('P03, Researcher');
    await template.fill('{role}');
    await template.press('Enter');
    await saved(page);
    await expect.poll(() => attribution(page, 'P03')).toBe('Researcher');

    // A participant added by hand gets the next reference; deleting asks first and says what goes.
    await page.getByLabel('New participant', { exact: true }).fill('harriet obi');
    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is already a participant called “harriet obi”.' }).waitFor();
    await page.getByLabel('New participant', { exact: true }).fill('Sam Jones');
    await page.getByRole('button', { name: 'Add participant' }).click();
    await row(page, 'P04').waitFor();
    expect(await cell(page, 'Name of P04 (local only, never exported)')).toBe('Sam Jones');
    await page.getByRole('button', { name: 'Delete participant P04' }).click();
    const deleteDialog = page.getByRole('dialog', { name: 'Delete participant P04?' });
    expect(await deleteDialog.textContent()).toContain('P04 (Sam Jones) will be removed with 0 attribute values and 0 document links.');
    await deleteDialog.getByRole('button', { name: 'Delete participant' }).click();
    await expect.poll(() => page.locator('table.participants-table tbody tr').count()).toBe(3);

    // A malformed file is refused as a whole.
    const importInput = page.getByLabel('Import attributes from CSV');
    await importInput.setInputFiles(csvFile('broken.csv', ['participant,role', 'P01,Chief executive,extra cell']));
    await page.getByRole('alert').filter({ hasText: 'broken.csv cannot be imported, so nothing was changed' }).getByText('Row 2 has 3 cells but the header has 2.').waitFor();
    expect(await page.getByRole('button', { name: 'Apply import' }).count()).toBe(0);

    // One unknown participant, one duplicate row, one bad number, one new attribute.
    const sheet = csvFile('attributes.csv', [
      'participant,role,organisation type,years in post,region',
      'P01,Chief executive,District council,3,Midlands',
      'Gareth Lloyd-Hughes,Director of place,District council,abc,Wales',
      'P02,Director of place,District council,5,Wales',
      'P03,Researcher,University,2,London',
      'P09,Finance officer,County council,4,North',
    ]);
    await importInput.setInputFiles(sheet);
    const report = page.getByRole('region', { name: 'Import report' });
    await report.waitFor();
    expect(await report.getByRole('list', { name: 'Unknown participants' }).textContent()).toBe('Row 6: “P09”: no participant has this name or reference');
    expect(await report.getByRole('list', { name: 'Duplicate rows' }).textContent()).toBe('Row 4 repeats P02; row 3 is used');
    expect(await report.getByRole('list', { name: 'Bad values' }).textContent()).toContain('Row 3, column “years in post”: “abc” is not a number');
    expect(await report.textContent()).toContain('Created as categories: “region”.');
    const previewRows = page.locator('.csv-preview tbody tr');
    expect(await previewRows.count()).toBe(5);
    expect(await previewRows.nth(1).textContent()).toContain('abc (not a number, skipped)');
    expect(await page.getByText('attributes.csv: Will import 10 values for 3 participants; will create 1 new attribute; 1 value already up to date; skipped 1 unknown participant, 1 duplicate row, 1 bad value.').count()).toBe(1);
    await app.expectAccessible('participants, attribute import preview');
    // Nothing is written before Apply.
    expect(await cell(page, 'role of P01')).toBe('');
    expect(await page.getByRole('button', { name: 'Delete attribute region' }).count()).toBe(0);
    expect(await attribution(page, 'P01')).toBe('[role?]');

    // Cancel discards the file; choosing it again and applying writes it in one step.
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await report.count()).toBe(0);
    expect(await cell(page, 'role of P01')).toBe('');
    await importInput.setInputFiles(sheet);
    await page.getByRole('button', { name: 'Apply import' }).click();
    const summary = 'Imported 10 values for 3 participants; created 1 new attribute; 1 value already up to date; skipped 1 unknown participant, 1 duplicate row, 1 bad value.';
    await expect.poll(() => page.locator('.message-line').textContent()).toBe(summary);
    await saved(page);
    expect(await report.count()).toBe(0);

    const expectImported = async () => {
      await expect.poll(() => cell(page, 'role of P01')).toBe('Chief executive');
      expect(await cell(page, 'organisation type of P01')).toBe('District council');
      expect(await cell(page, 'years in post of P01')).toBe('3');
      expect(await cell(page, 'region of P01')).toBe('Midlands');
      expect(await cell(page, 'role of P02')).toBe('Director of place');
      expect(await cell(page, 'years in post of P02')).toBe('');
      expect(await cell(page, 'region of P03')).toBe('London');
      expect(await cell(page, 'years in post of P03')).toBe('2');
      expect(await page.locator('table.participants-table tbody tr').count()).toBe(3);
      expect(await attribution(page, 'P01')).toBe('Chief executive');
      expect(await attribution(page, 'P02')).toBe('Director of place');
      expect(await attribution(page, 'P03')).toBe('Researcher');
    };
    await expectImported();

    // Deleting an attribute says how many values go with it; Cancel keeps it.
    await page.getByRole('button', { name: 'Delete attribute region' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete attribute “region”?' });
    expect(await dialog.textContent()).toContain('3 values will go with it.');
    await app.expectAccessible('participants, delete attribute dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await dialog.count()).toBe(0);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
    await expectImported();
    expect(await page.getByLabel('Template', { exact: true }).inputValue()).toBe('{role}');
    expect(await page.getByLabel('Not a participant (interviewer) for Interviewer').isChecked()).toBe(true);
    expect(await statusOf('Priya Nandakumar').textContent()).toBe('P03 · Priya Nandakumar');
    await app.expectAccessible('participants');
  });
});
