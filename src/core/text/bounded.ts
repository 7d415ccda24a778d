/**
 * Keeping messages short whatever the input: a value quoted from a file, or a list of things
 * found in it, must not make a message grow with the file.
 */

/** Most characters of a value quoted from a file in a message. */
export const MAX_QUOTED_CHARS = 80;
/** Most items of a list named in a message. */
export const MAX_LISTED_ITEMS = 5;
/** Most characters of a library's technical message kept as a "details" line. */
export const MAX_DETAILS_CHARS = 300;

/** `value` cut to `max` characters with `…`, never splitting a surrogate pair; controls as spaces. */
export function boundedValue(value: string, max = MAX_QUOTED_CHARS): string {
  // eslint-disable-next-line no-control-regex -- a quoted value must not carry control characters
  const flat = value.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ');
  if (flat.length <= max) return flat;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(flat.charAt(cut - 1))) cut -= 1;
  return `${flat.slice(0, cut)}…`;
}

/** The first `max` items joined by `, `, then "and N more". */
export function boundedList(items: readonly string[], max = MAX_LISTED_ITEMS): string {
  const shown = items.slice(0, max).map((item) => boundedValue(item));
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** A technical message (an exception's text) bounded for a details line. */
export function boundedDetails(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return boundedValue(text, MAX_DETAILS_CHARS);
}
