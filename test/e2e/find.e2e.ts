import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, selectText } from './support/app';
import { longTranscript } from './support/long-transcript';

const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

/** The word to find occurs three times, in turns far down a 100k-character transcript. */
const PLANTED = {
  431: 'Then the first quincunx of oak trees went in by the pond.',
  467: 'We planted a second Quincunx behind the school that winter.',
  503: 'The last quincunx was finished on the morning of the fete.',
};

const codingCount = async (page: Page) => Number(/(\d+) codings/.exec((await page.locator('.doc-toolbar').textContent()) ?? '')?.[1] ?? NaN);

/** The current find match as painted: its text, its turn's text, and whether it is in view. */
function currentMatch(page: Page) {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('vb-find-current') ?? [])] as Range[];
    const r = ranges[0];
    if (!r) return null;
    const rect = r.getBoundingClientRect();
    const view = document.querySelector('.doc-scroll')!.getBoundingClientRect();
    return { painted: ranges.length, text: r.toString(), turn: r.startContainer.textContent ?? '', inView: rect.top >= view.top && rect.bottom <= view.bottom };
  });
}

/** How many rendered turn bodies hold `word`: the virtualiser renders only turns near the view. */
function renderedWith(page: Page, word: string) {
  return page.evaluate((word) => Array.from(document.querySelectorAll('p.turn-text')).filter((b) => b.textContent!.toLowerCase().includes(word)).length, word);
}

/** Records whether the last Ctrl+F reaching the window had its default (the browser's find) prevented. */
async function watchCtrlF(page: Page): Promise<void> {
  await page.evaluate(() => window.addEventListener('keydown', (e) => {
    if (e.key.toLowerCase() === 'f' && e.ctrlKey) (window as unknown as { ctrlF: boolean }).ctrlF = e.defaultPrevented;
  }));
}
const lastCtrlFPrevented = (page: Page) => page.evaluate(() => (window as unknown as { ctrlF?: boolean }).ctrlF);

describe('find in document', () => {
  it('finds a word in turns not rendered, steps through matches with wrap-around, and codes the one left selected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-find-'));
    const text = longTranscript(520, PLANTED);
    expect(text.length).toBeGreaterThan(100_000);
    writeFileSync(join(dir, 'long-interview.txt'), text);

    const page = await app.newPage();
    await page.getByLabel('New project').fill('Find study');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByLabel('Choose transcript files').setInputFiles(join(dir, 'long-interview.txt'));
    await page.locator('.import-imported').waitFor({ timeout: 15000 });
    await page.getByLabel('New code name').fill('Planting');
    await page.getByRole('button', { name: 'Add code' }).click();
    await page.locator('.code-name', { hasText: 'Planting' }).click();
    await page.getByLabel('Pinned to key').selectOption('1');
    await page.locator('.code-name kbd', { hasText: '1' }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: /^long-interview/ }).click();
    await page.locator('p.turn-text').first().waitFor();
    expect(await renderedWith(page, 'quincunx')).toBe(0);

    // Away from the transcript, Ctrl+F stays the browser's.
    await watchCtrlF(page);
    await page.locator('.doc-title').click();
    await page.keyboard.press('Control+f');
    expect(await lastCtrlFPrevented(page)).toBe(false);
    expect(await page.locator('.find-bar').count()).toBe(0);

    // A selection in the transcript, so coding keys would act on it if they leaked from the input.
    await selectText(page, 'How did');
    await page.locator('.doc-scroll').focus();
    await page.keyboard.press('Control+f');
    expect(await lastCtrlFPrevented(page)).toBe(true);
    const input = page.getByRole('search', { name: 'Find in this transcript' }).getByLabel('Find', { exact: true });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('QUINCUNX');
    const count = page.locator('.find-count');
    await expect.poll(() => count.textContent()).toBe('1 of 3');
    expect(await page.getByRole('dialog', { name: 'Apply codes' }).count()).toBe(0);
    expect(await codingCount(page)).toBe(0);
    await expect.poll(() => currentMatch(page)).toMatchObject({ painted: 1, text: 'quincunx', inView: true });
    expect((await currentMatch(page))!.turn).toContain('the first quincunx');
    // The second match's turn is far below the first: not rendered yet.
    expect(await renderedWith(page, 'quincunx')).toBe(1);

    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('2 of 3');
    await expect.poll(async () => (await currentMatch(page))?.turn ?? '').toContain('a second Quincunx');
    await expect.poll(() => currentMatch(page)).toMatchObject({ painted: 1, text: 'Quincunx', inView: true });

    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => count.textContent()).toBe('1 of 3');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => count.textContent()).toBe('3 of 3');
    await expect.poll(async () => (await currentMatch(page))?.turn ?? '').toContain('The last quincunx');
    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('1 of 3');
    await page.getByRole('button', { name: 'Next match' }).click();
    await expect.poll(() => count.textContent()).toBe('2 of 3');
    await page.getByRole('button', { name: 'Previous match' }).click();
    await expect.poll(() => count.textContent()).toBe('1 of 3');
    await input.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => currentMatch(page)).toMatchObject({ text: 'Quincunx', inView: true });
    expect((await currentMatch(page))!.turn).toContain('a second Quincunx');
    await app.expectAccessible('find bar with matches');

    // Escape: bar and find highlights gone, the transcript focused with the match selected.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.find-bar').count()).toBe(0);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('vb-find')))).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('doc-scroll'))).toBe(true);
    await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe('Quincunx');
    await page.keyboard.press('1');
    await expect.poll(() => codingCount(page), { timeout: 5000 }).toBe(1);
    const coded = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('vb-code-'))
      .flatMap((k) => [...CSS.highlights.get(k)!] as Range[]).map((r) => ({ text: r.toString(), turn: r.startContainer.textContent ?? '' })));
    expect(coded).toHaveLength(1);
    expect(coded[0]!.text).toBe('Quincunx');
    expect(coded[0]!.turn).toContain('a second Quincunx');

    // The toolbar button opens find again, with the last query, from the selection.
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await input.inputValue()).toBe('QUINCUNX');
    await expect.poll(() => count.textContent()).toBe('2 of 3');
    await page.keyboard.type('zzz');
    await expect.poll(() => count.textContent()).toBe('No match');
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('vb-find')))).toEqual([]);
    await page.getByRole('button', { name: 'Close find' }).click();
    await expect.poll(() => page.locator('.find-bar').count()).toBe(0);
  });
});
