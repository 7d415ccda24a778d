/**
 * WebVTT captions (Zoom, Microsoft Teams, others) into turn bodies. Zoom writes the speaker as
 * `Name: text` in each cue; Teams as a voice tag `<v Name>text</v>`.
 */
import { cuesToTurns, readCues, skippedCuesWarning, textBlocks, type CueFileParse } from './cues';

/**
 * Turn bodies of a WebVTT file, given its normalised text. The file must start with `WEBVTT`;
 * NOTE, STYLE and REGION blocks and cue identifiers are skipped; a block whose timing line cannot
 * be read is skipped with a warning. Error when there is no header or no cue.
 */
export function parseVtt(text: string): CueFileParse {
  if (!/^WEBVTT(?:[ \t]|$)/.test(text.split('\n', 1)[0] ?? '')) {
    return { error: 'is not a WebVTT file: its first line should be "WEBVTT"' };
  }
  const blocks = textBlocks(text).slice(1).filter((lines) => !/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(lines[0] ?? ''));
  const { cues, skipped } = readCues(blocks);
  if (cues.length === 0) return { error: 'has no cues: a WebVTT file needs timed cues such as "00:00:01.000 --> 00:00:04.000"' };
  return { bodies: cuesToTurns(cues), warnings: skippedCuesWarning(skipped) };
}
