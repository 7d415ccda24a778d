import type { TextReadingSummary } from '../../core/model';

/** How a document was read, in the words the import result and the document's menu use. */
export function readingLabel(reading: TextReadingSummary, speakers: number): string {
  if (reading.kind === 'paragraphs') return 'plain paragraphs';
  return `speaker turns, ${speakers} ${speakers === 1 ? 'speaker' : 'speakers'}, labels like ${reading.pattern}`;
}
