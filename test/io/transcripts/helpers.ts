import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { countWords } from '../../../src/core/text/normalise';
import { normaliseBody, TURN_SEPARATOR } from '../../../src/core/transcript/blocks';
import { sha256Hex } from '../../../src/core/transcript/sha256';
import { parseTranscriptFile, type ParsedTranscript, type TranscriptImport } from '../../../src/io/transcripts/parse-file';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/transcripts');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(FIXTURES, name)));
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The parsed transcript, failing the test with the importer's message when it is an error. */
export function valueOf(result: TranscriptImport): ParsedTranscript {
  if ('error' in result) throw new Error(`expected a transcript, got the error "${result.error}"`);
  return result.value;
}

export function errorOf(result: TranscriptImport): string {
  if ('value' in result) throw new Error(`expected an error, got a transcript of ${result.value.turns.length} turns`);
  return result.error;
}

export async function parseFixture(name: string): Promise<ParsedTranscript> {
  return valueOf(await parseTranscriptFile(name, fixtureBytes(name)));
}

export async function parseText(name: string, text: string): Promise<ParsedTranscript> {
  return valueOf(await parseTranscriptFile(name, bytesOf(text)));
}

/** Each turn as `[speaker, body]`, the body read from the text through the turn's offsets. */
export function turnPairs(parsed: ParsedTranscript): [string | null, string][] {
  return parsed.turns.map((turn) => [turn.speaker, parsed.text.slice(turn.start, turn.end)]);
}

/**
 * The invariants every parsed transcript keeps: turns ordered and disjoint, separated by exactly
 * one blank line, covering the whole text, each body normalised and non-empty; speakers, word
 * count and hash consistent with the text.
 */
export function expectWellFormed(parsed: ParsedTranscript): void {
  const rebuilt = parsed.turns.map((turn) => parsed.text.slice(turn.start, turn.end)).join(TURN_SEPARATOR);
  expect(rebuilt).toBe(parsed.text);
  let previousEnd = -TURN_SEPARATOR.length;
  for (const turn of parsed.turns) {
    expect(turn.start).toBe(previousEnd + TURN_SEPARATOR.length);
    expect(turn.end).toBeGreaterThan(turn.start);
    const body = parsed.text.slice(turn.start, turn.end);
    expect(body).toBe(normaliseBody(body));
    previousEnd = turn.end;
  }
  expect(parsed.text).toBe(parsed.text.normalize('NFC'));
  expect(parsed.text).not.toMatch(/\r|\uFEFF/);
  const speakers = [...new Set(parsed.turns.flatMap((turn) => (turn.speaker ? [turn.speaker] : [])))];
  expect(parsed.speakers).toEqual(speakers);
  expect(parsed.wordCount).toBe(countWords(parsed.text));
  expect(parsed.contentHash).toBe(sha256Hex(parsed.text));
}
