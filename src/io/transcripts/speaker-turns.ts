/**
 * Splitting plain transcript text (txt, md, or a Word file's raw text) into speaker turns, or
 * into paragraphs when the document has no speaker labels.
 *
 * The heuristic, so that ordinary `Word: text` sentences are not taken for speakers:
 * 1. A candidate is a line opening with a label-shaped `Name:` (see `speaker-labels.ts`).
 * 2. When a label recurs (two or more lines), the document is a dialogue from its first
 *    recurring label; a label seen once counts only if it reads as a name and opens a paragraph
 *    (or a heading, or any line when turns are one line each): a focus-group member may speak once.
 * 3. When no label recurs (a two-turn follow-up call, an e-mailed answer), two or more distinct
 *    name-like labels opening paragraphs make a dialogue, and at least half the paragraphs from
 *    the first of them must hold one.
 * 4. Lines before the first speaker are a preamble (title, date): paragraphs marked as such, so
 *    they are not numbered as turns.
 * 5. At least two distinct speakers, and at least a third of the paragraphs from the first
 *    label on must contain a label: a long essay with two `Source:` lines is not a dialogue.
 * The reader may also be told which reading to use (the user's choice, see `TextReading`).
 */
import type { TurnBody } from '../../core/transcript/blocks';
import { isLabelShaped, isNameLike, markdownHeadingText, parseLabelLine, type LabelLine } from './speaker-labels';

/** Least share of paragraphs holding a speaker label for the document to be read as turns. */
export const MIN_LABELLED_PARAGRAPH_SHARE = 1 / 3;
/** The same share when no label recurs, which is weaker evidence of a dialogue. */
export const MIN_UNREPEATED_LABELLED_SHARE = 1 / 2;

/** How to read a text: decide from its labels, or as the user chose. */
export type TextReading = 'auto' | 'turns' | 'paragraphs';

const isBlank = (line: string): boolean => /^\s*$/.test(line);

/**
 * Turn bodies of a plain-text transcript whose lines end in `\n`. Speaker labels and their
 * timestamps become turn metadata, never body text. With `markdown`, `#` headings may be speaker
 * labels; other headings lose their marks and become paragraphs of their own. `reading` forces
 * speaker turns (every label-shaped line opening a paragraph, or any line when turns are one
 * line each) or paragraphs.
 */
export function splitTurns(text: string, markdown: boolean, reading: TextReading = 'auto'): SplitText {
  const lines = text.split('\n');
  if (reading === 'paragraphs') return { bodies: paragraphs(lines, markdown), pattern: null };
  const candidates = lines.map((line) => parseLabelLine(line, markdown));
  const speakerLines = reading === 'turns' ? forcedSpeakerLines(lines, candidates, markdown) : chooseSpeakerLines(lines, candidates, markdown);
  if (!speakerLines) return { bodies: paragraphs(lines, markdown), pattern: null };
  return { bodies: speakerTurns(lines, speakerLines, markdown), pattern: labelPattern(lines, speakerLines) };
}

/** How speaker labels are written, as shown to the user: `Name:`, `NAME:`, `[00:01:02] Name:`, … */
export type LabelPattern = 'Name:' | 'NAME:' | '[00:01:02] Name:' | 'Name 00:01:02' | '### Name';

/** Turn bodies, and the label pattern when they are speaker turns. */
export interface SplitText {
  bodies: TurnBody[];
  pattern: LabelPattern | null;
}

/** The pattern of the first speaker label (files keep one pattern throughout). */
function labelPattern(lines: string[], accepted: (LabelLine | null)[]): LabelPattern {
  const at = accepted.findIndex((found) => found !== null);
  const found = accepted[at] as LabelLine;
  const line = lines[at] as string;
  if (found.heading) return '### Name';
  if (/^\s*[[(]?\d/.test(line)) return '[00:01:02] Name:';
  if (found.startMs !== undefined && /\d[\])]?\s*$/.test(line)) return 'Name 00:01:02';
  const letters = accepted.flatMap((f) => (f ? [f.label] : [])).join('');
  return letters === letters.toUpperCase() ? 'NAME:' : 'Name:';
}

/** The label lines that open speaker turns, or null when the document is not a dialogue. */
function chooseSpeakerLines(lines: string[], candidates: (LabelLine | null)[], markdown: boolean): (LabelLine | null)[] | null {
  const counts = new Map<string, number>();
  for (const found of candidates) if (found) counts.set(found.label, (counts.get(found.label) ?? 0) + 1);
  const recurring = new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label));
  const starts = paragraphStarts(lines, markdown);
  if (recurring.size === 0) return unrepeatedSpeakerLines(candidates, starts);
  const first = candidates.findIndex((found) => found !== null && recurring.has(found.label));
  const linePerTurn = isLinePerTurn(candidates.map((found) => found !== null && recurring.has(found.label)), starts);
  const accepted = candidates.map((found, i) => {
    if (!found || i < first) return null;
    if (recurring.has(found.label)) return found;
    return isNameLike(found.label) && (found.heading || linePerTurn || starts[i]) ? found : null;
  });
  return enoughSpeakers(accepted) && labelledShare(accepted, starts, first) >= MIN_LABELLED_PARAGRAPH_SHARE ? accepted : null;
}

