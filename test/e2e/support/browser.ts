import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The system Chromium: CHROME_PATH, else Debian's. Never a downloaded browser. */
export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH');
  return found;
}

export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
}

/**
 * A fresh context (its own IndexedDB) whose pages must not request anything outside `origin`:
 * every such request is aborted and recorded, and `assertNoForeignRequests` fails the test.
 */
export async function isolatedContext(
  browser: Browser, origin: string, options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<{ context: BrowserContext; foreign: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true, serviceWorkers: options.serviceWorkers ?? 'allow' });
  const foreign: string[] = [];
  const own = new URL(origin).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === own) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, foreign };
}

/** Collects uncaught page errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
