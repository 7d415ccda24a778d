import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, selectText } from './support/app';

const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

/** The passages · documents count beside a code in the codebook. */
async function countOf(page: Page, code: string): Promise<string> {
  const row = page.locator('.code-row').filter({ has: page.locator('.code-name', { hasText: new RegExp(`^${code}`) }) }).first();
  return (await row.locator('.counts').textContent())?.trim() ?? '';
}

describe('two tabs on one project', () => {
  it('shows a coding made in one tab in the other, and its undo too, without a reload', async () => {
    const first = await app.newPage();
    await first.getByRole('button', { name: 'Try the demo' }).click();
    await first.waitForFunction(() => /^#\/p\/[^/]+\/code/.test(location.hash));
    await first.locator('.doc-open').first().click();
    await first.locator('p.turn-text').first().waitFor();
    const address = first.url();

    const second = await app.context.newPage();
    await second.goto(address);
    await second.locator('p.turn-text').first().waitFor();
    const code = (await second.locator('.code-row .name').first().textContent())!;
    await expect.poll(() => countOf(second, code)).not.toBe('0 · 0');
    const before = await countOf(second, code);

    // Code a passage in the first tab, with the code's Apply button in the codebook.
    const words = await first.evaluate(() => document.querySelectorAll('p.turn-text')[1]!.textContent!.split(/\s+/).slice(0, 4).join(' '));
    await first.locator('.doc-scroll').focus();
    await selectText(first, words);
    await first.getByRole('button', { name: `Apply ${code} to the selection` }).click();
    await first.getByText('All changes saved').waitFor();
    const passages = (count: string) => Number(count.split('·')[0]);
    await expect.poll(() => countOf(first, code).then(passages)).toBe(passages(before) + 1);

    // The second tab follows without being reloaded.
    await expect.poll(() => countOf(second, code).then(passages), { timeout: 5000 }).toBe(passages(before) + 1);

    await first.locator('.doc-scroll').focus();
    await first.keyboard.press('Control+z');
    await expect.poll(() => countOf(second, code), { timeout: 5000 }).toBe(before);
    await second.close();
  });
});