/** Rule 3: distinct name-like labels, each opening a paragraph or heading, none recurring. */
function unrepeatedSpeakerLines(candidates: (LabelLine | null)[], starts: boolean[]): (LabelLine | null)[] | null {
  const accepted = candidates.map((found, i) => (found && isNameLike(found.label) && (found.heading || starts[i]) ? found : null));
  const first = accepted.findIndex((found) => found !== null);
  if (first < 0 || !enoughSpeakers(accepted)) return null;
  return labelledShare(accepted, starts, first) >= MIN_UNREPEATED_LABELLED_SHARE ? accepted : null;
}

/** The user's "speaker turns": every label-shaped line opening a paragraph (or any line, one-line turns). */
function forcedSpeakerLines(lines: string[], candidates: (LabelLine | null)[], markdown: boolean): (LabelLine | null)[] | null {
  const starts = paragraphStarts(lines, markdown);
  const linePerTurn = isLinePerTurn(candidates.map((found) => found !== null), starts);
  const accepted = candidates.map((found, i) => (found && isLabelShaped(found.label) && (found.heading || linePerTurn || starts[i]) ? found : null));
  return accepted.some((found) => found !== null) ? accepted : null;
}

/** Turns are one line each when fewer than half the label lines open a paragraph. */
function isLinePerTurn(labelled: boolean[], starts: boolean[]): boolean {
  const at = labelled.flatMap((is, i) => (is ? [i] : []));
  return at.filter((i) => starts[i]).length < at.length / 2;
}

function enoughSpeakers(accepted: (LabelLine | null)[]): boolean {
  return new Set(accepted.flatMap((found) => (found ? [found.label] : []))).size >= 2;
}

/** For each line, whether it opens a paragraph: after a blank line, at the top, or a heading. */
function paragraphStarts(lines: string[], markdown: boolean): boolean[] {
  const heading = (line: string | undefined): boolean => markdown && line !== undefined && markdownHeadingText(line) !== null;
  return lines.map((line, i) =>
    !isBlank(line) && (i === 0 || isBlank(lines[i - 1] as string) || heading(line) || heading(lines[i - 1])));
}

/** Share of paragraphs, from line `from` on, that contain an accepted label line. */
function labelledShare(accepted: (LabelLine | null)[], starts: boolean[], from: number): number {
  let paragraphCount = 0;
  let labelled = 0;
  let counted = false;
  for (let i = from; i < accepted.length; i++) {
    if (starts[i] || i === from) {
      paragraphCount += 1;
      counted = false;
    }
    if (accepted[i] && !counted) {
      labelled += 1;
      counted = true;
    }
  }
  return paragraphCount === 0 ? 0 : labelled / paragraphCount;
}

interface OpenTurn {
  speaker: string | null;
  startMs?: number;
  lines: string[];
}

/** Turns opened at each accepted label; lines outside any turn become paragraphs, a preamble before the first. */
function speakerTurns(lines: string[], accepted: (LabelLine | null)[], markdown: boolean): TurnBody[] {
  const turns: TurnBody[] = [];
  let open: OpenTurn = { speaker: null, lines: [] };
  let spoken = false;
  const close = (): void => {
    if (open.speaker === null) turns.push(...paragraphs(open.lines, markdown).map((p) => (spoken ? p : { ...p, preamble: true })));
    else turns.push({ speaker: open.speaker, body: open.lines.join('\n'), ...(open.startMs === undefined ? {} : { startMs: open.startMs }) });
  };
  lines.forEach((line, i) => {
    const label = accepted[i];
    if (label) {
      close();
      spoken = true;
      open = { speaker: label.label, lines: [label.rest], ...(label.startMs === undefined ? {} : { startMs: label.startMs }) };
    } else if (markdown && markdownHeadingText(line) !== null) {
      close();
      open = { speaker: null, lines: [line] };
    } else {
      open.lines.push(line);
    }
  });
  close();
  return turns;
}

/** Paragraphs split on blank lines; with `markdown`, each heading is a paragraph without its marks. */
function paragraphs(lines: string[], markdown: boolean): TurnBody[] {
  const out: TurnBody[] = [];
  let block: string[] = [];
  const flush = (): void => {
    if (block.length > 0) out.push({ speaker: null, body: block.join('\n') });
    block = [];
  };
  for (const line of lines) {
    const heading = markdown ? markdownHeadingText(line) : null;
    if (heading !== null) {
      flush();
      out.push({ speaker: null, body: heading });
    } else if (isBlank(line)) {
      flush();
    } else {
      block.push(line);
    }
  }
  flush();
  return out;
}
