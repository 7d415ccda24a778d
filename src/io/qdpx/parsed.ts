import type { QdpxProject } from './types';

/** Where the plain text of a source (or a note) comes from, before it is loaded. */
export interface TextCarrier {
  /** GUID of the source or note the text belongs to (a PDF's guid for its representation). */
  ownerGuid: string;
  owner: 'source' | 'note';
  /** For messages, e.g. `TextSource "Interview 1" (guid …)`. */
  what: string;
  plainTextPath?: string;
  inlineText?: string;
}

/** A media file a source points to; only its presence is checked, it is never read. */
export interface MediaFile {
  sourceGuid: string;
  what: string;
  path: string;
}

/**
 * The project straight from the XML, before texts are loaded. Selections still carry the offsets
 * as written (in the file's position model); `read.ts` maps them once the texts are known.
 */
export interface ParsedProject {
  project: QdpxProject;
  textCarriers: TextCarrier[];
  mediaFiles: MediaFile[];
  /** Elements Verbatim does not import, by element name, for the report. */
  skipped: Map<string, number>;
}

/** Adds `count` to the tally of skipped `element`s. */
export function countSkipped(skipped: Map<string, number>, element: string, count = 1): void {
  if (count > 0) skipped.set(element, (skipped.get(element) ?? 0) + count);
}
