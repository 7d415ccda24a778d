import type { IssueLog } from './issues';
import { normaliseWithMap } from '../../core/text/normalise';
import { boundedValue } from '../../core/text/bounded';
import { cleanInPlace, cleaningWarnings } from '../../core/text/clean';
import {
  chooseModel, isModelNeutral, modelLength, SPEC_MODEL, toUtf16Index, type ModelChoice,
} from './positions';
import type { PositionModel, PositionOption, QdpxSelection, QdpxSource } from './types';

const UNIT_NAMES: Record<PositionModel, string> = {
  'utf16': 'UTF-16 code units',
  'codepoints': 'Unicode code points',
  'codepoints-crlf1': 'code points with CRLF counted once',
  'utf16-crlf1': 'UTF-16 code units with CRLF counted once',
};

/**
 * Gives a source its text and places its selections in it. `stored` is the text exactly as
 * stored (BOM removed). The position model is chosen on `stored` (see `chooseModel`), offsets are
 * converted to UTF-16 indices of `stored`, then mapped into the normalised text by core's
 * `normaliseWithMap`, so `source.text.slice(start, end)` is the
 * passage. Offsets beyond the text are errors (E_SELECTION_OUT_OF_RANGE). Returns the selections
 * that were placed (a copy each; empty ones after normalisation are dropped with a warning).
 */
export function placeSelections(
  source: QdpxSource, stored: string, selections: QdpxSelection[], option: PositionOption,
  origin: string | undefined, log: IssueLog,
): QdpxSelection[] {
  const choice = chooseModel(stored, selections, option, origin);
  const table = choice.table;
  const normalised = normaliseWithMap(stored);
  const map = normalised.map;
  const cleaned = cleanInPlace(normalised.text);
  const text = cleaned.text;
  source.text = text;
  for (const warning of cleaningWarnings(cleaned)) log.warn('W_TEXT_CLEANED', `Source "${boundedValue(source.name)}": ${warning}.`);
  source.positionModel = choice.model;
  if (option === 'auto') reportModel(source, stored, selections.length, choice, log);
  const placed: QdpxSelection[] = [];
  let splitCharacters = 0;
  for (const selection of selections) {
    const start = toUtf16Index(table, stored.length, selection.start);
    const end = toUtf16Index(table, stored.length, selection.end);
    if (start === undefined || end === undefined) {
      log.error('E_SELECTION_OUT_OF_RANGE', `PlainTextSelection ${selection.guid} in source "${source.name}" spans ${selection.start}–${selection.end}, but the text is ${modelLength(table, stored.length)} ${UNIT_NAMES[choice.model]} long.`);
      continue;
    }
    const range = snapToCharacters(text, map[start]!, map[end]!);
    if (range.snapped) splitCharacters++;
    if (range.start === range.end) {
      log.warn('W_ZERO_LENGTH_SELECTION', `PlainTextSelection ${selection.guid} in source "${source.name}" covers only a line break or byte-order mark; it was dropped.`);
      continue;
    }
    placed.push({ ...selection, start: range.start, end: range.end });
  }
  if (splitCharacters > 0) {
    log.warn('W_POSITION_MODEL', `Source "${source.name}": ${splitCharacters} selection(s) cut a character in two under ${UNIT_NAMES[choice.model]}; they were widened to whole characters.`);
  }
  return placed;
}

function reportModel(source: QdpxSource, stored: string, count: number, choice: ModelChoice, log: IssueLog): void {
  if (choice.model === SPEC_MODEL || count === 0 || isModelNeutral(stored)) return;
  const scores = Object.entries(choice.scores)
    .map(([model, score]) => `${model} ${score < 0 ? 'out of range' : `${Math.round(score * 100)}%`}`)
    .join(', ');
  log.warn('W_POSITION_MODEL', `Source "${source.name}": positions were read as ${UNIT_NAMES[choice.model]}, not the standard's Unicode code points${scores ? ` (selections on word boundaries: ${scores})` : ''}.`);
}

/** Widens a range that cuts a surrogate pair so it covers whole characters. */
function snapToCharacters(text: string, start: number, end: number): { start: number; end: number; snapped: boolean } {
  let snapped = false;
  if (splitsPair(text, start)) { start -= 1; snapped = true; }
  if (splitsPair(text, end)) { end += 1; snapped = true; }
  return { start, end, snapped };
}

function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
