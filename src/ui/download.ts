/**
 * Saving files from the page: a Blob behind an object URL, clicked through an `<a download>`.
 * Nothing is sent anywhere; the browser writes the file.
 */

/** Makes the browser save `blob` as `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to start writing; the URL is only a handle on memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves text (UTF-8) as `fileName` with the given media type. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** A file name from a title: letters, digits and hyphens, lower case. */
export function fileSlug(title: string): string {
  const slug = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug || 'chart';
}
