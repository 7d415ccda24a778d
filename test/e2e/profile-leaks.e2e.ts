import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, chromePath, watchErrors } from './support/browser';
import { serveDist } from './support/server';

/** Invented words a user types into confidential fields; none may reach the profile outside IndexedDB. */
const TYPED = {
  project: 'Hollowmere',
  code: 'Quillmorrow',
  participant: 'Vexbury',
  redaction: 'Brackenholt',
  projectMemo: 'Marrowfield',
  codeMemo: 'Sablecrest',
  search: 'Wintercombe',
};

let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => { server = await serveDist(); });
afterAll(() => server?.close());

/** Every file of the profile outside IndexedDB (covered by encryption later), as paths. */
function profileFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) { if (name !== 'IndexedDB') walk(p); } else if (st.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Where each word occurs in the profile, in UTF-8 or UTF-16 (session files hold UTF-16). */
function leaks(dir: string): string[] {
  const found: string[] = [];
  const files = profileFiles(dir);
  for (const path of files) {
    const bytes = readFileSync(path);
    for (const [field, word] of Object.entries(TYPED)) {
      if (bytes.includes(Buffer.from(word, 'utf8')) || bytes.includes(Buffer.from(word, 'utf16le'))) found.push(`${field} in ${relative(dir, path)}`);
    }
  }
  return found;
}

async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');
}

/** Every field on screen has opted out of the browser's autofill and session files. */
async function expectFieldsOptedOut(page: Page): Promise<void> {
  expect(await page.locator('input:not([autocomplete="off"]), textarea:not([autocomplete="off"])').evaluateAll((fields) => fields.map((f) => f.outerHTML))).toEqual([]);
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Project screens' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

describe('the browser\'s own files', () => {
  it('keep no code name, participant, redaction term, memo or search typed into Verbatim outside IndexedDB', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'verbatim-profile-'));
    let context: BrowserContext | null = null;
    try {
      context = await chromium.launchPersistentContext(profile, {
        executablePath: chromePath(), headless: true, args: CHROME_ARGS, viewport: { width: 1366, height: 900 },
      });
      const page = context.pages()[0] ?? await context.newPage();
      const errors = watchErrors(page);
      await page.goto(server.url);

      await page.getByLabel('New project').pressSequentially(`${TYPED.project} study`);
      await page.getByRole('button', { name: 'Create project' }).click();
      await page.getByLabel('New code name').pressSequentially(TYPED.code);
      await page.getByRole('button', { name: 'Add code' }).click();
      await page.locator('.code-name', { hasText: TYPED.code }).click();
      await page.getByRole('region', { name: `Code: ${TYPED.code}` }).getByLabel('Memo').pressSequentially(`Seen in ${TYPED.codeMemo} only`);
      await page.getByRole('button', { name: 'Save code' }).click();
      await page.getByText('Project memo').click();
      await page.getByLabel('Memo on the project').pressSequentially(`Fieldwork at ${TYPED.projectMemo}`);
      await page.getByLabel('New code name').click();
      await saved(page);
      await expectFieldsOptedOut(page);

      await tab(page, 'Participants');
      await page.getByLabel('New participant', { exact: true }).pressSequentially(`Ottoline ${TYPED.participant}`);
      await page.getByRole('button', { name: 'Add participant' }).click();
      await saved(page);
      await expectFieldsOptedOut(page);

      await tab(page, 'Outputs');
      await page.getByLabel('Word or phrase to redact').pressSequentially(TYPED.redaction);
      await page.getByRole('button', { name: 'Add redaction' }).click();
      await page.locator('table.redaction-table', { hasText: TYPED.redaction }).waitFor();
      await saved(page);
      await expectFieldsOptedOut(page);

      await tab(page, 'Search');
      await page.getByLabel('Search all documents').pressSequentially(TYPED.search);
      await page.keyboard.press('Enter');
      await expectFieldsOptedOut(page);

      // Back to the memos, left open on screen as a user closing the browser would leave them.
      await tab(page, 'Code');
      await page.locator('.code-name', { hasText: TYPED.code }).click();
      await page.getByText('Project memo').click();
      await page.getByLabel('Memo on the project').waitFor();
      expect(await page.getByLabel('Memo on the project').inputValue()).toContain(TYPED.projectMemo);
      expect(errors).toEqual([]);
      // Session state is written on a timer and at exit; give it its usual chance.
      await page.waitForTimeout(1500);
      await context.close();
      context = null;

      // The files that did keep these words before the fields opted out are there and were read.
      const scanned = profileFiles(profile).map((p) => relative(profile, p));
      expect(scanned).toContain(join('Default', 'Web Data'));
      expect(scanned.filter((p) => p.startsWith(join('Default', 'Sessions'))).length).toBeGreaterThan(0);
      expect(leaks(profile)).toEqual([]);
    } finally {
      await context?.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
