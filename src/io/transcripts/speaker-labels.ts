/**
 * Recognising one line as a possible speaker label: `Name: text`, `NAME: text`,
 * `[00:01:02] Name: text`, `00:01:02 Name: text`, `Name 00:01:02` alone on a line (Otter.ai),
 * `**Name:** text`, and in Markdown `### Name`. Whether a candidate really is a speaker is
 * decided over the whole document (see `speaker-turns.ts`); this file only reads one line.
 */

import { CLOCK_PATTERN as TIME, parseClock } from './clock';

const BRACKETED_TIME = String.raw`[\[(]?(${TIME})[\])]?`;
const EMPHASIS = String.raw`(?:\*\*|__)?`;

const COLON_LABEL = new RegExp(
  String.raw`^\s*(?:${BRACKETED_TIME}\s+)?${EMPHASIS}(\p{L}[^:\n]{0,48}?)(?:\s+${BRACKETED_TIME})?${EMPHASIS}\s*:${EMPHASIS}(?:[ \t]+(.*)|[ \t]*$)`,
  'u',
);
const TIMED_LABEL = new RegExp(String.raw`^\s*(\p{L}[^:\n]{0,48}?)\s+${BRACKETED_TIME}\s*$`, 'u');
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const HEADING_LABEL = new RegExp(String.raw`^(?:${BRACKETED_TIME}\s+)?(\p{L}[^:\n]{0,48}?)(?:\s+${BRACKETED_TIME})?\s*:?$`, 'u');

const MAX_LABEL_LENGTH = 40;
const MAX_LABEL_WORDS = 5;
const LABEL_CHARS = /^[\p{L}\p{M}\p{N} .'’()&/-]+$/u;
/** `Surname, Forename` as corporate directories (Teams, Zoom) display names; other commas are prose. */
const SURNAME_FIRST = /^\p{Lu}[\p{L}\p{M}'’-]*, \p{Lu}[\p{L}\p{M}'’ .-]*$/u;

/**
 * Words that open ordinary lines as `Word: …` but never name a speaker: notes, document
 * headers (`Date:`, `Location:`), sentence openers (`So:`, `Well:`). Compared lower-cased.
 */
const NOT_SPEAKERS = new Set([
  'note', 'notes', 'nb', 'n.b', 'ps', 'p.s', 'example', 'e.g', 'summary', 'source', 'sources', 'update',
  'subject', 're', 'warning', 'important', 'tip', 'reference', 'references', 'date', 'time', 'location',
  'venue', 'title', 'duration', 'participants', 'attendees', 'present', 'recorded', 'recording',
  'transcript', 'transcribed by', 'interview date', 'keywords', 'agenda', 'action', 'actions', 'see also',
  'url', 'email', 'tel', 'phone', 'address', 'step', 'result', 'results', 'conclusion', 'context',
  'so', 'and', 'but', 'well', 'yes', 'no', 'ok', 'okay', 'also', 'then', 'first', 'second', 'third',
  'finally', 'however', 'therefore', 'because', 'thus', 'hence', 'remember', 'caution', 'quote',
  'from', 'to', 'cc', 'bcc', 'sent', 'background', 'method', 'methods', 'aim', 'aims', 'objective',
  'objectives', 'purpose', 'scope', 'outcome', 'outcomes', 'finding', 'findings', 'recommendation',
  'recommendations', 'definition', 'status', 'owner', 'deadline', 'budget', 'total', 'theme', 'themes',
]);

/** Numbered headers (`Step 2`, `Part 1`, `Question 3`): never speakers, while `Speaker 2` is. */
const NUMBERED_HEADER = /^(?:step|part|section|chapter|question|figure|table|appendix|item|point|phase|stage|round|day|week|option|case|example|note)\s+[\d.ivx]+[.)]?$/i;

/** What one line says when it opens with a possible speaker label. */
export interface LabelLine {
  label: string;
  /** Time before or after the label, in milliseconds. */
  startMs?: number;
  /** The turn's text on the label's own line ('' when it starts on the next line). */
  rest: string;
  /** A Markdown heading: its text is a label or, failing that, a paragraph of its own. */
  heading: boolean;
}

/**
 * Whether a label has the shape of a speaker name: 1–40 characters, at most 5 words, starting
 * with a letter, made of letters, digits, spaces and `.'’()&/-` only (or `Surname, Forename`),
 * and not a word that opens ordinary lines (`Note`, `Date`, …).
 */
export function isLabelShaped(label: string): boolean {
  if (label.length === 0 || label.length > MAX_LABEL_LENGTH) return false;
  if (label.split(/\s+/).length > MAX_LABEL_WORDS) return false;
  if (!/^\p{L}/u.test(label) || !(LABEL_CHARS.test(label) || SURNAME_FIRST.test(label))) return false;
  return !NOT_SPEAKERS.has(label.toLowerCase().replace(/\.$/, '')) && !NUMBERED_HEADER.test(label);
}

/**
 * Whether a label reads as a name rather than the start of a sentence: each word starts with a
 * capital or a digit, or is a lower-case particle after the first word (`de`, `van`), or is in
 * brackets. Used for labels seen only once, which need more evidence than recurring ones.
 */
export function isNameLike(label: string): boolean {
  const words = label.split(/\s+/);
  return words.every((word, i) =>
    /^[\p{Lu}\p{Lt}\p{N}(]/u.test(word) || (i > 0 && /^(?:de|da|del|der|den|van|von|la|le|al|bin|of|and|&)$/.test(word)));
}

function label(raw: string | undefined): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim();
}

function withTime(found: LabelLine, time: string | undefined): LabelLine {
  return time === undefined ? found : { ...found, startMs: parseClock(time) };
}

/** Reads a Markdown heading's text as a label, or null when it is not label-shaped. */
function headingLabel(inner: string): LabelLine | null {
  const match = HEADING_LABEL.exec(inner.replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, ''));
  if (!match || !isLabelShaped(label(match[2]))) return null;
  return withTime({ label: label(match[2]), rest: '', heading: true }, match[1] ?? match[3]);
}

/**
 * The speaker-label candidate at the start of `line`, or null. With `markdown`, a `#` heading
 * is read as a label when its text is label-shaped; `markdownHeadingText` gives any heading's
 * text for the paragraph it otherwise becomes.
 */
export function parseLabelLine(line: string, markdown: boolean): LabelLine | null {
  if (markdown) {
    const heading = HEADING.exec(line);
    // A level-1 heading is the document's title, never a speaker.
    if (heading) return heading[1] === '#' ? null : headingLabel(heading[2] ?? '');
  }
  const colon = COLON_LABEL.exec(line);
  if (colon && isLabelShaped(label(colon[2]))) {
    return withTime({ label: label(colon[2]), rest: colon[4] ?? '', heading: false }, colon[1] ?? colon[3]);
  }
  const timed = TIMED_LABEL.exec(line);
  if (timed && isLabelShaped(label(timed[1]))) {
    return withTime({ label: label(timed[1]), rest: '', heading: false }, timed[2]);
  }
  return null;
}

/** The text of a Markdown ATX heading (`## Text ##` → `Text`), or null when `line` is not one. */
export function markdownHeadingText(line: string): string | null {
  const match = HEADING.exec(line);
  return match ? (match[2] ?? '') : null;
}
