import { useEffect } from 'react';

/**
 * Keeps two scrolling panes at the same relative position, so two coders' layers of one
 * transcript stay side by side as either is scrolled.
 */
export function useScrollSync(a: { current: HTMLElement | null }, b: { current: HTMLElement | null }, active: boolean): void {
  useEffect(() => {
    const left = a.current;
    const right = b.current;
    if (!active || !left || !right) return;
    let following: HTMLElement | null = null;
    const follow = (from: HTMLElement, to: HTMLElement) => () => {
      // The pane being moved fires a scroll event of its own: it must not move the first one back.
      if (following === from) { following = null; return; }
      const range = from.scrollHeight - from.clientHeight;
      following = to;
      to.scrollTop = range > 0 ? (from.scrollTop / range) * (to.scrollHeight - to.clientHeight) : 0;
    };
    const onLeft = follow(left, right);
    const onRight = follow(right, left);
    left.addEventListener('scroll', onLeft, { passive: true });
    right.addEventListener('scroll', onRight, { passive: true });
    return () => { left.removeEventListener('scroll', onLeft); right.removeEventListener('scroll', onRight); };
  }, [a, b, active]);
}
