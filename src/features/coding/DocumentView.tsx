import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import type { DocumentText, Turn } from '../../core/model';
import { assignLanes, type CodedItem } from '../../core/spans/coded-spans';
import type { TextRange } from '../../core/spans/range';
import { turnIndexAt } from '../../core/transcript/blocks';
import { bodyAt, offsetAtPoint, rangeRect, selectionToRange, selectRange } from './dom-offsets';
import { STRIPE_WIDTH, TranscriptPainter, type CodeStyle, type FindPaint } from './paint';

export interface DocumentViewProps {
  title: string;
  text: DocumentText;
  items: CodedItem[];
  codeStyles: Map<string, CodeStyle>;
  /** A passage to scroll to and flash (opened from a table or search result). */
  focus: TextRange | null;
  /** The coded passage whose details are open, outlined in the text. */
  active: TextRange | null;
  onSelect: (range: TextRange | null) => void;
  /** A click on coded text or a stripe: the offset and where to anchor a popover. */
  onSpot: (offset: number, anchor: { x: number; y: number }) => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  /** Find in document's matches to paint, or null when find is closed. */
  find: FindPaint | null;
  /** Receives the scrolling root, for focus and selection after a picker closes. */
  rootRef?: { current: HTMLDivElement | null };
  handleRef?: Ref<DocumentViewHandle>;
  /** Names this view's highlights (`vb` by default); each view open at once needs its own. */
  highlightPrefix?: string;
}

export interface DocumentViewHandle {
  /** Scrolls `range` into view, rendering its turn first if need be, then selects it when asked. */
  reveal: (range: TextRange, options?: { select?: boolean }) => void;
}

/** Frames to wait for a scrolled-to turn to render before giving up. */
const REVEAL_FRAMES = 30;

function formatTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** A turn's number as shown: preamble paragraphs (a title before the first speaker) are not counted. */
const TurnRow = memo(function TurnRow({ turn, number, body, marginWidth }: { turn: Turn; number: number | null; body: string; marginWidth: number }) {
  return (
    <div className={turn.preamble ? 'turn preamble' : 'turn'}>
      <div className="turn-no not-codable" aria-hidden="true">{number ?? ''}</div>
      <div className="stripes" style={{ width: marginWidth }} />
      <div className="turn-main">
        {turn.speaker !== null && (
          <div className="turn-head not-codable">
            <span className="speaker">{turn.speaker}</span>
            {turn.startMs !== undefined && <time className="muted">{formatTime(turn.startMs)}</time>}
          </div>
        )}
        <p className="turn-text" data-start={turn.start}>{body}</p>
      </div>
    </div>
  );
});


/** The painter of one view: its state lives with the view, never in the module. */
function usePainter(prefix: string): TranscriptPainter {
  return useMemo(() => new TranscriptPainter(prefix), [prefix]);
}

/**
 * A transcript with its coding: turns rendered only near the viewport, highlights painted with
 * the CSS Custom Highlight API, stripes in the margin. Offsets come from the data, never the DOM.
 */
