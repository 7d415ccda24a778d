import type { TextRange } from '../../core/spans/range';

/**
 * Maps between DOM positions and document offsets. Each turn body is one `<p class="turn-text"
 * data-start>` holding a single text node; speaker labels and timestamps sit outside it, so they
 * never count.
 */
export const TURN_TEXT_SELECTOR = 'p.turn-text';

function turnTextOf(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : node?.parentElement ?? null;
  return (el?.closest(TURN_TEXT_SELECTOR) as HTMLElement | null) ?? null;
}

function bodyLength(el: HTMLElement): number {
  return el.textContent?.length ?? 0;
}

/**
 * The document offset of a DOM boundary point inside `root`. A point outside any turn body (on a
 * speaker label, in the gutter) snaps to the nearest body edge in reading order.
 */
export function pointToOffset(root: HTMLElement, node: Node, offset: number): number | null {
  const body = turnTextOf(node);
  if (body) {
    const base = Number(body.dataset.start);
    if (node.nodeType === Node.TEXT_NODE) return base + offset;
    // An element boundary inside the body: count the text before the child at `offset`.
    const range = document.createRange();
    range.setStart(body, 0);
    range.setEnd(node, offset);
    return base + range.toString().length;
  }
  const bodies = Array.from(root.querySelectorAll<HTMLElement>(TURN_TEXT_SELECTOR));
  const probe = document.createRange();
  probe.setStart(node, offset);
  for (const b of bodies) {
    const r = document.createRange();
    r.selectNodeContents(b);
    if (probe.compareBoundaryPoints(Range.START_TO_START, r) <= 0) return Number(b.dataset.start);
  }
  const last = bodies[bodies.length - 1];
  return last ? Number(last.dataset.start) + bodyLength(last) : null;
}

/** The document range of the browser's selection, when it lies in `root` and is not empty. */
export function selectionToRange(root: HTMLElement): TextRange | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  if (!root.contains(r.commonAncestorContainer)) return null;
  const start = pointToOffset(root, r.startContainer, r.startOffset);
  const end = pointToOffset(root, r.endContainer, r.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The document offset under a screen point (for clicks on highlights). */
export function offsetAtPoint(root: HTMLElement, x: number, y: number): number | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const pos = doc.caretPositionFromPoint?.(x, y);
  if (pos) return turnTextOf(pos.offsetNode) ? pointToOffset(root, pos.offsetNode, pos.offset) : null;
  const range = doc.caretRangeFromPoint?.(x, y);
  if (range) return turnTextOf(range.startContainer) ? pointToOffset(root, range.startContainer, range.startOffset) : null;
  return null;
}

/** A DOM Range over `[start, end)` clipped to one rendered turn body, or null when not rendered. */
export function rangeInBody(body: HTMLElement, start: number, end: number): Range | null {
  const textNode = body.firstChild;
  if (!textNode || textNode.nodeType !== Node.TEXT_NODE) return null;
  const base = Number(body.dataset.start);
  const len = (textNode as Text).length;
  const s = Math.max(0, start - base);
  const e = Math.min(len, end - base);
  if (e <= s) return null;
  const r = new Range();
  r.setStart(textNode, s);
  r.setEnd(textNode, e);
  return r;
}

/** The rendered turn body holding `offset` (its end included), or null when it is not rendered. */
export function bodyAt(root: HTMLElement, offset: number): HTMLElement | null {
  for (const b of root.querySelectorAll<HTMLElement>(TURN_TEXT_SELECTOR)) {
    const base = Number(b.dataset.start);
    if (offset >= base && offset <= base + bodyLength(b)) return b;
  }
  return null;
}

/** The first rendered turn body whose text reaches below the top of `root`'s viewport. */
export function firstBodyInView(root: HTMLElement): HTMLElement | null {
  const top = root.getBoundingClientRect().top;
  const bodies = Array.from(root.querySelectorAll<HTMLElement>(TURN_TEXT_SELECTOR));
  return bodies.find((b) => b.getBoundingClientRect().bottom > top) ?? bodies[0] ?? null;
}

/** Where `[start, end)` is on screen, from the start of the body holding `start`; null when not rendered. */
export function rangeRect(root: HTMLElement, start: number, end: number): DOMRect | null {
  const body = bodyAt(root, start);
  return body ? rangeInBody(body, start, end)?.getBoundingClientRect() ?? null : null;
}

/** Selects `[start, end)` in the browser when the bodies holding both ends are rendered. */
export function selectRange(root: HTMLElement, start: number, end: number): boolean {
  const a = bodyAt(root, start);
  const b = bodyAt(root, end);
  if (!a?.firstChild || !b?.firstChild) return false;
  const r = document.createRange();
  r.setStart(a.firstChild, start - Number(a.dataset.start));
  r.setEnd(b.firstChild, end - Number(b.dataset.start));
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(r);
  return true;
}
