import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeQdc, writeQdpx } from '../../src/io/qdpx/write';
import type { QdpxCode } from '../../src/io/qdpx/types';
import { AppHarness } from './support/app';

const app = new AppHarness();
beforeAll(() => app.start());
afterAll(() => app.stop());
afterEach(() => app.finishPage());

/** Markup a careless importer would run or fetch: each script sets `window.pwned`. */
const HOSTILE = [
  '<script>window.pwned = "script"</script>',
  '<img src=x onerror="window.pwned = \'img\'">',
  '<a href="javascript:window.pwned = \'link\'">read the minutes</a>',
  '[the minutes](javascript:window.pwned=\'markdown\')',
  '![logo](https://example.org/x.png)',
  '<img src="https://example.org/x.png">',
  '<svg onload="window.pwned = \'svg\'"></svg>',
  '<iframe src="https://example.org/"></iframe>',
];
const LINE = HOSTILE.join(' ');
const SPEAKER = 'Asha Verma';
const CODE = '<img src=https://example.org/x.png onerror="window.pwned = \'code\'">Trust';

function file(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function transcriptFiles(dir: string): Promise<string[]> {
  const turns = (format: string) => `Interviewer: What happened at the meeting?\n\n${SPEAKER}: Plain words first, in ${format}. ${LINE}\n`;
  const docx = new Document({
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun('Interviewer: What happened at the meeting?')] }),
        new Paragraph({ children: [new TextRun(`${SPEAKER}: Plain words first, in docx. ${LINE}`)] }),
        new Paragraph({ children: [new ExternalHyperlink({ link: 'javascript:window.pwned=\'docx\'', children: [new TextRun('read the minutes')] })] }),
        new Paragraph({ children: [new ExternalHyperlink({ link: 'https://example.org/x.png', children: [new TextRun('the logo')] })] }),
      ],
    }],
  });
  return [
    file(dir, '<img src=x onerror=window.pwned=1>.txt', turns('txt')),
    file(dir, 'notes.md', `# <script>window.pwned = "heading"</script>\n\n${turns('md')}`),
    file(dir, 'meeting.docx', new Uint8Array(await Packer.toBuffer(docx))),
    file(dir, 'call.vtt', `WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Interviewer>What happened?\n\n00:00:05.000 --> 00:00:09.000\n<v ${SPEAKER}>Plain words first, in vtt. ${LINE}\n`),
    file(dir, 'call.srt', `1\n00:00:01,000 --> 00:00:04,000\nInterviewer: What happened?\n\n2\n00:00:05,000 --> 00:00:09,000\n${SPEAKER}: Plain words first, in srt. ${LINE}\n`),
  ];
}

function codes(): QdpxCode[] {
  return [
    { guid: 'a1a1a1a1-0000-4000-8000-000000000001', name: CODE, description: LINE, isCodable: true },
    { guid: 'a1a1a1a1-0000-4000-8000-000000000002', name: '<script>window.pwned = "qdc"</script>', isCodable: true },
  ];
}

async function qdpxFile(dir: string): Promise<string> {
  const source = 'a1a1a1a1-0000-4000-8000-000000000010';
  const text = `${SPEAKER}: Plain words first, in qdpx. ${LINE}\n`;
  const bytes = await writeQdpx({
    name: '<script>window.pwned = "project"</script>', description: LINE,
    users: [{ guid: 'a1a1a1a1-0000-4000-8000-000000000020', name: '<img src=x onerror=window.pwned=1>' }],
    codes: codes(), sources: [{ guid: source, name: '<iframe src=https://example.org/>', kind: 'text', text }],
    selections: [{ guid: 'a1a1a1a1-0000-4000-8000-000000000030', sourceGuid: source, start: 0, end: 40, codings: [{ codeGuid: codes()[0]!.guid }] }],
    mediaSelections: [], notes: [], cases: [], variables: [], sets: [], links: [],
  });
  return file(dir, 'hostile.qdpx', bytes);
}

