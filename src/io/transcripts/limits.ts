/** Size limits for imported transcript files, chosen so one bad file cannot exhaust the tab. */

const MB = 1024 * 1024;

/**
 * Largest transcript file accepted, in bytes: 20 MB (20 × 1024 × 1024). A two-hour interview
 * is about 100 KB of text and a long Word transcript a few MB, so 20 MB leaves room for big
 * focus groups and embedded images while keeping a whole parse well within a worker's memory.
 */
export const MAX_TRANSCRIPT_BYTES = 20 * MB;

/** Most a .docx may inflate to, in bytes, summed over its zip entries: 200 MB. */
export const MAX_DOCX_INFLATED_BYTES = 200 * MB;

/**
 * Most a .docx may inflate to relative to its own size (100:1). Word files compress text XML
 * about 5–20:1; a zip bomb reaches 1000:1. Files under 10 KB may inflate to 1 MB regardless
 * (`MIN_DOCX_INFLATE_ALLOWANCE`), since a tiny valid document can exceed the ratio harmlessly.
 */
export const MAX_DOCX_INFLATE_RATIO = 100;
/** What any .docx may inflate to whatever its size, in bytes: 1 MB. */
export const MIN_DOCX_INFLATE_ALLOWANCE = 1 * MB;

/** "20 MB" for a byte count, one decimal below 10 MB. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`;
}
