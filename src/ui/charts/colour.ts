/**
 * Colours for charts. Heatmaps use ColorBrewer's YlGnBu, a sequential scheme that stays ordered
 * for the common colour-vision deficiencies and in greyscale; bars use Okabe–Ito hues, darkest
 * first so the first series has good contrast against the white chart background.
 * Cell text is black or white, whichever contrasts more with the cell (WCAG relative luminance).
 */

/** ColorBrewer YlGnBu, 9 classes, light to dark. */
const YL_GN_BU = ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'];

/** Okabe–Ito, ordered for contrast on white. */
export const SERIES_COLOURS: readonly string[] = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];

/** Chart ink: text, axes. */
export const INK = '#1f2328';
export const MUTED_INK = '#5b616b';
export const GRID = '#d8d4cc';
export const BACKGROUND = '#ffffff';
/** Cells that carry no comparable value (a co-occurrence diagonal). */
export const NEUTRAL_CELL = '#eeeeee';

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** The sequential colour for `value` on a 0…`max` scale; 0 (or max 0) is the lightest. */
export function sequentialColour(value: number, max: number): string {
  if (!(max > 0) || !(value > 0)) return YL_GN_BU[0] as string;
  const t = Math.min(1, value / max) * (YL_GN_BU.length - 1);
  const i = Math.min(YL_GN_BU.length - 2, Math.floor(t));
  const a = rgb(YL_GN_BU[i] as string);
  const b = rgb(YL_GN_BU[i + 1] as string);
  const f = t - i;
  return toHex([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
}

/** Stops for a legend ramp, light to dark. */
export const SEQUENTIAL_STOPS: readonly string[] = YL_GN_BU;

function luminance(hex: string): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = rgb(hex).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1…21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white text, whichever reads better on `background`. */
export function readableText(background: string): string {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}
