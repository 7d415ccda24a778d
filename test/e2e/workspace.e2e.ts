import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_INTERVIEWS } from '../../src/core/demo/build-demo';
import { AppHarness } from './support/app';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/transcripts');
const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

const codeRow = (page: Page, name: string) => page.locator('.code-row').filter({ has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }) });
const codingCount = async (page: Page) => Number(/(\d+) codings/.exec((await page.locator('.doc-toolbar').textContent()) ?? '')?.[1] ?? NaN);

describe('projects', () => {
  it('renames a project, keeps it after a reload, and deletes it after a confirmation that names what goes', async () => {
    const page = await app.newPage();
    await page.getByLabel('New project').fill('Alpha study');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('button', { name: 'Import transcripts…' }).waitFor();
    await page.getByLabel('Choose transcript files').setInputFiles(resolve(FIXTURES, 'name-turns.txt'));
    await page.locator('.import-imported').waitFor();
    await page.getByRole('button', { name: 'Verbatim', exact: true }).click();
    await page.getByRole('button', { name: 'Rename Alpha study' }).click();
    await page.getByLabel('New name for Alpha study').fill('Beta study');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('button', { name: 'Beta study', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Beta study', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Delete Beta study' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toMatch(/deletes 1 document, 0 codes and 0 coded passages/);
    await app.expectAccessible('delete project dialog');
    await dialog.getByRole('button', { name: 'Delete project for good' }).click();
    await page.getByText('No projects yet').waitFor();
  });
});

describe('importing', () => {
  it('names each bad file and its reason, imports the rest, and asks about a duplicate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-e2e-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, 17, 0]));
    const page = await app.newPage();
    await page.getByLabel('New project').fill('Imports');
    await page.getByRole('button', { name: 'Create project' }).click();
    const input = page.getByLabel('Choose transcript files');
    await input.setInputFiles([join(dir, 'empty.txt'), join(dir, 'binary.txt'), resolve(FIXTURES, 'corrupt.docx'), resolve(FIXTURES, 'teams.vtt')]);
    const results = page.getByRole('list', { name: 'Import results' });
    await expect.poll(() => results.locator('li').filter({ hasNotText: 'reading' }).count(), { timeout: 15000 }).toBe(4);
    expect(await results.locator('.import-failed').count()).toBe(3);
    expect(await results.textContent()).toMatch(/empty\.txt was not imported: is empty/);
    expect(await results.textContent()).toMatch(/corrupt\.docx was not imported/);
    expect(await results.locator('.import-imported').textContent()).toMatch(/teams\.vtt/);
    await app.expectAccessible('import results');
    await input.setInputFiles(resolve(FIXTURES, 'teams.vtt'));
    await results.getByText(/same text as a document already in this project/).waitFor();
    await results.getByRole('button', { name: 'Skip' }).click();
    await results.getByText(/skipped/).waitFor();
    expect(await page.locator('.doc-item').count()).toBe(1);
  });
});

describe('codebook, passages, memos, search and retrieval on the demo', () => {
  it('reorders codes by dragging before a sibling and from the keyboard, with undo, redo and a reload', async () => {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.locator('.doc-open').first().waitFor();
    const names = () => page.locator('.code-row .name').allTextContents();
    const topLevel = () => page.locator('.code-row[style*="padding-left: 0rem"] .name').allTextContents();
    const message = () => page.locator('.message-line').textContent();
    /** Drags a code's row to a height within another row, as a fraction of that row's height. */
    const drag = async (source: string, target: string, fraction: number) => {
      const box = (await codeRow(page, target).boundingBox())!;
      await codeRow(page, source).dragTo(codeRow(page, target), { targetPosition: { x: box.width / 2, y: box.height * fraction } });
    };
    /** Moves the pointer of a drag in progress to a height within a row's box, as a fraction of its height. */
    const dragPointer = async (box: { x: number; y: number; width: number; height: number }, fraction: number) => {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * fraction, { steps: 4 });
      // Chromium dispatches a drag's dragover one mouse move late: a second move delivers the first.
      await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height * fraction);
    };
    const initial = await topLevel();
    expect(initial.slice(0, 4)).toEqual(['Leadership', 'Trust', 'Momentum', 'Risk']);
    const reordered = ['Leadership', 'Momentum', 'Trust', ...initial.slice(3)];

    // Mid-drag over the upper quarter of Trust: a line above Trust, no outline.
    await codeRow(page, 'Trust').scrollIntoViewIfNeeded();
    await codeRow(page, 'Momentum').hover();
    const trustBox = (await codeRow(page, 'Trust').boundingBox())!;
    await page.mouse.down();
    await dragPointer(trustBox, 0.5);
    await expect.poll(() => codeRow(page, 'Trust').getAttribute('class')).toContain('drop-inside');
    await dragPointer(trustBox, 0.1);
    await expect.poll(() => codeRow(page, 'Trust').getAttribute('class')).toContain('drop-before');
    await page.mouse.up();
    await expect.poll(topLevel).toEqual(reordered);
    expect(await page.locator('.drop-before, .drop-after, .drop-inside').count()).toBe(0);
    expect(await message()).toBe('Moved “Momentum” to 2 of 11 at the top level. Ctrl+Z undoes it.');

    await page.locator('body').press('Control+z');
    await expect.poll(topLevel).toEqual(initial);
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(topLevel).toEqual(reordered);
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');
    await page.reload();
    await codeRow(page, 'Trust').waitFor();
    expect(await topLevel()).toEqual(reordered);

    // The lower quarter means after; a code is never dropped among its own sub-codes.
    await drag('Trust', 'Risk', 0.9);
    await expect.poll(topLevel).toEqual(['Leadership', 'Momentum', 'Risk', 'Trust', ...initial.slice(4)]);
    const before = await names();
    const indicators = () => page.locator('.drop-before, .drop-after, .drop-inside, .drop-end').count();
    await codeRow(page, 'Leadership').hover();
    const momentumBox = (await codeRow(page, 'Momentum').boundingBox())!;
    const childBox = (await codeRow(page, 'Selflessness').boundingBox())!;
    await page.mouse.down();
    await dragPointer(momentumBox, 0.5);
    await expect.poll(() => codeRow(page, 'Momentum').getAttribute('class')).toContain('drop-inside');
    expect(await codeRow(page, 'Leadership').getAttribute('class')).toContain('dragging');
    await dragPointer(childBox, 0.1);
    await expect.poll(indicators).toBe(0);
    await dragPointer(childBox, 0.5);
    expect(await indicators()).toBe(0);
    await page.mouse.up();
    await drag('Leadership', 'Audacious leadership', 0.5);
    expect(await names()).toEqual(before);
    expect(await message()).toMatch(/^Moved “Trust”/);

    // Keyboard: Alt+ArrowUp on the focused name, twice (focus stays on the moved code), then the editor's Move down.
    await codeRow(page, 'Trust').locator('.code-name').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(topLevel).toEqual(['Leadership', 'Momentum', 'Trust', 'Risk', ...initial.slice(4)]);
    expect(await message()).toBe('Moved “Trust” to 3 of 11 at the top level. Ctrl+Z undoes it.');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(topLevel).toEqual(['Leadership', 'Trust', 'Momentum', 'Risk', ...initial.slice(4)]);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(topLevel).toEqual(['Leadership', 'Momentum', 'Trust', 'Risk', ...initial.slice(4)]);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(topLevel).toEqual(['Leadership', 'Trust', 'Momentum', 'Risk', ...initial.slice(4)]);
    expect(await page.evaluate(() => document.activeElement?.closest('.code-row')?.querySelector('.name')?.textContent)).toBe('Trust');
    await codeRow(page, 'Audacious leadership').locator('.code-name').click();
    await page.getByRole('button', { name: 'Move down' }).click();
    await expect.poll(names).toEqual(['Leadership', 'Selflessness', 'Audacious leadership', 'Trust', 'Momentum', 'Risk', ...before.slice(6)]);
    expect(await message()).toBe('Moved “Audacious leadership” to 2 of 2 in “Leadership”. Ctrl+Z undoes it.');
    // Dimmed, not disabled, so the keyboard focus stays on it; pressing it says why nothing moves.
    const moveDown = page.getByRole('button', { name: 'Move down' });
    expect(await moveDown.getAttribute('aria-disabled')).toBe('true');
    await moveDown.press('Enter');
    await expect.poll(message).toBe('“Audacious leadership” is already last among its siblings.');
    await app.expectAccessible('code editor with order buttons');
    await page.locator('body').press('Control+z');
    const final = ['Leadership', 'Audacious leadership', 'Selflessness', 'Trust', 'Momentum', 'Risk', ...before.slice(6)];
    await expect.poll(names).toEqual(final);

    // Outputs lists the codes to quote in the same tree order.
    await page.getByRole('navigation', { name: 'Project screens' }).getByRole('button', { name: 'Outputs' }).click();
    await page.getByRole('heading', { name: 'Outputs', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.code-choices li').allTextContents()).toEqual(final);
  });

  it('edits the codebook with undo, adjusts and annotates a passage, codes search hits and opens a row', async () => {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.locator('.doc-open').first().waitFor();

    // Rename, recolour, nest.
    await codeRow(page, 'Trust').locator('.code-name').click();
    await page.getByLabel('Name', { exact: true }).fill('Trust and confidence');
    await page.getByRole('button', { name: 'Save code' }).click();
    await codeRow(page, 'Trust and confidence').waitFor();
    await page.getByLabel('Colour', { exact: true }).fill('#aa3377');
    await expect.poll(() => codeRow(page, 'Trust and confidence').locator('.swatch').getAttribute('style')).toContain('rgb(170, 51, 119)');
    await page.getByLabel('Parent').selectOption({ label: 'Leadership' });
    await expect.poll(() => codeRow(page, 'Trust and confidence').getAttribute('style')).toContain('padding-left: 1.1rem');
    await app.expectAccessible('code editor');

    // Merge Communication into it; delete Risk, then undo.
    const before = Number((await codeRow(page, 'Trust and confidence').locator('.counts').textContent())!.split('·')[0]);
    await codeRow(page, 'Communication').locator('.code-name').click();
    await page.getByLabel('Merge into').selectOption({ label: 'Leadership/Trust and confidence' });
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => codeRow(page, 'Communication').count()).toBe(0);
    const after = Number((await codeRow(page, 'Trust and confidence').locator('.counts').textContent())!.split('·')[0]);
    expect(after).toBeGreaterThan(before);
    await codeRow(page, 'Risk').locator('.code-name').click();
    await page.getByRole('button', { name: 'Delete code…' }).click();
    expect(await page.getByRole('dialog').textContent()).toMatch(/removes 1 code \(with sub-codes\) and \d+ codings? on \d+ passages?/);
    await page.getByRole('button', { name: 'Delete code', exact: true }).click();
    await expect.poll(() => codeRow(page, 'Risk').count()).toBe(0);
    await page.locator('body').press('Control+z');
    await expect.poll(() => codeRow(page, 'Risk').count()).toBe(1);

    // A passage: memo, extend by a word, remove one code; a document memo.
    const openedTitle = await page.locator('.doc-open').first().textContent();
    await page.locator('.doc-open').first().click();
    await page.locator('.stripe').first().waitFor();
    const codings = await codingCount(page);
    await page.locator('.stripe').first().click();
    const panel = page.getByRole('region', { name: 'Codes at this spot' });
    await panel.waitFor();
    const quote = (await panel.locator('blockquote').first().textContent())!;
    // The passage shows how a quote of it is attributed: the speaker's role, never their name.
    const interview = DEMO_INTERVIEWS.find((i) => openedTitle?.includes(i.title));
    expect(await panel.locator('p.attribution').first().textContent()).toBe(`Quoted as: — ${interview?.attributes.role}`);
    await panel.getByLabel('Memo on this passage').first().fill('A turning point for the partnership.');
    await panel.getByRole('button', { name: 'End ▶ word' }).first().click();
    await expect.poll(async () => (await panel.locator('blockquote').first().textContent())!.length).toBeGreaterThan(quote.length);
    await page.getByRole('button', { name: /^Memo( •)?$/ }).click();
    await page.getByLabel(/^Memo on “/).fill('Interviewee was candid about the county.');
    await page.getByRole('button', { name: 'Close memo' }).click();
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');
    await panel.getByRole('button', { name: /^Remove / }).first().click();
    await expect.poll(() => codingCount(page)).toBe(codings - 1);
    await page.reload();
    await page.locator('p.turn-text').first().waitFor();
    expect(await codingCount(page)).toBe(codings - 1);
    await page.getByRole('button', { name: 'Memo •' }).click();
    expect(await page.getByLabel(/^Memo on “/).inputValue()).toBe('Interviewee was candid about the county.');

    // Search every document and code the hits; find them in the segments table and open one.
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByLabel('Search all documents').fill('flooding');
    await page.getByText(/\d+ hits? in \d+ documents?/).waitFor();
    await app.expectAccessible('search');
    await page.getByLabel('Code to apply').selectOption({ label: 'Momentum' });
    await page.getByRole('button', { name: /^Code \d+ selected passages?$/ }).click();
    await expect.poll(() => page.locator('.message-line').textContent()).toMatch(/Coded \d+ passages? with Momentum/);
    await page.getByRole('button', { name: 'Coded segments' }).click();
    await page.getByLabel('Filter text').fill('flooding');
    await page.getByLabel('Code', { exact: true }).selectOption({ label: 'Momentum' });
    const row = page.locator('tr[aria-rowindex="2"]');
    await row.waitFor();
    expect(await row.textContent()).toMatch(/flooding/i);
    // The research team's table shows names and titles, and beside them the role a quote is published with.
    const attributionCell = await row.locator('.attribution-cell').textContent();
    expect(new Set(DEMO_INTERVIEWS.map((i) => i.attributes.role))).toContain(attributionCell);
    await row.click();
    await page.locator('p.turn-text').first().waitFor();
    expect(await page.evaluate(() => location.hash)).toMatch(/\/code\/[^?]+\?at=\d+-\d+$/);
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('vb-flash'))).toBe(true);
  });
});