/** Records Content-Security-Policy violations: any is a load the page attempted. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.reload();
}

/** Nothing ran, nothing was loaded or attempted, no markup from the file became an element. */
async function expectInert(page: Page, where: string): Promise<void> {
  const state = await page.evaluate(() => {
    const root = document.getElementById('root')!;
    const links = [...root.querySelectorAll('[src], [href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
    return {
      pwned: (window as unknown as { pwned?: unknown }).pwned ?? null,
      violations: (window as unknown as { violations: string[] }).violations,
      elements: root.querySelectorAll('script, iframe, img, [onerror], [onload], [onclick]').length,
      links: links.filter((u) => /^\s*javascript:|example\.org/i.test(u)),
    };
  });
  expect(state, where).toEqual({ pwned: null, violations: [], elements: 0, links: [] });
}

describe('hostile content in every importer', () => {
  it('shows the markup of transcripts, attribute sheets, codebooks and projects as text, and runs or fetches none of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-hostile-'));
    const page = await app.newPage();
    await watchViolations(page);

    await page.getByLabel('New project').fill('Hostile files');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByLabel('Choose transcript files').setInputFiles(await transcriptFiles(dir));
    const results = page.getByRole('list', { name: 'Import results' });
    await expect.poll(() => results.locator('.import-imported').count(), { timeout: 15000 }).toBe(5);
    await expectInert(page, 'after importing transcripts');
    expect(await page.locator('.doc-item').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('<img src=x onerror=window.pwned=1>')]));

    const docs = page.locator('.doc-open');
    for (let i = 0; i < 5; i++) {
      await docs.nth(i).click();
      await page.locator('p.turn-text', { hasText: 'Plain words first, in' }).waitFor();
      const body = await page.locator('p.turn-text', { hasText: 'Plain words first, in' }).textContent();
      // The visible words of the markup are there as words; the docx link text too.
      expect(body).toContain('Plain words first, in');
      expect(body).toContain('read the minutes');
      await expectInert(page, `transcript ${i + 1}`);
    }
    const txt = await page.locator('.doc-open', { hasText: '<img src=x' }).first();
    await txt.click();
    await page.locator('p.turn-text', { hasText: '<script>window.pwned = "script"</script>' }).waitFor();
    await page.screenshot({ path: join(tmpdir(), 'verbatim-hostile-transcript.png') });

    await page.getByRole('navigation', { name: 'Project screens' }).getByRole('button', { name: 'Participants' }).click();
    await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
    const csvValue = (s: string) => `"${s.replaceAll('"', '""')}"`;
    await page.getByLabel('Import attributes from CSV').setInputFiles(file(dir, '<script>.csv', [
      'participant,role,notes',
      `${csvValue('<img src=x onerror="window.pwned=1">')},${csvValue(HOSTILE[0]!)},${csvValue(LINE)}`,
    ].join('\r\n') + '\r\n'));
    const report = page.getByRole('region', { name: 'Import report' });
    await report.getByLabel(/Create 1 new participant/).check();
    await page.getByRole('button', { name: 'Apply import' }).click();
    await page.getByLabel(/^notes of P\d+$/).waitFor();
    expect(await page.getByLabel(/^role of P\d+$/).inputValue()).toBe(HOSTILE[0]);
    await expectInert(page, 'after importing attributes');

    await page.getByRole('navigation', { name: 'Project screens' }).getByRole('button', { name: 'Exchange' }).click();
    await page.getByLabel('Codebook file (.qdc)').setInputFiles(file(dir, 'hostile.qdc', writeQdc(codes())));
    await page.getByLabel('Codebook merge preview').waitFor();
    await expectInert(page, 'codebook merge preview');
    await page.getByRole('button', { name: 'Merge codebook' }).click();
    await expect.poll(() => page.locator('.message-line').textContent()).toMatch(/Codebook merged: 2 codes added/);
    await page.getByRole('navigation', { name: 'Project screens' }).getByRole('button', { name: 'Code', exact: true }).click();
    await page.locator('.code-name', { hasText: CODE }).waitFor();
    await expectInert(page, 'codebook after the merge');

    await page.getByRole('button', { name: 'Verbatim', exact: true }).click();
    await page.getByLabel('Open .qdpx file').setInputFiles(await qdpxFile(dir));
    await page.getByRole('button', { name: 'Open the imported project' }).click();
    await page.locator('.doc-open').first().click();
    await page.locator('p.turn-text', { hasText: 'Plain words first, in' }).waitFor();
    await page.locator('.code-name', { hasText: CODE }).waitFor();
    expect(await page.locator('.project-name').textContent()).toBe('<script>window.pwned = "project"</script>');
    await page.getByRole('navigation', { name: 'Project screens' }).getByRole('button', { name: 'Coded segments' }).click();
    await page.getByRole('gridcell', { name: CODE }).first().waitFor();
    await expectInert(page, 'REFI-QDA project');
  });
});
