import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from './support/app';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/transcripts');
const FILES = ['two-turn.txt', 'two-turn.md', 'two-turn.docx'];
const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

const nav = (page: Page) => page.getByRole('navigation', { name: 'Project screens' });

async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  return readFileSync(await file.path(), 'utf8');
}

/** A new project with the same two-turn call imported as .txt, .md and .docx (the last two imported anyway, as the same text). */
async function importTwoTurnCall(page: Page, name: string): Promise<void> {
  await page.getByLabel('New project').fill(name);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('button', { name: 'Import transcripts…' }).waitFor();
  await page.getByLabel('Choose transcript files').setInputFiles(FILES.map((f) => resolve(FIXTURES, f)));
  const results = page.getByRole('list', { name: 'Import results' });
  await expect.poll(() => results.locator('.import-imported, .import-duplicate').count(), { timeout: 15000 }).toBe(3);
  const anyway = results.getByRole('button', { name: 'Import anyway' });
  for (let left = await anyway.count(); left > 0; left--) {
    await anyway.first().click();
    await expect.poll(() => anyway.count()).toBe(left - 1);
  }
  await expect.poll(() => results.locator('.import-imported').count()).toBe(3);
  for (const text of await results.locator('.import-imported').allTextContents()) {
    expect(text).toContain('read as speaker turns, 2 speakers, labels like Name:');
  }
}

/** Creates a code and applies it to every hit of a phrase, from the Search screen. */
async function codeAllHits(page: Page, code: string, phrase: string, hits: string): Promise<void> {
  await nav(page).getByRole('button', { name: 'Code', exact: true }).click();
  await page.getByLabel('New code name').fill(code);
  await page.getByRole('button', { name: 'Add code' }).click();
  await page.locator('.code-name', { hasText: code }).first().waitFor();
  await nav(page).getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByLabel('Search all documents').fill(phrase);
  await page.getByText(hits).waitFor();
  await page.getByLabel('Code to apply').selectOption({ label: code });
  await page.getByRole('button', { name: /^Code \d+ selected passages?$/ }).click();
  await page.getByText(new RegExp(`^Coded \\d+ passages? with ${code}`)).waitFor();
}

