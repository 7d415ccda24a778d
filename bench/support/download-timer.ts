import type { Page } from 'playwright-core';

/**
 * Clicks the button named `name` and resolves with the milliseconds until the app hands a file
 * to the browser (its `<a download>` is clicked), and the worst long animation frame meanwhile
 * (0 when none): how long the page stopped answering.
 */
export async function clickToFile(page: Page, name: string, timeoutMs = 600_000): Promise<{ ms: number; fileName: string; worstFrameMs: number }> {
  const button = page.getByRole('button', { name, exact: true });
  await button.waitFor({ timeout: timeoutMs });
  await page.waitForFunction((n) => [...document.querySelectorAll('button')].some((b) => b.textContent === n && !b.disabled), name, { timeout: timeoutMs });
  return page.evaluate(({ name, timeoutMs }) => new Promise<{ ms: number; fileName: string; worstFrameMs: number }>((resolve, reject) => {
    const target = [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;
    let worst = 0;
    const frames = new PerformanceObserver((list) => { for (const e of list.getEntries()) worst = Math.max(worst, e.duration); });
    frames.observe({ type: 'long-animation-frame' });
    const timer = setTimeout(() => reject(new Error(`no file ${timeoutMs} ms after clicking ${name}`)), timeoutMs);
    const onClick = (e: MouseEvent) => {
      const a = e.target as HTMLElement;
      if (!(a instanceof HTMLAnchorElement) || !a.download) return;
      document.removeEventListener('click', onClick, { capture: true });
      // The file is the browser's now: keep the test from saving it.
      e.preventDefault();
      const ms = performance.now() - t0;
      clearTimeout(timer);
      // The frames observed are delivered after the frame ends.
      setTimeout(() => { frames.takeRecords().forEach((f) => { worst = Math.max(worst, f.duration); }); frames.disconnect(); resolve({ ms, fileName: a.download, worstFrameMs: worst }); }, 100);
    };
    document.addEventListener('click', onClick, { capture: true });
    const t0 = performance.now();
    target.click();
  }), { name, timeoutMs });
}
