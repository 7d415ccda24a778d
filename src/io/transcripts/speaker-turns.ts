/**
 * Splitting plain transcript text (txt, md, or a Word file's raw text) into speaker turns, or
 * into paragraphs when the document has no speaker labels.
 *
 * The heuristic, so that ordinary `Word: text` sentences are not taken for speakers:
 * 1. A candidate is a line opening with a label-shaped `Name:` (see `speaker-labels.ts`).
 * 2. At least one label must recur (two or more lines): speakers talk more than once.
 * 3. Lines before the first recurring label are a preamble (title, date) and stay paragraphs.
 * 4. A label seen once counts only if it reads as a name and opens a paragraph (or a heading,
 *    or any line when turns are one line each): a focus-group member may speak only once.
 * 5. At least two distinct speakers, and at least a third of the paragraphs from the first
 *    label on must contain a label: a long essay with two `Source:` lines is not a dialogue.
 */
import type { TurnBody } from '../../core/transcript/blocks';
import { isNameLike, markdownHeadingText, parseLabelLine, type LabelLine } from './speaker-labels';

/** Least share of paragraphs holding a speaker label for the document to be read as turns. */
export const MIN_LABELLED_PARAGRAPH_SHARE = 1 / 3;

const isBlank = (line: string): boolean => /^\s*$/.test(line);

/**
 * Turn bodies of a plain-text transcript whose lines end in `\n`. Speaker labels and their
 * timestamps become turn metadata, never body text. With `markdown`, `#` headings may be speaker
 * labels; other headings lose their marks and become paragraphs of their own.
 */
export function splitTurns(text: string, markdown: boolean): TurnBody[] {
  const lines = text.split('\n');
  const candidates = lines.map((line) => parseLabelLine(line, markdown));
  const speakerLines = chooseSpeakerLines(lines, candidates, markdown);
  return speakerLines ? speakerTurns(lines, speakerLines, markdown) : paragraphs(lines, markdown);
}

/** For each line, whether it opens a paragraph: after a blank line, at the top, or a heading. */
function paragraphStarts(lines: string[], markdown: boolean): boolean[] {
  const heading = (line: string | undefined): boolean => markdown && line !== undefined && markdownHeadingText(line) !== null;
  return lines.map((line, i) =>
    !isBlank(line) && (i === 0 || isBlank(lines[i - 1] as string) || heading(line) || heading(lines[i - 1])));
}

/** The label lines that open speaker turns, or null when the document is not a dialogue. */
function chooseSpeakerLines(lines: string[], candidates: (LabelLine | null)[], markdown: boolean): (LabelLine | null)[] | null {
  const counts = new Map<string, number>();
  for (const found of candidates) if (found) counts.set(found.label, (counts.get(found.label) ?? 0) + 1);
  const recurring = new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label));
  if (recurring.size === 0) return null;
  const starts = paragraphStarts(lines, markdown);
  const first = candidates.findIndex((found) => found !== null && recurring.has(found.label));
  const recurringLines = candidates.flatMap((found, i) => (found && recurring.has(found.label) ? [i] : []));
  const linePerTurn = recurringLines.filter((i) => starts[i]).length < recurringLines.length / 2;
  const accepted = candidates.map((found, i) => {
    if (!found || i < first) return null;
    if (recurring.has(found.label)) return found;
    return isNameLike(found.label) && (found.heading || linePerTurn || starts[i]) ? found : null;
  });
  const speakers = new Set(accepted.flatMap((found) => (found ? [found.label] : [])));
  if (speakers.size < 2) return null;
  return labelledShare(accepted, starts, first) >= MIN_LABELLED_PARAGRAPH_SHARE ? accepted : null;
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

/** Turns opened at each accepted label; lines outside any turn become paragraphs. */
function speakerTurns(lines: string[], accepted: (LabelLine | null)[], markdown: boolean): TurnBody[] {
  const turns: TurnBody[] = [];
  let open: OpenTurn = { speaker: null, lines: [] };
  const close = (): void => {
    if (open.speaker === null) turns.push(...paragraphs(open.lines, markdown));
    else turns.push({ speaker: open.speaker, body: open.lines.join('\n'), ...(open.startMs === undefined ? {} : { startMs: open.startMs }) });
  };
  lines.forEach((line, i) => {
    const label = accepted[i];
    if (label) {
      close();
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