describe('imports read right', () => {
  it('reads a two-turn call as speaker turns in txt, md and docx, and never publishes or counts the interviewer\'s question as the participant\'s', async () => {
    const page = await app.newPage();
    await importTwoTurnCall(page, 'Follow-up calls');

    // The title is shown above the transcript, not numbered: turn 1 is the interviewer's question.
    await page.locator('.doc-open').first().click();
    await page.locator('.turn.preamble').getByText('Follow-up call with Grace Okafor').waitFor();
    expect(await page.locator('.turn:not(.preamble) .turn-no').allTextContents()).toEqual(['1', '2']);
    expect(await page.locator('.turn:not(.preamble) .speaker').allTextContents()).toEqual(['Interviewer', 'Grace Okafor']);

    await nav(page).getByRole('button', { name: 'Participants' }).click();
    await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
    expect((await page.locator('table.speakers-table tbody th').allTextContents()).sort()).toEqual(['Grace Okafor', 'Interviewer']);
    await page.getByLabel('Not a participant (interviewer) for Interviewer').check();
    await saved(page);
    await page.getByRole('button', { name: 'New participant from this speaker for Grace Okafor' }).click();
    await page.locator('table.participants-table tbody tr[data-ref="P01"]').waitFor();
    await page.getByLabel('New attribute', { exact: true }).fill('role');
    await page.getByRole('button', { name: 'Add attribute' }).click();
    await page.getByLabel('role of P01').fill('Chief executive');
    await page.getByLabel('role of P01').press('Enter');
    await saved(page);

    await codeAllHits(page, 'Prompt', 'Could you say more', '3 hits in 3 documents');
    await codeAllHits(page, 'Trust', 'chief executives trusted', '3 hits in 3 documents');
    await nav(page).getByRole('button', { name: 'Outputs' }).click();
    await page.getByRole('heading', { name: 'Outputs', level: 1 }).waitFor();
    const codePicks = page.getByRole('group', { name: 'Codes', exact: true });
    await codePicks.getByLabel('Prompt').check();
    await codePicks.getByLabel('Trust').check();
    const quotes = await downloadText(page, () => page.getByRole('button', { name: 'Export quotes CSV' }).click());
    const [header, ...rows] = Papa.parse<string[]>(quotes, { skipEmptyLines: true }).data;
    expect(header).toEqual(['quote_id', 'code_path', 'quote', 'attribution']);
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ...Array.from({ length: 3 }, () => ['Prompt', 'Could you say more', '[interviewer]']),
      ...Array.from({ length: 3 }, () => ['Trust', 'chief executives trusted', 'Chief executive']),
    ]);
    // Numbered in document order, then by position: each document's question, then its answer.
    expect(rows.map((r) => r[0])).toEqual(['Q0001', 'Q0003', 'Q0005', 'Q0002', 'Q0004', 'Q0006']);

    const frequencies = page.locator('section[aria-labelledby="frequencies-title"]');
    await frequencies.getByLabel('Suppress counts below k =').fill('2');
    const counts = await downloadText(page, () => frequencies.getByRole('button', { name: 'Export frequencies CSV' }).click());
    const all = new Map(Papa.parse<string[]>(counts, { skipEmptyLines: true }).data.slice(1).filter((r) => r[1] === 'All').map((r) => [r[0], r[2]] as const));
    // A code used only on the interviewer's question counts no participant (0, which reveals
    // nobody); the participant's answer counts one (below k, so written <2).
    expect(all.get('Prompt')).toBe('0');
    expect(all.get('Trust')).toBe('<2');
    for (const text of [quotes, counts]) expect(text).not.toMatch(/Grace|Okafor/);
  });

  it('switches a document between paragraphs and speaker turns, keeping its codings, undoably and across a reload', async () => {
    const page = await app.newPage();
    await importTwoTurnCall(page, 'Readings');
    await codeAllHits(page, 'Trust', 'chief executives trusted', '3 hits in 3 documents');
    await codeAllHits(page, 'Prompt', 'Could you say more', '3 hits in 3 documents');
    await nav(page).getByRole('button', { name: 'Code', exact: true }).click();
    await page.locator('.doc-open').first().click();
    await page.locator('.doc-stats', { hasText: '2 codings' }).waitFor();

    await page.getByRole('button', { name: 'Speaker turns…' }).click();
    const dialog = page.getByRole('dialog', { name: 'How “two-turn” is read' });
    expect(await dialog.textContent()).toContain('Now read as speaker turns, 2 speakers, labels like Name:.');
    await dialog.getByText('Preview: plain paragraphs.').waitFor();
    expect(await dialog.locator('.reading-preview li').allTextContents()).toEqual([
      'Follow-up call with Grace Okafor', 'Interviewer: Could you say more about that, Grace?',
      'Grace Okafor: We only got there because the chief executives trusted each other.',
    ]);
    await dialog.getByText('2 coded passages kept.').waitFor();
    await app.expectAccessible('reading dialog');
    await dialog.getByRole('button', { name: 'Read as paragraphs' }).click();
    await saved(page);
    await page.locator('.turn-text', { hasText: 'Interviewer: Could you say more' }).waitFor();
    expect(await page.locator('.turn .speaker').count()).toBe(0);
    expect(await page.locator('.doc-stats').textContent()).toContain('2 codings');

    await page.reload();
    await page.locator('.doc-open').first().click();
    await page.locator('.turn-text', { hasText: 'Interviewer: Could you say more' }).waitFor();
    await page.locator('.doc-stats', { hasText: '2 codings' }).waitFor();

    await page.getByRole('button', { name: 'Paragraphs…' }).click();
    const back = page.getByRole('dialog', { name: 'How “two-turn” is read' });
    await back.getByText('Preview: speaker turns, 2 speakers, labels like Name:.').waitFor();
    await back.getByRole('button', { name: 'Read as speaker turns' }).click();
    await saved(page);
    await expect.poll(() => page.locator('.turn:not(.preamble) .speaker').allTextContents()).toEqual(['Interviewer', 'Grace Okafor']);
    expect(await page.locator('.doc-stats').textContent()).toContain('2 codings');

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.turn-text', { hasText: 'Interviewer: Could you say more' }).waitFor();
    await page.locator('.doc-stats', { hasText: '2 codings' }).waitFor();
  });
});
