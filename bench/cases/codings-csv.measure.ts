import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppHarness } from '../../test/e2e/support/app';
import { benchmarkBundle } from '../support/benchmark-project';
import { clickToFile } from '../support/download-timer';
import { seedBundle } from '../support/seed';
import { benchRuns, recordCase, summarise } from '../support/stats';

const RUNS = benchRuns();
const app = new AppHarness({ serviceWorkers: 'block' });
beforeAll(() => app.start());
afterAll(() => app.stop());

it('codings-csv-1000: every coding of the benchmark project as CSV', async () => {
  const csv: number[] = [];
  const codebook: number[] = [];
  let codings = 0;
  for (let run = 0; run <= RUNS; run++) {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Try the demo' }).waitFor();
    const { bundle } = await benchmarkBundle({ newId: randomUUID });
    codings = bundle.codings.length;
    await seedBundle(page, bundle);
    await page.goto(`${app.url}#/p/${bundle.project.id}/outputs`);
    // The screen's reports have been drawn and its workers are idle: the click is then a user's.
    await page.locator('.frequency-table tbody tr').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    const order = run % 2 ? ['codebook', 'csv'] : ['csv', 'codebook'];
    const times: Record<string, number> = {};
    for (const what of order) {
      const file = await clickToFile(page, what === 'csv' ? 'Export all coded segments (CSV, with names and titles)' : 'Export codebook (Markdown)');
      expect(file.fileName).toMatch(what === 'csv' ? /\.csv$/ : /\.md$/);
      times[what] = file.ms;
      await page.waitForTimeout(500);
    }
    await app.finishPage();
    if (run === 0) continue;
    csv.push(times.csv!);
    codebook.push(times.codebook!);
  }
  const result = summarise(csv, codebook);
  recordCase('codings-csv-1000', result, `click on "Export all coded segments (CSV, with names and titles)" on the Outputs screen of the benchmark project (${codings.toLocaleString('en')} codings) → the file handed to the browser (its download link clicked); baseline: "Export codebook (Markdown)" in the same page (the same read of the project, a small file)`);
  expect(result.runs).toBe(RUNS);
}, 900_000);
