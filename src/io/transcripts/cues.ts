/**
 * Subtitle cues (WebVTT and SRT) into speaker turns: voice tags and `Name:` prefixes give the
 * speaker, markup is stripped, and consecutive cues of one speaker become one turn.
 */
import type { TurnBody } from '../../core/transcript/blocks';
import { parseClock } from './clock';
import { isNameLike, parseLabelLine } from './speaker-labels';

/** One timed cue as read from the file, its text lines still marked up. */
export interface Cue {
  startMs: number;
  endMs: number;
  lines: string[];
}

/** Turn bodies of a subtitle file and what the reader should know, or why it could not be read. */
export type CueFileParse = { bodies: TurnBody[]; warnings: string[] } | { error: string };

/** Splits normalised text (`\n` line ends) into blocks separated by blank lines. */
export function textBlocks(text: string): string[][] {
  return text
    .split(/\n(?:[ \t]*\n)+/)
    .map((block) => block.split('\n'))
    .filter((lines) => lines.some((line) => line.trim().length > 0));
}

/** A warning for cues that had to be skipped, or none. */
export function skippedCuesWarning(skipped: number): string[] {
  if (skipped === 0) return [];
  return [`${skipped} ${skipped === 1 ? 'cue was' : 'cues were'} skipped because ${skipped === 1 ? 'its timing line was' : 'their timing lines were'} unreadable`];
}

/** A run of one voice inside a cue (a cue may hold several `<v>` voices). */
interface CuePart {
  startMs: number;
  endMs: number;
  /** From a `<v Name>` tag: a speaker for certain. */
  voice: string | null;
  text: string;
}

/** A pause this long between speakerless cues starts a new paragraph. */
export const PARAGRAPH_PAUSE_MS = 2000;
/** A speakerless paragraph this long ends at the next cue that ends a sentence. */
export const PARAGRAPH_SOFT_LIMIT = 600;

const CUE_TIME = String.raw`(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}`;
const TIMING = new RegExp(String.raw`^\s*(${CUE_TIME})\s*-->\s*(${CUE_TIME})(?:\s|$)`);

/** Start and end in milliseconds of a cue timing line (`00:00:01.000 --> 00:00:04.000 …`), or null. */
export function parseCueTiming(line: string): { startMs: number; endMs: number } | null {
  const match = TIMING.exec(line);
  if (!match) return null;
  return { startMs: parseClock(match[1] as string), endMs: parseClock(match[2] as string) };
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', lrm: '', rlm: '',
};

/** Removes tags (`<i>`, `<c.x>`, `<00:01.000>`) and SSA overrides (`{\an8}`), then decodes entities. */
export function plainCueText(markup: string): string {
  return markup
    .replace(/<[^>\n]*>/g, '')
    .replace(/\{\\[^}\n]*\}/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => decodeEntity(name) ?? entity);
}

function decodeEntity(name: string): string | undefined {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()];
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Splits a cue at its `<v Name>` tags; text before the first tag has no voice. */
function cueParts(cue: Cue): CuePart[] {
  const markup = cue.lines.join('\n');
  const voice = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/g;
  const parts: CuePart[] = [];
  let speaker: string | null = null;
  let from = 0;
  for (let match = voice.exec(markup); match; match = voice.exec(markup)) {
    parts.push({ ...cue, voice: speaker, text: markup.slice(from, match.index) });
    speaker = (match[1] ?? '').trim() || null;
    from = match.index + match[0].length;
  }
  parts.push({ ...cue, voice: speaker, text: markup.slice(from) });
  return parts
    .map((part) => ({ startMs: part.startMs, endMs: part.endMs, voice: part.voice, text: oneLine(plainCueText(part.text)) }))
    .filter((part) => part.text.length > 0);
}

/** Cue lines are display breaks, not meaning: join them with spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * The speaker of each part. A `<v>` voice always counts. A `Name:` prefix counts when its label
 * recurs in two or more cues, or reads as a name in a file where most cues carry a prefix (Zoom
 * labels every cue), so a cue opening "Note: …" is not taken for a speaker.
 */
function speakersOf(parts: CuePart[]): { speaker: string | null; text: string }[] {
  const labelled = parts.map((part) => (part.voice === null ? parseLabelLine(part.text, false) : null));
  const counts = new Map<string, number>();
  for (const found of labelled) if (found) counts.set(found.label, (counts.get(found.label) ?? 0) + 1);
  const mostlyLabelled = labelled.filter(Boolean).length * 2 >= parts.length;
  return parts.map((part, i) => {
    const found = labelled[i];
    if (part.voice !== null || !found) return { speaker: part.voice, text: part.text };
    const accept = (counts.get(found.label) ?? 0) >= 2 || (mostlyLabelled && isNameLike(found.label));
    return accept ? { speaker: found.label, text: found.rest } : { speaker: null, text: part.text };
  });
}

/**
 * Turn bodies from cues in file order. Consecutive cues of one speaker merge into one turn
 * whose `startMs`/`endMs` span them. Cues without a speaker merge into paragraphs that break at
 * a pause of `PARAGRAPH_PAUSE_MS` or more, or after `PARAGRAPH_SOFT_LIMIT` characters at the end
 * of a sentence.
 */
export function cuesToTurns(cues: Cue[]): TurnBody[] {
  const parts = cues.flatMap(cueParts);
  const spoken = speakersOf(parts);
  const turns: (TurnBody & { startMs: number; endMs: number })[] = [];
  spoken.forEach(({ speaker, text }, i) => {
    const part = parts[i] as CuePart;
    const last = turns[turns.length - 1];
    if (last && last.speaker === speaker && (speaker !== null || continuesParagraph(last, part))) {
      last.body = `${last.body} ${text}`;
      last.endMs = Math.max(last.endMs, part.endMs);
    } else {
      turns.push({ speaker, body: text, startMs: part.startMs, endMs: part.endMs });
    }
  });
  return turns;
}

function continuesParagraph(paragraph: { body: string; endMs: number }, next: CuePart): boolean {
  if (next.startMs - paragraph.endMs >= PARAGRAPH_PAUSE_MS) return false;
  return paragraph.body.length < PARAGRAPH_SOFT_LIMIT || !/[.?!…]["”’)]*$/.test(paragraph.body);
}

/**
 * The timed cues of a file's blocks (after any header): a block's timing line is its first or
 * second line (the first may be a cue number or identifier); a block without a readable timing
 * is counted as skipped.
 */
export function readCues(blocks: readonly string[][]): { cues: Cue[]; skipped: number } {
  const cues: Cue[] = [];
  let skipped = 0;
  for (const lines of blocks) {
    const timingAt = lines.findIndex((line) => line.includes('-->'));
    const timing = timingAt >= 0 && timingAt <= 1 ? parseCueTiming(lines[timingAt] as string) : null;
    if (timing) cues.push({ ...timing, lines: lines.slice(timingAt + 1) });
    else skipped += 1;
  }
  return { cues, skipped };
}
