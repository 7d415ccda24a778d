import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, dragSelect } from './support/app';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/transcripts');
const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

/** Every record of one object store, read from the raw IndexedDB the app writes. */
async function rawRecords(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate((store) => new Promise<unknown[]>((done, fail) => {
    const open = indexedDB.open('verbatim');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => { done(req.result); open.result.close(); };
      req.onerror = () => fail(req.error);
    };
  }), store);
}

async function codingCount(page: Page): Promise<number> {
  const text = await page.locator('.doc-toolbar').textContent();
  return Number(/(\d+) codings/.exec(text ?? '')?.[1] ?? NaN);
}

describe('one write path', () => {
  it('undo after deleting a document brings it back whole, never a coding without its document, and deleting the project leaves nothing behind', async () => {
    const page = await app.newPage();
    await page.getByLabel('New project').fill('Undo study');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByLabel('Choose transcript files').setInputFiles([resolve(FIXTURES, 'name-turns.txt')]);
    await expect.poll(() => page.locator('.doc-item').count(), { timeout: 15000 }).toBe(1);
    await page.getByLabel('New code name').fill('Trust');
    await page.getByRole('button', { name: 'Add code' }).click();
    await page.locator('.doc-open').first().click();
    await page.locator('p.turn-text').first().waitFor();

    // Code a passage, then remove the code from it.
    const words = await page.evaluate(() => document.querySelectorAll('p.turn-text')[1]!.textContent!.split(/\s+/).slice(0, 3).join(' '));
    await dragSelect(page, words);
    await page.getByRole('button', { name: 'Apply Trust to the selection' }).click();
    await expect.poll(() => codingCount(page)).toBe(1);
    await page.locator('.stripe').first().click();
    const panel = page.getByRole('region', { name: 'Codes at this spot' });
    await panel.getByRole('button', { name: /^Remove / }).first().click();
    await expect.poll(() => codingCount(page)).toBe(0);

    // Delete the document: the confirmation says it can be undone.
    const title = (await page.locator('.doc-name').first().textContent())!;
    await page.getByRole('button', { name: `Delete ${title}` }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toMatch(/You can undo it/);
    await dialog.getByRole('button', { name: 'Delete document' }).click();
    await expect.poll(() => page.locator('.doc-item').count()).toBe(0);
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');
    expect(await rawRecords(page, 'texts')).toEqual([]);

    // Ctrl+Z undoes the deletion: the document comes back, with no coding (it had none left).
    await page.locator('body').press('Control+z');
    await expect.poll(() => page.locator('.doc-item').count()).toBe(1);
    expect(await rawRecords(page, 'codings')).toEqual([]);
    await page.locator('.doc-open').first().click();
    await page.locator('p.turn-text').first().waitFor();
    expect(await codingCount(page)).toBe(0);

    // Ctrl+Z again undoes the removal: the coding returns, in the view and in the database alike.
    await page.locator('body').press('Control+z');
    await expect.poll(() => codingCount(page)).toBe(1);
    expect(await rawRecords(page, 'codings')).toHaveLength(1);
    expect(await rawRecords(page, 'segments')).toHaveLength(1);

    // Delete the whole project: no segment, coding, text or undo step of it is left in IndexedDB.
    await page.getByRole('button', { name: 'Verbatim' }).click();
    await page.getByRole('button', { name: /^Delete Undo study/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => page.locator('.project-item').count()).toBe(0);
    for (const store of ['segments', 'codings', 'texts', 'documents', 'codes', 'history']) {
      expect(await rawRecords(page, store), store).toEqual([]);
    }
  });
});

describe('the local coder', () => {
  it('is asked for once, with a default, can be renamed, and names the coder of each passage after a reload', async () => {
    const page = await app.newPage();
    const question = page.getByRole('note').filter({ hasText: 'Who is coding in this browser?' });
    await question.waitFor();
    expect(await question.getByLabel('Your name as a coder').inputValue()).toBe('You');
    await question.getByLabel('Your name as a coder').fill('Dr Lee');
    await question.getByRole('button', { name: 'Use this name' }).click();
    await expect.poll(() => question.count()).toBe(0);
    await page.getByRole('button', { name: 'Coding as Dr Lee' }).waitFor();

    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.locator('.doc-open').first().click();
    await page.locator('.stripe').first().click();
    const panel = page.getByRole('region', { name: 'Codes at this spot' });
    // The demo's coding is the local coder's: named, and removable by them.
    expect(await panel.locator('.codes-here').first().textContent()).toContain('Dr Lee');
    await panel.getByRole('button', { name: /^Remove / }).first().waitFor();

    // Renamed from the header; every project's coder record follows.
    await page.getByRole('button', { name: 'Coding as Dr Lee' }).click();
    await page.getByRole('group', { name: 'Your coder name and colour' }).getByLabel('Your name as a coder').fill('Dr Ama Lee');
    await page.getByRole('group', { name: 'Your coder name and colour' }).getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Coding as Dr Ama Lee' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Coding as Dr Ama Lee' }).waitFor();
    expect(await page.getByRole('note').filter({ hasText: 'Who is coding' }).count()).toBe(0);
    await page.locator('p.turn-text').first().waitFor();
    await page.locator('.stripe').first().click();
    expect(await page.getByRole('region', { name: 'Codes at this spot' }).locator('.codes-here').first().textContent()).toContain('Dr Ama Lee');
  });
});
