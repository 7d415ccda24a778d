/**
 * Markdown helpers for exported documents. Text from transcripts and codebooks is escaped so
 * it always renders as the words it is: a quote starting with `#` or `1.` stays a quote, and
 * `*`, `_` or `<b>` in it never turn into formatting or HTML.
 */

/** Escapes Markdown syntax in plain text; line breaks are kept. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Each line prefixed with `> `, blank lines as `>`, so a multi-line quote stays one block quote. */
export function blockQuote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** A heading at `level` (1–6; deeper levels are written as 6). */
export function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${escapeMarkdown(text)}`;
}
