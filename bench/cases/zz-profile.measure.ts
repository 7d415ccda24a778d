import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, it } from 'vitest';
import { AppHarness } from '../../test/e2e/support/app';
import { benchmarkBundle } from '../support/benchmark-project';
import { seedBundle } from '../support/seed';
const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
it('profile', async () => {
  for (let run = 0; run < 3; run++) {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Try the demo' }).waitFor();
    const { bundle, codedTitle } = await benchmarkBundle({ newId: randomUUID });
    await seedBundle(page, bundle);
    await page.goto(`${app.url}#/p/${bundle.project.id}/code`);
    await page.locator('.doc-name', { hasText: codedTitle }).waitFor();
    await page.waitForTimeout(300);
    const marks = await page.evaluate((title) => new Promise<string[]>((resolve) => {
      performance.clearMarks();
      const button = Array.from(document.querySelectorAll<HTMLButtonElement>('.doc-open')).find((b) => b.querySelector('.doc-name')?.textContent === title)!;
      const t0 = performance.now();
      button.click();
      setTimeout(() => resolve(performance.getEntriesByType('mark').map((m) => `${(m.startTime - t0).toFixed(1)} ${m.name}`)), 800);
    }), codedTitle);
    console.log(marks.join('\n'));
    await app.finishPage();
  }
});
