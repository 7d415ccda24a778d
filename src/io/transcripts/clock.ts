/** Clock times in transcripts and subtitles, read into milliseconds. */

/**
 * A clock time in a transcript line: `m:ss`, `h:mm:ss`, optionally with `.mmm` or `,mmm`
 * (regular-expression source, no groups).
 */
export const CLOCK_PATTERN = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;

/**
 * Milliseconds of a clock time `m:ss`, `h:mm:ss`, `hh:mm:ss.mmm` or `hh:mm:ss,mmm` (the last two
 * fields are minutes and seconds; hours may have any number of digits). A fraction shorter than
 * three digits is read as a decimal (`.5` is 500 ms).
 */
export function parseClock(clock: string): number {
  const [main = '', fraction = ''] = clock.trim().split(/[.,]/);
  const seconds = main.split(':').map(Number).reduce((total, part) => total * 60 + part, 0);
  return seconds * 1000 + Number(fraction.padEnd(3, '0').slice(0, 3));
}
