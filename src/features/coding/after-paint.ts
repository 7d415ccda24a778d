/**
 * Resolves once the browser has painted the next frame, so a write started after it (its reads
 * of a document's codings take milliseconds on the main thread) never delays the frame that shows
 * the user's coding. A hidden tab paints no frames: the timer starts the write anyway.
 */
export function afterNextPaint(fallbackMs = 50): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => { if (!done) { done = true; resolve(); } };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, fallbackMs);
  });
}
