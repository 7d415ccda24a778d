import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_INTERVIEWS } from '../../src/core/demo/build-demo';
import { DEMO_CODES } from '../../src/core/demo/codebook';
import { DEMO_PASSAGES } from '../../src/core/demo/passages';
import { AppHarness } from './support/app';

const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

/** A code whose name a spreadsheet would run as a formula. */
const FORMULA_CODE = '=Formula test';
/** A passage that names a participant, coded with FORMULA_CODE during the test (Nadia Rahman speaks it). */
const NAMING_PASSAGE = 'Alex Morgan and I had exactly the same problem';
const ROLES = new Set(DEMO_INTERVIEWS.map((i) => i.attributes.role));
/** Every participant's full name and each part of it. */
const NAME_PARTS = [...new Set(DEMO_INTERVIEWS.flatMap((i) => [i.name, ...i.name.split(' ')]))];
/** Terms the test redacts: by hand, and by accepting suggestions. */
const REDACTED_TERMS = ['Alex Morgan', 'Kestrel Bay', 'Melton', 'Ashby'];

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Each demo code's All row as the published frequencies should have it, at k = 3, worked out from the demo's own passages. */
function expectedAllRows(k: number): Map<string, string[]> {
  const participants = DEMO_INTERVIEWS.length;
  const rows = new Map<string, string[]>();
  for (const code of DEMO_CODES) {
    const theme = new Set([code.name, ...DEMO_CODES.filter((c) => c.parent === code.name).map((c) => c.name)]);
    const passages = DEMO_PASSAGES.filter((p) => p.codes.some((c) => theme.has(c)));
    const people = new Set(passages.map((p) => p.ref)).size; // one interview per participant, so documents too
    const path = code.parent ? `${code.parent}/${code.name}` : code.name;
    const small = people >= 1 && people < k;
    rows.set(path, [path, 'All', small ? `<${k}` : String(people), String(participants), small ? '' : String(people), small ? '' : String(passages.length)]);
  }
  return rows;
}

async function statusText(page: Page, section: string): Promise<string> {
  return (await page.locator(`section[aria-labelledby="${section}"] .export-status`).first().textContent()) ?? '';
}

