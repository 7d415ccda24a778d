import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, dragSelect } from './support/app';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/transcripts');
const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

async function codingCount(page: Page): Promise<number> {
  const text = await page.locator('.doc-toolbar').textContent();
  return Number(/(\d+) codings/.exec(text ?? '')?.[1] ?? NaN);
}

async function expectCodings(page: Page, n: number): Promise<void> {
  await expect.poll(() => codingCount(page), { timeout: 5000 }).toBe(n);
}

/** The first words of the k-th rendered turn body: a passage a user could drag across. */
async function passage(page: Page, k: number, words = 3): Promise<string> {
  return page.evaluate(({ k, words }) => {
    const bodies = Array.from(document.querySelectorAll('p.turn-text')).filter((b) => (b.textContent ?? '').split(/\s+/).length > words + 1);
    const text = bodies[k % bodies.length]!.textContent!;
    return text.split(/\s+/).slice(0, words).join(' ');
  }, { k, words });
}

async function selectedSomething(page: Page): Promise<boolean> {
  return page.evaluate(() => String(window.getSelection()).trim().length > 0);
}

async function openDocument(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await page.locator('p.turn-text').first().waitFor();
}

describe('the coding loop', () => {
  it('imports txt, docx and vtt, builds a codebook, codes twenty passages, undoes, redoes and finds them after a reload', async () => {
    const page = await app.newPage();
    await app.expectAccessible('start screen');
    await page.getByLabel('New project').fill('Council study');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('button', { name: 'Import transcripts…' }).waitFor();

    await page.getByLabel('Choose transcript files').setInputFiles(['name-turns.txt', 'interview.docx', 'zoom.vtt'].map((f) => resolve(FIXTURES, f)));
    const results = page.getByRole('list', { name: 'Import results' });
    await expect.poll(() => results.locator('.import-imported').count(), { timeout: 15000 }).toBe(3);
    await expect.poll(() => page.locator('.doc-item').count()).toBe(3);
    await app.expectAccessible('coding workspace, no document open');

    for (const name of ['Trust', 'Momentum', 'Leadership']) {
      await page.getByLabel('New code name').fill(name);
      await page.getByRole('button', { name: 'Add code' }).click();
      await page.locator('.code-name', { hasText: name }).waitFor();
    }
    await page.locator('.code-name', { hasText: 'Momentum' }).click();
    await page.getByLabel('Pinned to key').selectOption('1');
    await page.locator('.code-name kbd', { hasText: '1' }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    await openDocument(page, 'zoom');
    const speakers = await page.locator('.speaker').allTextContents();
    expect(speakers).toContain('Gareth Lloyd-Hughes');
    expect(await page.locator('.turn-head time').count()).toBeGreaterThan(0);
    await app.expectAccessible('document view');

    let n = 0;
    // Mouse: drag across words, then Apply beside a code in the tree.
    for (let k = 0; k < 5; k++) {
      await dragSelect(page, await passage(page, k));
      await page.getByRole('button', { name: 'Apply Trust to the selection' }).click();
      await expectCodings(page, ++n);
    }
    // Quick picker: drag, C, type to filter, Enter.
    for (let k = 5; k < 10; k++) {
      await dragSelect(page, await passage(page, k, 2));
      await page.keyboard.press('c');
      await page.getByRole('dialog', { name: 'Apply codes' }).waitFor();
      await app.expectAccessible('code picker');
      await page.keyboard.type('lead');
      await page.keyboard.press('Enter');
      await expectCodings(page, ++n);
    }
    // Pinned code on key 1.
    for (let k = 10; k < 15; k++) {
      await dragSelect(page, await passage(page, k, 4));
      await page.keyboard.press('1');
      await expectCodings(page, ++n);
    }
    // Keyboard only: Ctrl+Shift+Right selects word by word, C then Enter codes, Escape moves on.
    await page.locator('.doc-scroll').focus();
    for (let k = 0; k < 5; k++) {
      // Two words at least; across the end of a turn, keep extending as a user would.
      await page.keyboard.press('Control+Shift+ArrowRight');
      for (let presses = 0; presses < 8 && !(await selectedSomething(page)); presses++) await page.keyboard.press('Control+Shift+ArrowRight');
      await page.keyboard.press('Control+Shift+ArrowRight');
      await page.keyboard.press('c');
      await page.getByRole('dialog', { name: 'Apply codes' }).waitFor();
      await page.keyboard.type('trust');
      await page.keyboard.press('Enter');
      await expectCodings(page, ++n);
      await page.keyboard.press('Escape');
    }
    expect(n).toBe(20);
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');
    expect(await page.locator('.stripe').count()).toBeGreaterThan(0);
    const highlights = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('vb-code-')).length);
    expect(highlights).toBe(3);

    await page.keyboard.press('Control+z');
    await expectCodings(page, 19);
    await page.keyboard.press('Control+z');
    await expectCodings(page, 18);
    await page.keyboard.press('Control+Shift+z');
    await expectCodings(page, 19);
    await page.keyboard.press('Control+Shift+z');
    await expectCodings(page, 20);

    await page.reload();
    await page.locator('p.turn-text').first().waitFor();
    await expectCodings(page, 20);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expectCodings(page, 19);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expectCodings(page, 20);

    await page.getByRole('button', { name: 'Coded segments' }).click();
    await expect.poll(async () => page.getByText(/20 of 20 coded segments/).count()).toBe(1);
    await app.expectAccessible('coded segments');
  });

  it('creates the demo in one click and opens a coded interview', async () => {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await expect.poll(() => page.locator('.doc-item').count(), { timeout: 10000 }).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.code-row').count()).toBeGreaterThanOrEqual(10);
    await page.locator('.doc-open').first().click();
    await page.locator('p.turn-text').first().waitFor();
    await expect.poll(() => page.locator('.stripe').count()).toBeGreaterThan(0);
    await app.expectAccessible('demo document');
  });
});
