import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
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

/** A new, empty project, opened on its Participants screen, as a user starting from scratch. */
async function newProjectOnParticipants(page: Page, name: string): Promise<void> {
  await page.getByLabel('New project').fill(name);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('button', { name: 'Import transcripts…' }).waitFor();
  const projectId = await page.evaluate(() => decodeURIComponent(location.hash.split('/')[2] ?? ''));
  await openParticipants(page, projectId);
}

/** Adds an attribute of a type (its label in the type menu) and waits for its column. */
async function addAttribute(page: Page, name: string, typeLabel: string): Promise<void> {
  await page.getByLabel('New attribute', { exact: true }).fill(name);
  await page.getByLabel('Attribute type').selectOption({ label: typeLabel });
  await page.getByRole('button', { name: 'Add attribute' }).click();
  await page.getByRole('button', { name: `Delete attribute ${name}` }).waitFor();
}

describe('participants', () => {
  it('maps speakers, imports attributes from a CSV, survives a reload, and attributes and counts the exports by them', async () => {
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
      await addAttribute(page, name, type);
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
    expect(await report.getByLabel('Create 1 new participant from the unknown rows').isChecked()).toBe(false);
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

    // The attributes imported from the CSV now attribute and break down what leaves the tool.
    await codeAllHits(page, 'Budget', 'million', '2 hits in 2 documents');
    await codeAllHits(page, 'Trust', 'Trust is built', '1 hit in 1 document');
    await page.getByRole('navigation', { name: 'Project screens' }).getByRole('button', { name: 'Outputs' }).click();
    await page.getByRole('heading', { name: 'Outputs', level: 1 }).waitFor();
    await page.getByLabel('Word or phrase to redact').fill('Wyndmoor');
    await page.getByLabel('Replace with').fill('[district]');
    await page.getByRole('button', { name: 'Add redaction' }).click();
    const rules = page.locator('table.redaction-table');
    await rules.getByRole('cell', { name: 'Wyndmoor', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Find identifying words' }).click();
    await page.getByText(/\d+ suggestions to review/).waitFor({ timeout: 30_000 });
    const places = page.locator('section.suggestion-kind', { has: page.getByRole('heading', { name: /^Places/ }) });
    await places.getByRole('button', { name: 'Accept Ashby Fields District Council', exact: true }).click();
    await rules.getByRole('cell', { name: 'Ashby Fields District Council', exact: true }).waitFor();
    const names = page.locator('section.suggestion-kind', { has: page.getByRole('heading', { name: /^Participant names/ }) });
    await names.getByRole('button', { name: 'Accept Harriet Obi', exact: true }).click();
    await rules.getByRole('cell', { name: 'Harriet Obi', exact: true }).waitFor();

    const codePicks = page.getByRole('group', { name: 'Codes', exact: true });
    await codePicks.getByLabel('Budget').check();
    await codePicks.getByLabel('Trust').check();
    const quotes = await downloadText(page, () => page.getByRole('button', { name: 'Export quotes CSV' }).click());
    const [quoteHeader, ...quoteRows] = Papa.parse<string[]>(quotes, { skipEmptyLines: true }).data;
    expect(quoteHeader).toEqual(['quote_id', 'code_path', 'quote', 'attribution']);
    expect(quoteRows.map((r) => [r[1], r[3]]).sort()).toEqual([['Budget', 'Chief executive'], ['Budget', 'Director of place'], ['Trust', 'Chief executive']]);
    expect(quoteRows.find((r) => r[1] === 'Trust')?.[2]).toBe('Trust is built');

    const frequencies = page.locator('section[aria-labelledby="frequencies-title"]');
    await frequencies.getByLabel('Break down by').selectOption({ label: 'organisation type' });
    const atK3 = await downloadText(page, () => frequencies.getByRole('button', { name: 'Export frequencies CSV' }).click());
    // Two of three participants raised Budget: below k = 3 it is <3 with its other counts blank; no group reaches k.
    expect(Papa.parse<string[]>(atK3, { skipEmptyLines: true }).data).toEqual([
      ['code_path', 'group', 'participants', 'participants_in_group', 'documents', 'segments'],
      ['Budget', 'All', '<3', '3', '', ''],
      ['Trust', 'All', '<3', '3', '', ''],
    ]);
    await frequencies.getByLabel('Suppress counts below k =').fill('2');
    await frequencies.getByText(/Not broken out .*organisation type=University/).waitFor();
    const atK2 = await downloadText(page, () => frequencies.getByRole('button', { name: 'Export frequencies CSV' }).click());
    expect(Papa.parse<string[]>(atK2, { skipEmptyLines: true }).data.slice(1)).toEqual([
      ['Budget', 'All', '2', '3', '2', '2'],
      ['Budget', 'organisation type=District council', '2', '2', '2', '2'],
      ['Trust', 'All', '<2', '3', '', ''],
      ['Trust', 'organisation type=District council', '<2', '2', '', ''],
    ]);
    for (const text of [quotes, atK3, atK2]) {
      for (const term of ['Harriet', 'Obi', 'Gareth', 'Lloyd-Hughes', 'Priya', 'Nandakumar', 'Wyndmoor', 'Ashby', 'name-turns', 'zoom']) {
        expect(text.toLowerCase()).not.toContain(term.toLowerCase());
      }
    }
  });

  it('creates the participants a classification sheet names when asked, with their values, and keeps them after a reload', async () => {
    const page = await app.newPage();
    await newProjectOnParticipants(page, 'Classification sheet');
    await page.getByLabel('New participant', { exact: true }).fill('Harriet Obi');
    await page.getByRole('button', { name: 'Add participant' }).click();
    await row(page, 'P01').waitFor();
    await addAttribute(page, 'years in post', 'Number');

    await page.getByLabel('Import attributes from CSV').setInputFiles(csvFile('cases.csv', [
      'participant,years in post,region',
      'Harriet Obi,12,Midlands',
      'Dana Whitfield,six,East',
      'P07,3,Wales',
      'dana whitfield,9,West',
    ]));
    const report = page.getByRole('region', { name: 'Import report' });
    const create = report.getByLabel('Create 2 new participants from the unknown rows');
    await create.waitFor();
    // Off by default: the unknown rows are listed and skipped.
    expect(await create.isChecked()).toBe(false);
    expect(await report.getByRole('list', { name: 'Unknown participants' }).locator('li').count()).toBe(3);
    await page.getByText('cases.csv: Will import 2 values for 1 participant; will create 1 new attribute; skipped 3 unknown participants.').waitFor();

    await create.check();
    expect(await report.getByRole('list', { name: 'New participants' }).locator('li').allTextContents()).toEqual([
      'Row 3: “Dana Whitfield” becomes P08 · Dana Whitfield',
      'Row 4: “P07” becomes P07',
    ]);
    expect(await report.getByRole('list', { name: 'Unknown participants' }).count()).toBe(0);
    expect(await report.getByRole('list', { name: 'Duplicate rows' }).textContent()).toBe('Row 5 repeats P08; row 3 is used');
    expect(await report.getByRole('list', { name: 'Bad values' }).textContent()).toContain('Row 3, column “years in post”: “six” is not a number');
    await page.getByText('cases.csv: Will import 5 values for 3 participants; will create 2 new participants; will create 1 new attribute; skipped 1 duplicate row, 1 bad value.').waitFor();
    expect(await page.locator('.csv-preview tbody tr').nth(1).textContent()).toContain('P08 · Dana Whitfield (new)');
    await app.expectAccessible('participants, attribute import creating participants');
    expect(await page.locator('table.participants-table tbody tr').count()).toBe(1);

    await page.getByRole('button', { name: 'Apply import' }).click();
    await expect.poll(() => page.locator('.message-line').textContent())
      .toBe('Imported 5 values for 3 participants; created 2 new participants; created 1 new attribute; skipped 1 duplicate row, 1 bad value.');
    await saved(page);

    const expectCreated = async () => {
      await row(page, 'P08').waitFor();
      expect(await page.locator('table.participants-table tbody tr').count()).toBe(3);
      expect(await cell(page, 'Name of P08 (local only, never exported)')).toBe('Dana Whitfield');
      expect(await cell(page, 'region of P08')).toBe('East');
      expect(await cell(page, 'years in post of P08')).toBe('');
      expect(await cell(page, 'Name of P07 (local only, never exported)')).toBe('P07');
      expect(await cell(page, 'years in post of P07')).toBe('3');
      expect(await cell(page, 'region of P07')).toBe('Wales');
      expect(await cell(page, 'years in post of P01')).toBe('12');
    };
    await expectCreated();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
    await expectCreated();
  });

  it('reads a spreadsheet\'s day/month/year dates into a date attribute, says how, and keeps them as ISO days', async () => {
    const page = await app.newPage();
    await newProjectOnParticipants(page, 'Dates from a sheet');
    for (const name of ['Harriet Obi', 'Dana Whitfield']) {
      await page.getByLabel('New participant', { exact: true }).fill(name);
      await page.getByRole('button', { name: 'Add participant' }).click();
    }
    await row(page, 'P02').waitFor();
    await addAttribute(page, 'interview date', 'Date');

    await page.getByLabel('Import attributes from CSV').setInputFiles(csvFile('dates.csv', [
      'participant,interview date', 'P01,31/03/2024', 'P02,30/02/2024',
    ]));
    const report = page.getByRole('region', { name: 'Import report' });
    expect(await report.getByRole('list', { name: 'Dates read' }).textContent()).toBe('Column “interview date”: read day/month/year (“31/03/2024” is 31 March 2024)');
    expect(await report.getByRole('list', { name: 'Bad values' }).textContent()).toContain('Row 3, column “interview date”: “30/02/2024” is not a date');
    await app.expectAccessible('participants, attribute import reading dates');
    await page.getByRole('button', { name: 'Apply import' }).click();
    await saved(page);
    await expect.poll(() => cell(page, 'interview date of P01')).toBe('2024-03-31');
    expect(await cell(page, 'interview date of P02')).toBe('');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
    await expect.poll(() => cell(page, 'interview date of P01')).toBe('2024-03-31');
  });
});

/** Creates a code, finds `phrase` in every document and codes all its hits with it. */
async function codeAllHits(page: Page, code: string, phrase: string, hits: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Project screens' });
  await nav.getByRole('button', { name: 'Code', exact: true }).click();
  await page.getByLabel('New code name').fill(code);
  await page.getByRole('button', { name: 'Add code' }).click();
  await page.locator('.code-name', { hasText: code }).first().waitFor();
  await nav.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByLabel('Search all documents').fill(phrase);
  await page.getByText(hits).waitFor();
  await page.getByLabel('Code to apply').selectOption({ label: code });
  await page.getByRole('button', { name: /^Code \d+ selected passages?$/ }).click();
  await page.getByText(new RegExp(`^Coded \\d+ passages? with ${code}`)).waitFor();
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  return readFileSync(await file.path(), 'utf8');
}
