import type { Page } from 'playwright-core';

/**
 * Selects `[from, to)` of the `turn`-th rendered turn body (offsets clamped to its text), as a
 * drag would, and waits until the transcript's toolbar says text is selected.
 */
export async function selectInTurn(page: Page, turn: number, from: number, to: number): Promise<void> {
  await page.evaluate(({ turn, from, to }) => {
    const bodies = Array.from(document.querySelectorAll('p.turn-text'));
    const node = bodies[turn % bodies.length]!.firstChild as Text;
    const r = document.createRange();
    r.setStart(node, Math.min(from, node.length - 1));
    r.setEnd(node, Math.min(to, node.length));
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
  }, { turn, from, to });
  await page.waitForFunction(() => /selected/.test(document.querySelector('.doc-toolbar')?.textContent ?? ''));
}
