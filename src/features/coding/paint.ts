import { matchesIn } from '../../core/search/find-in-document';
import { itemsInRange, overlapRuns, type CodedItem } from '../../core/spans/coded-spans';
import type { TextRange } from '../../core/spans/range';
import { rangeInBody, TURN_TEXT_SELECTOR } from './dom-offsets';

export interface CodeStyle {
  slot: number;
  name: string;
  color: string;
}

export interface PaintInput {
  items: CodedItem[];
  codeStyles: Map<string, CodeStyle>;
  lanes: Map<string, number>;
  flash: TextRange | null;
  active: TextRange | null;
  /** Find in document: every match, and which one is current (-1 for none); null when find is closed. */
  find: FindPaint | null;
}

export interface FindPaint {
  ranges: readonly TextRange[];
  current: number;
}

export const STRIPE_WIDTH = 6;
const STRIPE_GAP = 2;

const supportsHighlights = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS;

function stripeSignature(body: HTMLElement, items: CodedItem[], input: PaintInput): string {
  let signature = `${body.clientWidth}`;
  for (const it of items) {
    signature += `|${it.codingId}:${it.start}-${it.end}:${input.lanes.get(it.codingId) ?? 0}:${it.pending ? 1 : 0}:${input.codeStyles.get(it.codeId)?.color ?? ''}`;
  }
  return signature;
}

/**
 * Find matches paint over coding, the current one over the other matches: with equal priorities
 * the order would be whichever name happened to be registered first.
 */
const PRIORITY: Record<string, number> = { find: 1, 'find-current': 2 };

/**
 * Paints one transcript view. The browser's highlight registry is global, so each view names its
 * highlights with its own prefix (the first view `vb`: `vb-code-0`, `vb-find`, …) and keeps its
 * own record of what it drew: two views, say two coders' layers side by side, never paint over
 * each other.
 */
export class TranscriptPainter {
  /** Highlight names this view owns, so stale ones can be removed. */
  private ownedNames = new Set<string>();
  /**
   * What each turn's stripes were last drawn from, as a signature of that turn's own items: coding
   * one passage redraws the stripes of its turn only, and a re-render that moves rows redraws none.
   */
  private readonly drawnFrom = new WeakMap<HTMLElement, string>();

  constructor(readonly prefix: string) {}

  /**
   * Paints what is rendered of a transcript: one CSS Custom Highlight per code (never one per
   * passage: the browser does the painting, no DOM is wrapped), an underline where codes overlap,
   * find matches, and coding stripes in each turn's margin. Only rendered turns are touched.
   */
  paint(root: HTMLElement, input: PaintInput): void {
  const p = this.prefix;
  const byName = new Map<string, Range[]>();
  const add = (name: string, r: Range | null) => {
    if (!r) return;
    let list = byName.get(name);
    if (!list) byName.set(name, (list = []));
    list.push(r);
  };
  const stale: StripeDrawing[] = [];
  for (const body of root.querySelectorAll<HTMLElement>(TURN_TEXT_SELECTOR)) {
    const base = Number(body.dataset.start);
    const end = base + (body.textContent?.length ?? 0);
    const items = itemsInRange(input.items, base, end);
    for (const it of items) {
      const style = input.codeStyles.get(it.codeId);
      if (style) add(`${p}-code-${style.slot}`, rangeInBody(body, it.start, it.end));
      if (it.pending) add(`${p}-pending`, rangeInBody(body, it.start, it.end));
    }
    const runs = overlapRuns(items);
    for (const run of runs) add(`${p}-overlap`, rangeInBody(body, run.start, run.end));
    if (input.flash) add(`${p}-flash`, rangeInBody(body, input.flash.start, input.flash.end));
    if (input.active) add(`${p}-active`, rangeInBody(body, input.active.start, input.active.end));
    if (input.find) {
      const { ranges, current } = input.find;
      const { from, to } = matchesIn(ranges, base, end);
      for (let i = from; i < to; i++) add(i === current ? `${p}-find-current` : `${p}-find`, rangeInBody(body, ranges[i]!.start, ranges[i]!.end));
    }
    const row = body.closest<HTMLElement>('.turn');
    const margin = row?.querySelector<HTMLElement>('.stripes');
    if (row && margin) {
      const signature = stripeSignature(body, items, input);
      if (this.drawnFrom.get(margin) !== signature) {
        this.drawnFrom.set(margin, signature);
        stale.push(measureStripes(row, margin, body, items, runs, input));
      }
    }
  }
  // Every turn is measured before any margin is written: a write between two reads would make
  // the browser lay the page out again for each turn.
  for (const drawing of stale) drawStripes(drawing, input.lanes);
  this.applyHighlights(byName);
  }

