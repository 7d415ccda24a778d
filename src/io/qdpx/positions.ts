import type { PositionModel, PositionOption } from './types';

/**
 * Position models: how a tool counted offsets in a source's plain text *as stored* (BOM removed).
 * The standard says code points; NVivo counts UTF-16 code units with CRLF as 2; ATLAS.ti is
 * reported to count CRLF as one character. JavaScript indices are UTF-16 code units, so every
 * model is converted to UTF-16 indices of the stored text through a table built once per source.
 */

export const ALL_MODELS: readonly PositionModel[] = ['codepoints', 'utf16', 'codepoints-crlf1', 'utf16-crlf1'];

/** The standard's model (§10.2), assumed when nothing points elsewhere. */
export const SPEC_MODEL: PositionModel = 'codepoints';

/** A model must beat the prior by this share of clean boundaries to replace it. */
const SWITCH_MARGIN = 0.2;

export interface RawRange {
  start: number;
  end: number;
}

/**
 * For `model`, the UTF-16 index in `stored` of every model offset 0…n (so a table of length n+1),
 * or null for plain UTF-16, where offsets are indices already.
 */
export function offsetTable(stored: string, model: PositionModel): Uint32Array | null {
  if (model === 'utf16') return null;
  const byCodePoint = model === 'codepoints' || model === 'codepoints-crlf1';
  const crlfAsOne = model.endsWith('-crlf1');
  const table = new Uint32Array(stored.length + 1);
  let n = 0;
  let i = 0;
  while (i < stored.length) {
    table[n++] = i;
    const c = stored.charCodeAt(i);
    if (crlfAsOne && c === 13 && stored.charCodeAt(i + 1) === 10) i += 2;
    else if (byCodePoint && c >= 0xd800 && c <= 0xdbff && isLowSurrogate(stored.charCodeAt(i + 1))) i += 2;
    else i += 1;
  }
  table[n++] = stored.length;
  return table.subarray(0, n);
}

/** The UTF-16 index of model offset `offset`, or undefined when it lies beyond the text. */
export function toUtf16Index(table: Uint32Array | null, storedLength: number, offset: number): number | undefined {
  if (offset < 0) return undefined;
  if (table === null) return offset <= storedLength ? offset : undefined;
  return offset < table.length ? table[offset] : undefined;
}

/** The length of `stored` counted in `model` units. */
export function modelLength(table: Uint32Array | null, storedLength: number): number {
  return table === null ? storedLength : table.length - 1;
}

/** True when every model gives the same indices: no CR and no character outside the BMP. */
export function isModelNeutral(stored: string): boolean {
  return !/[\r\uD800-\uDBFF]/.test(stored);
}

/** The model a file's `origin` suggests before looking at the text. */
export function priorModel(origin: string | undefined): PositionModel {
  if (!origin) return SPEC_MODEL;
  if (/nvivo/i.test(origin)) return 'utf16';
  if (/atlas\.?ti/i.test(origin)) return 'codepoints-crlf1';
  return SPEC_MODEL;
}

/** Our own files: written as code points, exactly; never second-guessed by scoring. */
export function isVerbatimOrigin(origin: string | undefined): boolean {
  return origin !== undefined && /^Verbatim\b/.test(origin);
}

export interface ModelChoice {
  model: PositionModel;
  /** The chosen model's table (see `offsetTable`), built once and reused for placing. */
  table: Uint32Array | null;
  /** Share of selection boundaries on word/line boundaries per model; -1 when out of range. */
  scores: Partial<Record<PositionModel, number>>;
}

/**
 * Picks the model for one source. A forced option wins. In `auto` mode the prior (from `origin`)
 * is kept unless another model keeps every selection inside the text and lands clearly more
 * selection boundaries between words (≥ 0.2 more), or the prior puts a selection out of range.
 * Models that cannot differ on this text (no CR, no astral character) are not scored twice.
 * Returns the prior when no model fits, so the caller reports the range error under it.
 */
export function chooseModel(stored: string, ranges: RawRange[], option: PositionOption, origin: string | undefined): ModelChoice {
  if (option === 'utf16' || option === 'codepoints') return { model: option, table: offsetTable(stored, option), scores: {} };
  const prior = isVerbatimOrigin(origin) ? SPEC_MODEL : priorModel(origin);
  if (isVerbatimOrigin(origin) || ranges.length === 0 || isModelNeutral(stored)) {
    return { model: prior, table: offsetTable(stored, prior), scores: {} };
  }
  const hasCr = stored.includes('\r');
  const hasAstral = /[\uD800-\uDBFF]/.test(stored);
  const scores: ModelChoice['scores'] = {};
  const tables = new Map<PositionModel, Uint32Array | null>();
  for (const model of new Set(ALL_MODELS.map((m) => equivalentOn(m, hasCr, hasAstral)))) {
    tables.set(model, offsetTable(stored, model));
    scores[model] = boundaryScore(stored, ranges, tables.get(model)!);
  }
  const priorScore = scores[equivalentOn(prior, hasCr, hasAstral)]!;
  let best = prior;
  let bestScore = -1;
  for (const model of ALL_MODELS) {
    const score = scores[model] ?? -1;
    if (score > bestScore) {
      best = model;
      bestScore = score;
    }
  }
  const model = bestScore < 0 || (priorScore >= 0 && bestScore < priorScore + SWITCH_MARGIN) ? prior : best;
  return { model, table: tables.has(model) ? tables.get(model)! : offsetTable(stored, model), scores };
}

/**
 * The model that gives the same offsets as `model` on a text: without CR the `-crlf1` variants
 * change nothing, and without astral characters code points are UTF-16 code units.
 */
function equivalentOn(model: PositionModel, hasCr: boolean, hasAstral: boolean): PositionModel {
  let same = model;
  if (!hasCr) same = same.replace('-crlf1', '') as PositionModel;
  if (!hasAstral) same = same.replace('codepoints', 'utf16') as PositionModel;
  return same;
}

/**
 * The share (0…1) of selection starts and ends that fall on a clean boundary under a model's
 * table: not inside a word, not between the halves of a surrogate pair or of a CRLF. −1 when a
 * selection lies outside the text under this model.
 */
export function boundaryScore(stored: string, ranges: RawRange[], table: Uint32Array | null): number {
  let clean = 0;
  for (const range of ranges) {
    const start = toUtf16Index(table, stored.length, range.start);
    const end = toUtf16Index(table, stored.length, range.end);
    if (start === undefined || end === undefined) return -1;
    if (isCleanBoundary(stored, start)) clean++;
    if (isCleanBoundary(stored, end)) clean++;
  }
  return ranges.length === 0 ? 1 : clean / (2 * ranges.length);
}

function isCleanBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  if (isLowSurrogate(after) && before >= 0xd800 && before <= 0xdbff) return false;
  if (before === 13 && after === 10) return false;
  return !(isWordUnit(text, i - 1) && isWordUnit(text, i));
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** Whether the UTF-16 unit at `i` belongs to a word. Astral characters (mostly emoji) do not. */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return WORD.test(text[i]!);
}
