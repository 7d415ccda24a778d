/** SubRip subtitles (`.srt`) into turn bodies; speakers from optional `Name:` prefixes. */
import { cuesToTurns, readCues, skippedCuesWarning, textBlocks, type CueFileParse } from './cues';

/**
 * Turn bodies of an SRT file, given its normalised text: numbered blocks, each a timing line
 * `00:00:01,000 --> 00:00:04,000` and text lines. The number is optional; a block whose timing
 * line cannot be read is skipped with a warning. Error when no cue is found.
 */
export function parseSrt(text: string): CueFileParse {
  const { cues, skipped } = readCues(textBlocks(text));
  if (cues.length === 0) {
    return { error: 'has no subtitle cues: an SRT file needs numbered cues timed like "00:00:01,000 --> 00:00:04,000"' };
  }
  return { bodies: cuesToTurns(cues), warnings: skippedCuesWarning(skipped) };
}