describe('anonymised outputs', () => {
  it('redacts, quotes by role with stable ids, and exports suppressed frequencies and charts', async () => {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.waitForFunction(() => /^#\/p\/[^/]+/.test(location.hash));
    const projectId = await page.evaluate(() => decodeURIComponent(location.hash.split('/')[2] ?? ''));
    expect(projectId).not.toBe('');

    // A code named like a formula, applied to a passage in which a participant names another.
    await page.getByLabel('New code name').fill(FORMULA_CODE);
    await page.getByRole('button', { name: 'Add code' }).click();
    await page.locator('.code-name', { hasText: FORMULA_CODE }).waitFor();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByLabel('Search all documents').fill(NAMING_PASSAGE);
    await page.getByText('1 hit in 1 document').waitFor();
    await page.getByLabel('Code to apply').selectOption({ label: FORMULA_CODE });
    await page.getByRole('button', { name: 'Code 1 selected passage' }).click();
    await page.getByText(`Coded 1 passage with ${FORMULA_CODE}`).waitFor();

    // The Outputs screen: from the header when it has a tab, else by address.
    const tab = page.getByRole('navigation', { name: 'Project screens' }).getByRole('button', { name: 'Outputs' });
    if (await tab.count()) await tab.click();
    else await page.evaluate((id) => { location.hash = `#/p/${encodeURIComponent(id)}/outputs`; }, projectId);
    await page.getByRole('heading', { name: 'Outputs', level: 1 }).waitFor();

    // A rule by hand: core's validation speaks first, then the participant's name becomes a role.
    await page.getByRole('button', { name: 'Add redaction' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Enter a word or phrase to redact.' }).count()).toBe(1);
    await page.getByLabel('Word or phrase to redact').fill('Alex Morgan');
    await page.getByLabel('Replace with').fill('[chief executive]');
    await page.getByRole('button', { name: 'Add redaction' }).click();
    const rules = page.locator('table.redaction-table');
    await rules.getByRole('cell', { name: 'Alex Morgan', exact: true }).waitFor();

    // Suggestions: accept a place as offered, and a town with an edited replacement.
    await page.getByRole('button', { name: 'Find identifying words' }).click();
    await page.getByText(/\d+ suggestions to review/).waitFor({ timeout: 30_000 });
    const places = page.locator('section.suggestion-kind', { has: page.getByRole('heading', { name: /^Places/ }) });
    await places.getByRole('button', { name: 'Accept Kestrel Bay' }).click();
    await rules.getByRole('cell', { name: 'Kestrel Bay', exact: true }).waitFor();
    await page.getByLabel('Replacement for Melton', { exact: true }).fill('[town]');
    await page.getByRole('button', { name: 'Accept Melton', exact: true }).click();
    await page.getByRole('button', { name: 'Accept Ashby', exact: true }).click();
    await rules.getByRole('cell', { name: 'Ashby', exact: true }).waitFor();
    expect(await rules.locator('tbody tr').count()).toBe(4);
    // Accepted terms leave the suggestions; a rejected one is hidden.
    expect(await page.getByRole('button', { name: 'Accept Kestrel Bay' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Reject Fore Street' }).click();
    expect(await page.getByRole('button', { name: 'Accept Fore Street' }).count()).toBe(0);

    // Nothing chosen: a clear message and no file.
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await page.getByRole('button', { name: 'Export quotes CSV' }).click();
    await expect.poll(() => statusText(page, 'quotes-title')).toBe('Choose at least one code first; nothing was exported.');
    await page.waitForTimeout(300);
    expect(downloads).toBe(0);

    // Quotes by code; the preview marks every replacement.
    const codes = page.getByRole('group', { name: 'Codes', exact: true });
    await codes.getByLabel('District parochialism').check();
    await codes.getByLabel(FORMULA_CODE).check();
    const preview = page.getByLabel('Quote preview');
    await preview.waitFor();
    const marks = await preview.locator('mark.redaction-mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['[chief executive]', '[place]', '[town]']));
    const previewText = (await preview.textContent()) ?? '';
    for (const term of REDACTED_TERMS) expect(previewText).not.toContain(term);
    const shown = Number(/^(\d+) quotes/.exec((await page.locator('.quote-count').textContent()) ?? '')?.[1]);
    expect(shown).toBeGreaterThanOrEqual(3);

    const first = await download(page, () => page.getByRole('button', { name: 'Export quotes CSV' }).click());
    expect(first.name).toBe('quotes.csv');
    const text = first.bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('quote_id,code_path,quote,attribution');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(['quote_id', 'code_path', 'quote', 'attribution']);
    expect(rows.length).toBe(shown);
    for (const row of rows) {
      expect(row[0]).toMatch(/^Q\d{4}$/);
      expect(ROLES.has(row[3] ?? '')).toBe(true);
    }
    for (const term of [...NAME_PARTS, ...REDACTED_TERMS]) expect(text.toLowerCase()).not.toContain(term.toLowerCase());
    const named = rows.find((r) => r[2]?.includes('[chief executive] and I had exactly the same problem'));
    expect(named?.[1]).toBe(`'${FORMULA_CODE}`); // neutralised: a spreadsheet shows it as text
    expect(named?.[3]).toBe('Health commissioner');
    expect(rows.find((r) => r[2] === 'Everything goes to [place].')?.[3]).toBe('Business owner');
    expect(rows.find((r) => r[2]?.startsWith('[town]') || r[2]?.includes('decision made in [town]'))?.[1]).toBe('District parochialism');
    await expect.poll(() => statusText(page, 'quotes-title')).toBe(`Exported ${rows.length} quotes to quotes.csv`);

    // The ids stick: a second export, with the optional column, gives every quote the same id.
    await page.getByLabel('Add participant_ref column').check();
    const second = await download(page, () => page.getByRole('button', { name: 'Export quotes CSV' }).click());
    const [header2, ...rows2] = parseCsv(second.bytes.toString('utf8'));
    expect(header2).toEqual(['quote_id', 'code_path', 'quote', 'attribution', 'participant_ref']);
    expect(rows2.map((r) => r.slice(0, 4))).toEqual(rows);
    expect(rows2.every((r) => /^P\d\d$/.test(r[4] ?? ''))).toBe(true);

    const markdown = await download(page, () => page.getByRole('button', { name: 'Export quotes as Markdown' }).click());
    expect(markdown.name).toBe('quotes.md');
    for (const row of rows) expect(markdown.bytes.toString('utf8')).toContain(row[0]);
    const word = await download(page, () => page.getByRole('button', { name: 'Export quotes as Word' }).click());
    expect(word.name).toBe('quotes.docx');
    expect(word.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // Theme frequencies at k = 3, checked against counts worked out here from the demo's passages.
    const frequencies = page.locator('section[aria-labelledby="frequencies-title"]');
    await frequencies.getByLabel('Suppress counts below k =').fill('3');
    await frequencies.locator('table.frequency-table').waitFor();
    expect(page.workers().some((w) => w.url().includes('reports-worker')), 'reports computed in the reports worker').toBe(true);
    const freq = await download(page, () => frequencies.getByRole('button', { name: 'Export frequencies CSV' }).click());
    expect(freq.name).toMatch(/k3/);
    const freqText = freq.bytes.toString('utf8');
    expect(freqText.split('\r\n')[0]).toBe('code_path,group,participants,participants_in_group,documents,segments');
    const [, ...freqRows] = parseCsv(freqText);
    const expected = expectedAllRows(3);
    for (const [path, row] of expected) expect(freqRows.find((r) => r[0] === path), path).toEqual(row);
    expect(freqRows.find((r) => r[0] === `'${FORMULA_CODE}`)).toEqual([`'${FORMULA_CODE}`, 'All', '<3', '5', '', '']);
    expect(freqRows.some((r) => r[2] === '<3')).toBe(true);
    const titles = DEMO_INTERVIEWS.map((i) => i.title);
    for (const term of [...NAME_PARTS, ...titles]) expect(freqText.toLowerCase()).not.toContain(term.toLowerCase());
    expect(freqText).not.toMatch(/\bP0\d\b/);
    await expect.poll(() => statusText(page, 'frequencies-title')).toMatch(/^Exported frequencies of 14 codes \(k = 3\) to .*k3\.csv$/);

    // Broken down by region: only groups of at least k are broken out, and a theme never counts fewer than a sub-code.
    await frequencies.getByLabel('Break down by').selectOption({ label: 'region' });
    await frequencies.getByText(/Not broken out .*region=South West/).waitFor();
    const byRegion = await download(page, () => frequencies.getByRole('button', { name: 'Export frequencies CSV' }).click());
    const [, ...regionRows] = parseCsv(byRegion.bytes.toString('utf8'));
    expect(new Set(regionRows.map((r) => r[1]))).toEqual(new Set(['All', 'region=East Midlands']));
    // The on-screen table holds every exported row: scrolled to the end, it shows the export's last row.
    const screenTable = frequencies.locator('table.frequency-table');
    await expect.poll(() => screenTable.getAttribute('aria-rowcount')).toBe(String(regionRows.length + 1));
    await frequencies.getByRole('region', { name: 'Theme frequencies table' }).evaluate((e) => { e.scrollTop = e.scrollHeight; });
    const lastRow = screenTable.locator(`tr[aria-rowindex="${regionRows.length + 1}"] td`);
    await lastRow.first().waitFor();
    const onScreen = (await lastRow.allTextContents()).map((t) => t.replace(/^–withheld$/, ''));
    expect(onScreen.slice(1)).toEqual(regionRows.at(-1)!.slice(1));
    expect(regionRows.filter((r) => r[1] === 'region=East Midlands').every((r) => r[3] === '3')).toBe(true);
    const count = (path: string, group: string) => regionRows.find((r) => r[0] === path && r[1] === group)?.[2] ?? '';
    for (const child of DEMO_CODES.filter((c) => c.parent)) {
      const [parent, sub] = [count(child.parent as string, 'All'), count(`${child.parent}/${child.name}`, 'All')];
      if (/^\d+$/.test(parent) && /^\d+$/.test(sub)) expect(Number(parent)).toBeGreaterThanOrEqual(Number(sub));
      if (sub === '<3') expect(parent === '<3' || Number(parent) >= 1).toBe(true);
    }

    // Charts: three titled SVGs, the co-occurrence mode switch, and saving as SVG and PNG without leaving the page.
    await expect.poll(() => page.locator('svg.chart[role="img"]').count()).toBe(3);
    // The code × attribute heatmap and its table publish no count of 1 or 2 participants.
    const matrixCells = await page.locator('svg.chart[role="img"]').nth(1).locator('text').allTextContents();
    expect(matrixCells.filter((t) => t === '1' || t === '2')).toEqual([]);
    // Its table opens on demand, as a reader would open it.
    await page.locator('summary', { hasText: /^Show as a table: Participants per code by / }).click();
    const matrixTable = page.getByRole('table', { name: /^Participants per code by / });
    await matrixTable.waitFor();
    const tableCells = await matrixTable.locator('td').allTextContents();
    expect(tableCells.length).toBeGreaterThan(0);
    expect(tableCells.filter((t) => t === '1' || t === '2')).toEqual([]);
    // Only groups of k or more participants are columns; the others are named, never drawn.
    const matrixFigure = page.locator('figure', { has: page.getByRole('heading', { name: /^Participants per code by / }) });
    const matrixHeader = () => matrixTable.locator('thead th').allTextContents();
    await matrixFigure.getByText(/Not shown \(fewer than 3 participants\): South West\./).waitFor();
    expect(await matrixHeader()).toEqual(['Code', 'East Midlands (3)', 'All']);
    // All minus East Midlands would give the two South West participants: withheld cells say so.
    expect(tableCells).toContain('–withheld');
    // k applies to the heatmap too: at k = 2 the District pair is a column, the single-person types are not.
    await frequencies.getByLabel('Suppress counts below k =').fill('2');
    await matrixFigure.getByLabel('Attribute').selectOption({ label: 'organisation type' });
    await expect.poll(matrixHeader).toEqual(['Code', 'District (2)', 'All']);
    await matrixFigure.getByText(/Not shown \(fewer than 2 participants\): Business, County, Health\./).waitFor();
    expect((await matrixTable.locator('td').allTextContents()).filter((t) => t === '1')).toEqual([]);
    await frequencies.getByLabel('Suppress counts below k =').fill('3');
    await matrixFigure.getByText('No organisation type group has 3 or more participants, so there is nothing to break out.').waitFor();
    expect(await matrixHeader()).toEqual(['Code', 'All']);
    await matrixFigure.getByLabel('Attribute').selectOption({ label: 'region' });
    await expect.poll(matrixHeader).toEqual(['Code', 'East Midlands (3)', 'All']);
    await page.getByLabel('same speaker turn').check();
    await page.locator('svg.chart title', { hasText: 'Code co-occurrence (same speaker turn)' }).waitFor({ state: 'attached' });
    const svg = await download(page, () => page.getByRole('button', { name: 'Save as SVG: Participants per code', exact: true }).click());
    expect(svg.name).toBe('participants-per-code.svg');
    expect(svg.bytes.toString('utf8')).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const png = await download(page, () => page.getByRole('button', { name: 'Save as PNG: Code co-occurrence' }).click());
    expect(png.name).toBe('code-co-occurrence.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    // Research-team exports say what they hold.
    await page.getByText('Contains names and document titles — for the research team only').waitFor();
    const segments = await download(page, () => page.getByRole('button', { name: 'Export all coded segments (CSV, with names and titles)' }).click());
    expect(segments.name).toBe('coded-segments_NOT-ANONYMISED.csv');
    expect(segments.bytes.toString('utf8')).toContain(DEMO_INTERVIEWS[0]?.title);
    const codebook = await download(page, () => page.getByRole('button', { name: 'Export codebook (Markdown)' }).click());
    expect(codebook.bytes.toString('utf8')).toContain('Audacious leadership');
    await expect.poll(() => statusText(page, 'research-title')).toBe('Exported the codebook (14 codes) to codebook_INTERNAL.md');

    await app.expectAccessible('outputs');
  });
});
