import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeProjectFile } from '../../src/io/project-file/write';
import { AppHarness } from '../../test/e2e/support/app';
import { seedBundle } from '../support/seed';
import { recordCase, summarise } from '../support/stats';
import { sequentialIds, syntheticProject } from '../support/synthetic-project';

// Each run builds and stores a 50,000-coding study twice; a few runs tell the story on a busy machine.
const RUNS = Math.min(Number(process.env.BENCH_RUNS ?? 3), 7);
const STUDY = { documents: 200, participants: 200, codes: 300 };
const app = new AppHarness({ serviceWorkers: 'block' });
beforeAll(() => app.start());
afterAll(() => app.stop());

/** Resolves, in the page, with the ms from the next click on `button` to `done` text on screen. */
function timeFromClick(page: Page, button: string, done: string): Promise<number> {
  return page.evaluate(({ button, done }) => new Promise<number>((resolve, reject) => {
    let t0 = 0;
    window.addEventListener('click', (e) => { if ((e.target as HTMLElement).textContent === button) t0 = performance.now(); }, { capture: true });
    const check = () => {
      if (t0 > 0 && document.body.textContent?.includes(done)) resolve(performance.now() - t0);
      else if (t0 > 0 && performance.now() - t0 > 300_000) reject(new Error(`“${done}” never appeared`));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }), { button, done });
}

/** Opens a seeded study, backs it up with its (empty) undo history: click → "Backup saved" on screen. */
async function backup(codings: number, prefix: string): Promise<{ ms: number }> {
  const page = await app.newPage();
  await page.getByRole('button', { name: 'Try the demo' }).waitFor();
  const bundle = syntheticProject(sequentialIds(prefix), { ...STUDY, codings });
  await seedBundle(page, bundle);
  await page.goto(`${app.url}#/p/${bundle.project.id}/code`);
  await page.getByRole('button', { name: 'Back up project' }).click();
  await page.getByLabel('Include undo history').check();
  const timing = timeFromClick(page, 'Download backup', 'Backup saved as');
  await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.getByRole('button', { name: 'Download backup' }).click()]);
  const ms = await timing;
  await app.finishPage();
  return { ms };
}

/** Chooses a backup file on the start screen: change event → preview on screen, plus Restore click → "Restored" on screen. */
async function restore(file: Uint8Array, name: string): Promise<number> {
  const page = await app.newPage();
  const input = page.getByLabel('Restore from backup (.verbatim)');
  await input.waitFor();
  const toPreview = page.evaluate(() => new Promise<number>((resolve) => {
    let t0 = 0;
    window.addEventListener('change', () => { t0 = performance.now(); }, { capture: true, once: true });
    const check = () => {
      if (t0 > 0 && document.querySelector('[aria-label="Backup preview"]')) resolve(performance.now() - t0);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }));
  await input.setInputFiles({ name, mimeType: 'application/zip', buffer: Buffer.from(file) });
  const preview = await toPreview;
  const storing = timeFromClick(page, 'Restore', 'Restored “');
  await page.getByLabel('Backup preview').getByRole('button', { name: 'Restore', exact: true }).click();
  const stored = await storing;
  await app.finishPage();
  return preview + stored;
}

it('backup-study and restore-study: a 200-transcript, 50,000-coding study', async () => {
  const samples = { backup: [] as number[], backupBase: [] as number[], restore: [] as number[], restoreBase: [] as number[] };
  const big = await writeProjectFile(syntheticProject(sequentialIds('restore-big'), { ...STUDY, codings: 50_000 }));
  const small = await writeProjectFile(syntheticProject(sequentialIds('restore-small'), { ...STUDY, codings: 500 }));
  console.log(`[bench] study file: ${big.length} bytes (500-coding baseline ${small.length})`);
  for (let run = 0; run <= RUNS; run++) {
    const b = await backup(50_000, `big${run}`);
    const s = await backup(500, `small${run}`);
    const r = await restore(big, 'study.verbatim');
    const rs = await restore(small, 'small.verbatim');
    console.log(`[bench] run ${run}: backup ${b.ms.toFixed(0)} ms (baseline ${s.ms.toFixed(0)}), restore ${r.toFixed(0)} ms (baseline ${rs.toFixed(0)})`);
    if (run === 0) continue;
    samples.backup.push(b.ms); samples.backupBase.push(s.ms); samples.restore.push(r); samples.restoreBase.push(rs);
  }
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const backupResult = summarise(samples.backup, samples.backupBase);
  const restoreResult = summarise(samples.restore, samples.restoreBase);
  recordCase('backup-study', backupResult, `a study of 200 transcripts, 300 codes, 50,000 codings: click on "Download backup" → "Backup saved as …" on screen (snapshot read from IndexedDB, ${mb(big.length)} .verbatim zipped, download handed to the browser); target < 5,000 ms; baseline: the same with 500 codings`);
  recordCase('restore-study', restoreResult, `the same study's ${mb(big.length)} .verbatim: file chosen → preview on screen (unzipped, parsed, checked) plus click on Restore → "Restored …" on screen (stored in one transaction); target < 5,000 ms; baseline: the same with 500 codings`);
  expect(restoreResult.runs).toBe(RUNS);
}, 3_600_000);
