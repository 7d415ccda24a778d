/**
 * The REFI-QDA project as Verbatim reads and writes it: plain records, independent of XML.
 *
 * GUIDs are normalised on import: lower case, braces stripped. Text offsets (`start`, `end`) are
 * UTF-16 code units into the source's `text`, which is Verbatim's normalised form (NFC, `\n` line
 * ends, no BOM), half-open `[start, end)`. Timestamps are milliseconds since the epoch.
 */

/** How a file counted text positions. `-crlf1` variants count a stored CRLF pair as one unit. */
export type PositionModel = 'utf16' | 'codepoints' | 'codepoints-crlf1' | 'utf16-crlf1';

/** What the caller asks for: let the importer decide per source, or force a model. */
export type PositionOption = 'auto' | 'codepoints' | 'utf16';

export type SourceKind = 'text' | 'pdf' | 'picture' | 'audio' | 'video';

export type VariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

export interface QdpxIssue {
  /** Stable code such as `E_NOT_ZIP` or `W_CASE_MISMATCH` (see the REFI-QDA notes). */
  code: string;
  /** Human-readable, naming the entry, element or GUID concerned. */
  message: string;
}

export interface QdpxUser {
  guid: string;
  name: string;
}

export interface QdpxCode {
  guid: string;
  name: string;
  /** Absent at the top of the tree. */
  parentGuid?: string;
  /** `#rrggbb`, lower case. */
  color?: string;
  description?: string;
  isCodable: boolean;
  /** Notes attached with `NoteRef`. */
  noteGuids?: string[];
}

/** One code applied to a selection (or a whole source) by one user. */
export interface QdpxCoding {
  codeGuid: string;
  userGuid?: string;
  guid?: string;
  createdAt?: number;
}

export interface QdpxSource {
  guid: string;
  name: string;
  kind: SourceKind;
  /** Normalised plain text (text sources; a PDF's text representation when present). */
  text?: string;
  /** True when the file the source points to is not in the archive: nothing of it was invented. */
  missing?: boolean;
  /** True for `relative://` / `absolute://` media that a browser cannot open. */
  external?: boolean;
  /** The `plainTextPath` (text) or `path` (media) as written in the file. */
  path?: string;
  description?: string;
  noteGuids?: string[];
  /** How the file counted this source's positions (text sources with text only). */
  positionModel?: PositionModel;
  /** Codings attached to the whole source rather than to a selection. */
  codings?: QdpxCoding[];
  /** Variable values attached to the source itself. */
  values?: QdpxVariableValue[];
  userGuid?: string;
  createdAt?: number;
}

/**
 * A text selection. For a source with `text`, `start`/`end` are normalised UTF-16 offsets and
 * `text.slice(start, end)` is the coded passage; for a missing source they are the numbers as
 * written in the file, since there is no text to map them into.
 */
export interface QdpxSelection {
  guid: string;
  sourceGuid: string;
  start: number;
  end: number;
  codings: QdpxCoding[];
  name?: string;
  description?: string;
  noteGuids?: string[];
  userGuid?: string;
  createdAt?: number;
}

/** A selection in a PDF, picture, audio or video source. Kept for the report and round trips. */
export interface QdpxMediaSelection {
  guid: string;
  sourceGuid: string;
  kind: Exclude<SourceKind, 'text'>;
  codings: QdpxCoding[];
  name?: string;
  description?: string;
  noteGuids?: string[];
  /** PDF page (as written) and box in PDF points. */
  page?: number;
  /** Box corners: PDF points or picture pixels. */
  firstX?: number;
  firstY?: number;
  secondX?: number;
  secondY?: number;
  /** Audio/video range in milliseconds. */
  begin?: number;
  end?: number;
  /** Inline text of a PDF selection's representation. */
  text?: string;
}

/** A memo: REFI-QDA `Note`, attached to objects by `NoteRef` (or by a `Link` from ATLAS.ti). */
export interface QdpxNote {
  guid: string;
  name: string;
  text: string;
  description?: string;
  userGuid?: string;
  createdAt?: number;
}

export interface QdpxVariable {
  guid: string;
  name: string;
  type: VariableType;
  description?: string;
}

/** A variable's value as written (e.g. `42`, `true`, `2024-05-01`). */
export interface QdpxVariableValue {
  variableGuid: string;
  value: string;
}

export interface QdpxCase {
  guid: string;
  name: string;
  description?: string;
  sourceGuids: string[];
  selectionGuids: string[];
  values: QdpxVariableValue[];
}

export interface QdpxSet {
  guid: string;
  name: string;
  description?: string;
  memberCodeGuids: string[];
  memberSourceGuids: string[];
  memberNoteGuids: string[];
}

export interface QdpxLink {
  guid: string;
  name?: string;
  direction?: 'Associative' | 'OneWay' | 'Bidirectional';
  originGuid?: string;
  targetGuid?: string;
  noteGuids?: string[];
}

export interface QdpxProject {
  name: string;
  /** The exporting tool, e.g. `NVivo for Windows 12.6`. */
  origin?: string;
  /** The project memo (`Project/Description`). */
  description?: string;
  /** Notes about the whole project. */
  noteGuids?: string[];
  createdAt?: number;
  modifiedAt?: number;
  users: QdpxUser[];
  codes: QdpxCode[];
  sources: QdpxSource[];
  selections: QdpxSelection[];
  mediaSelections: QdpxMediaSelection[];
  notes: QdpxNote[];
  cases: QdpxCase[];
  variables: QdpxVariable[];
  sets: QdpxSet[];
  links: QdpxLink[];
}

export interface ReadQdpxOptions {
  /** `auto` (default) picks a model per source; the others force one for every source. */
  positions?: PositionOption;
  /** Called with steps done and the total number of steps (entries read, sources mapped). */
  onProgress?: (done: number, total: number) => void;
}

/** `project` is absent exactly when the file was rejected; `errors` then says why. */
export interface QdpxResult {
  project?: QdpxProject;
  errors: QdpxIssue[];
  warnings: QdpxIssue[];
}

/** `codes` is absent exactly when the codebook was rejected. */
export interface QdcResult {
  codes?: QdpxCode[];
  sets?: QdpxSet[];
  origin?: string;
  errors: QdpxIssue[];
  warnings: QdpxIssue[];
}

/** Id minting and the import time for `qdpxToBundle`, supplied by the caller (storage owns ids). */
export interface BundleIds {
  newId(): string;
  /** Milliseconds since the epoch; used where the file has no date. */
  now: number;
  /**
   * Content hash of a source text (SHA-256 hex of its UTF-8). Defaults to core's synchronous
   * `sha256Hex`; the import worker passes hashes it took with the browser's native digest.
   */
  hash?: (text: string) => string;
}
