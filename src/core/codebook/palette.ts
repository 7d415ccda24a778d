/**
 * Default code colours, chosen to stay distinguishable with the common colour-vision
 * deficiencies: the Okabe–Ito palette, then Paul Tol's "muted" scheme.
 * Okabe–Ito's black and Tol's pale grey ("bad data") are left out: a black highlight hides the
 * text under it and grey reads as "disabled".
 */
export const OKABE_ITO: readonly string[] = Object.freeze([
  '#e69f00', // orange
  '#56b4e9', // sky blue
  '#009e73', // bluish green
  '#f0e442', // yellow
  '#0072b2', // blue
  '#d55e00', // vermillion
  '#cc79a7', // reddish purple
]);

export const TOL_MUTED: readonly string[] = Object.freeze([
  '#cc6677', // rose
  '#332288', // indigo
  '#ddcc77', // sand
  '#117733', // green
  '#88ccee', // cyan
  '#882255', // wine
  '#44aa99', // teal
  '#999933', // olive
  '#aa4499', // purple
]);

/** The default palette in the order new codes receive it: 16 `#rrggbb` colours, lower case. */
export const DEFAULT_PALETTE: readonly string[] = Object.freeze([...OKABE_ITO, ...TOL_MUTED]);

/**
 * The colour for a new code: the first palette colour nobody uses yet (compared without regard
 * to case); once all are taken, the least-used one, earliest in the palette on a tie.
 * Always returns a `#rrggbb` colour from `DEFAULT_PALETTE`.
 */
export function nextColour(usedColours: Iterable<string>): string {
  const uses = new Map<string, number>(DEFAULT_PALETTE.map((c) => [c, 0]));
  for (const colour of usedColours) {
    const key = colour.trim().toLowerCase();
    const count = uses.get(key);
    if (count !== undefined) uses.set(key, count + 1);
  }
  let best = DEFAULT_PALETTE[0] as string;
  let bestUses = Infinity;
  for (const colour of DEFAULT_PALETTE) {
    const count = uses.get(colour) ?? 0;
    if (count < bestUses) {
      best = colour;
      bestUses = count;
    }
  }
  return best;
}