  private applyHighlights(byName: Map<string, Range[]>): void {
    if (!supportsHighlights()) return;
    const next = new Set(byName.keys());
    for (const name of this.ownedNames) if (!next.has(name)) CSS.highlights.delete(name);
    for (const [name, ranges] of byName) {
      const highlight = new Highlight(...ranges);
      highlight.priority = PRIORITY[name.slice(this.prefix.length + 1)] ?? 0;
      CSS.highlights.set(name, highlight);
    }
    this.ownedNames = next;
  }

  /** Removes every highlight this view painted (when the document closes). */
  clear(): void {
    if (!supportsHighlights()) return;
    for (const name of this.ownedNames) CSS.highlights.delete(name);
    this.ownedNames = new Set();
  }

  /**
   * This view's highlight styles: each code translucent, so overlapping codes mix rather than
   * hide; find matches opaque with dark text in both colour schemes, readable over any code's
   * tint, the current match differing in shape (underline) as well as colour.
   */
  css(styles: Iterable<CodeStyle>): string {
    const p = this.prefix;
    const rules = [
      `::highlight(${p}-overlap){text-decoration:underline dotted 2px;text-underline-offset:4px;}`,
      `::highlight(${p}-pending){text-decoration:underline dashed 1px;}`,
      `::highlight(${p}-flash){background-color:color-mix(in srgb, #ffd400 55%, transparent);}`,
      `::highlight(${p}-active){text-decoration:underline solid 2px;text-decoration-color:var(--accent);}`,
      `::highlight(${p}-find){background-color:#ffe45c;color:#1f2328;}`,
      `::highlight(${p}-find-current){background-color:#f57c00;color:#000000;text-decoration:underline solid 2px;text-decoration-color:#000000;}`,
    ];
    for (const s of styles) rules.push(`::highlight(${p}-code-${s.slot}){background-color:color-mix(in srgb, ${s.color} 32%, transparent);}`);
    return rules.join('\n');
  }
}

interface StripeDrawing {
  margin: HTMLElement;
  stripes: { item: CodedItem; style: CodeStyle; top: number; height: number }[];
  badges: { count: number; top: number }[];
}

/** Where a turn's stripes and overlap badges go: layout reads only, nothing written. */
function measureStripes(
  row: HTMLElement, margin: HTMLElement, body: HTMLElement, items: CodedItem[],
  runs: { start: number; end: number; count: number }[], input: PaintInput,
): StripeDrawing {
  const top = row.getBoundingClientRect().top;
  const stripes: StripeDrawing['stripes'] = [];
  for (const item of items) {
    const span = verticalSpan(body, item.start, item.end, top);
    const style = input.codeStyles.get(item.codeId);
    if (span && style) stripes.push({ item, style, ...span });
  }
  const badges: StripeDrawing['badges'] = [];
  for (const run of runs) {
    const span = verticalSpan(body, run.start, run.end, top);
    if (span) badges.push({ count: run.count, top: span.top });
  }
  return { margin, stripes, badges };
}

function drawStripes({ margin, stripes, badges }: StripeDrawing, lanes: Map<string, number>): void {
  const parts: HTMLElement[] = [];
  for (const { item, style, top, height } of stripes) {
    const bar = document.createElement('div');
    bar.className = item.pending ? 'stripe pending' : 'stripe';
    bar.style.cssText = `top:${top}px;height:${height}px;right:${(lanes.get(item.codingId) ?? 0) * (STRIPE_WIDTH + STRIPE_GAP)}px;background:${style.color}`;
    bar.title = style.name;
    bar.dataset.codingId = item.codingId;
    bar.dataset.start = String(item.start);
    parts.push(bar);
  }
  for (const { count, top } of badges) {
    const badge = document.createElement('div');
    badge.className = 'overlap-badge';
    badge.style.top = `${top}px`;
    badge.textContent = String(count);
    badge.title = `${count} codes overlap here`;
    parts.push(badge);
  }
  margin.replaceChildren(...parts);
}

function verticalSpan(body: HTMLElement, start: number, end: number, top: number): { top: number; height: number } | null {
  const r = rangeInBody(body, start, end);
  if (!r) return null;
  const rects = r.getClientRects();
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!first || !last) return null;
  return { top: first.top - top, height: Math.max(4, last.bottom - first.top) };
}