export function DocumentView(props: DocumentViewProps) {
  const { text, items, codeStyles, focus, active, find, onSelect, onSpot } = props;
  const ownRef = useRef<HTMLDivElement>(null);
  const scrollRef = props.rootRef ?? ownRef;
  const turns = text.turns;
  // Preamble paragraphs come before the first speaker, so numbering starts after them.
  const preambles = useMemo(() => turns.filter((t) => t.preamble).length, [turns]);
  const virtualizer = useVirtualizer({
    count: turns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => 48 + Math.ceil(((turns[i]!.end - turns[i]!.start) / 80)) * 26,
    overscan: 4,
    // Render the first screenful on the first pass, before the container has been measured.
    initialRect: { width: 900, height: typeof window === 'undefined' ? 800 : window.innerHeight },
  });
  const { lanes, laneCount } = useMemo(() => assignLanes(items), [items]);
  const laneByCoding = useMemo(() => new Map(items.map((it, i) => [it.codingId, lanes[i]!])), [items, lanes]);
  const marginWidth = Math.max(1, Math.min(laneCount, 12)) * (STRIPE_WIDTH + 2) + 18;
  const flashRef = useRef<TextRange | null>(null);
  const virtualItems = virtualizer.getVirtualItems();
  const painter = usePainter(props.highlightPrefix ?? 'vb');

  const paint = useCallback(() => {
    if (scrollRef.current) {
      painter.paint(scrollRef.current, { items, codeStyles, lanes: laneByCoding, flash: flashRef.current, active, find });
    }
  }, [painter, items, codeStyles, laneByCoding, active, find, scrollRef]);

  useLayoutEffect(paint, [paint, virtualItems]);
  useEffect(() => () => painter.clear(), [painter]);

  const revealFrame = useRef(0);
  useImperativeHandle(props.handleRef, () => ({
    reveal(range, options = {}) {
      const root = scrollRef.current;
      if (!root) return;
      cancelAnimationFrame(revealFrame.current);
      if (!bodyAt(root, range.start)) virtualizer.scrollToIndex(Math.max(0, turnIndexAt(turns, range.start)), { align: 'center' });
      let frames = 0;
      const settle = () => {
        const rect = rangeRect(root, range.start, range.end);
        if (!rect) {
          // The turn renders once the virtualiser has scrolled to it, a frame or two later.
          if (frames++ < REVEAL_FRAMES) revealFrame.current = requestAnimationFrame(settle);
          return;
        }
        // A turn taller than the view can be centred with the match still outside it.
        const view = root.getBoundingClientRect();
        const margin = Math.min(48, view.height / 4);
        if (rect.top < view.top + margin || rect.bottom > view.bottom - margin) {
          virtualizer.scrollToOffset(root.scrollTop + rect.top - view.top - view.height / 3);
        }
        if (options.select) selectRange(root, range.start, range.end);
      };
      settle();
    },
  }), [virtualizer, turns, scrollRef]);
  useEffect(() => () => cancelAnimationFrame(revealFrame.current), []);

  useEffect(() => {
    if (!focus) return;
    virtualizer.scrollToIndex(Math.max(0, turnIndexAt(turns, focus.start)), { align: 'center' });
    flashRef.current = focus;
    const t = window.setTimeout(() => { flashRef.current = null; paint(); }, 1800);
    requestAnimationFrame(paint);
    return () => window.clearTimeout(t);
    // Only a new focus should scroll; repainting is handled above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus?.start, focus?.end, text.documentId]);

  useEffect(() => {
    const onChange = () => {
      const root = scrollRef.current;
      if (!root) return;
      const range = selectionToRange(root);
      // Focus moving to the picker or a panel takes the browser's selection with it; the passage
      // chosen in the transcript stays chosen until the user selects again there.
      if (range === null && !root.contains(document.activeElement)) return;
      onSelect(range);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [onSelect, scrollRef]);

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const root = scrollRef.current;
    if (!root || !window.getSelection()?.isCollapsed) return;
    const stripe = (e.target as HTMLElement).closest<HTMLElement>('.stripe');
    const offset = stripe ? Number(stripe.dataset.start) : offsetAtPoint(root, e.clientX, e.clientY);
    if (offset !== null) onSpot(offset, { x: e.clientX, y: e.clientY });
  };

  const css = useMemo(() => painter.css(codeStyles.values()), [painter, codeStyles]);
  return (
    <div
      ref={scrollRef}
      className="doc-scroll"
      tabIndex={0}
      role="region"
      aria-label={`Transcript: ${props.title}. Select text, then press C to code it.`}
      aria-describedby="coding-keys"
      onKeyDown={props.onKeyDown}
      onClick={onClick}
    >
      <style>{css}</style>
      <div className="doc-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualItems.map((v) => {
          const turn = turns[v.index]!;
          return (
            <div key={v.key} data-index={v.index} ref={virtualizer.measureElement} className="turn-slot" style={{ transform: `translateY(${v.start}px)` }}>
              <TurnRow turn={turn} number={turn.preamble ? null : v.index + 1 - preambles} body={text.text.slice(turn.start, turn.end)} marginWidth={marginWidth} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
