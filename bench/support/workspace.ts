import type { Page } from 'playwright-core';

/** Clicks a document in the list and resolves at the first frame after it is painted (with its highlights when asked). */
export function openAndTime(page: Page, title: string, withHighlights: boolean): Promise<number> {
  return page.evaluate(({ title, withHighlights }) => new Promise<number>((resolve) => {
    const button = Array.from(document.querySelectorAll<HTMLButtonElement>('.doc-open')).find((b) => b.querySelector('.doc-name')?.textContent === title);
    if (!button) throw new Error(`no document ${title}`);
    const painted = () => !!document.querySelector('p.turn-text')
      && (!withHighlights || ([...CSS.highlights.keys()].some((k) => k.startsWith('vb-code-')) && !!document.querySelector('.stripe')));
    const t0 = performance.now();
    button.click();
    const check = () => (painted() ? requestAnimationFrame(() => resolve(performance.now() - t0)) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  }), { title, withHighlights });
}

/**
 * The workspace has loaded the project's coding (the codebook shows its counts): the click is
 * then measured as a user's would be once the project is open, not racing its first load.
 */
export function workspaceLoaded(page: Page): Promise<unknown> {
  return page.waitForFunction(() => Array.from(document.querySelectorAll('.code-row .counts')).some((c) => !/^0 · 0$/.test(c.textContent?.trim() ?? '')));
}
