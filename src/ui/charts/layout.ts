/** Small geometry helpers shared by the SVG charts. */

/** Approximate width of one character of 12px system-ui text, for sizing label columns. */
export const CHAR_WIDTH = 6.6;

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** `text` cut to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** Width in px for a column of labels: wide enough for the longest, within `[min, max]`. */
export function labelColumnWidth(labels: readonly string[], min: number, max: number): number {
  const longest = labels.reduce((m, l) => Math.max(m, [...l].length), 0);
  return Math.round(Math.min(max, Math.max(min, longest * CHAR_WIDTH + 12)));
}

/** Round axis ticks from 0 to at least `max`: steps of 1, 2 or 5 × 10ⁿ, about five of them. */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
  const whole = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let t = 0; t < max + whole; t += whole) ticks.push(t);
  return ticks;
}

/** An id safe inside SVG `url(#…)` and `aria-labelledby` lists, from React's `useId`. */
export function svgId(reactId: string, suffix: string): string {
  return `${reactId.replace(/[^A-Za-z0-9_-]/g, '')}-${suffix}`;
}
