/**
 * Shared parts of the importer fuzz run: how many inputs, how inputs are mutated, and what every
 * answer must satisfy. `npm test` runs a short pass; `npm run fuzz` sets FUZZ_RUNS=10000.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { keepsTextRule } from '../../src/core/text/clean';

/** Inputs per importer: FUZZ_RUNS, else a short run that keeps `npm test` to a few seconds each. */
export function fuzzRuns(short: number): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : short;
}

/** Longest an importer may take on one input. */
export const MAX_MS = 2000;
/** Longest message a user may be shown for one file. */
export const MAX_MESSAGE = 600;

/** Words only a library says: a message to the user must never be one of its own. */
const LIBRARY_WORDS = /Corrupted zip|records in central dir|tagName|line:undefined|Cannot read properties|Maximum call stack|undefined is not|is not a function|\bat Object\./;

/** Checks one message (an error or warning shown to the user). */
export function expectClearMessage(message: string): void {
  expect(typeof message).toBe('string');
  expect(message.length).toBeGreaterThan(0);
  expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE);
  expect(message).not.toMatch(LIBRARY_WORDS);
}

/** Checks stored text: NFC, no controls but `\n` and tab, no lone surrogate. */
export function expectTextRule(text: string): void {
  expect(keepsTextRule(text)).toBe(true);
  expect(text.normalize('NFC')).toBe(text);
}

/** Runs `work` and fails when it takes longer than `MAX_MS`. */
export async function timed<T>(work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  expect(performance.now() - started).toBeLessThan(MAX_MS);
  return result;
}

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; byte: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.oneof(fc.constantFrom(0, 7, 0x1b, 0x3a, 0x3c, 0x3e, 0x26, 0x0a, 0x0d, 0xff, 0xed, 0xc0), fc.integer({ min: 0, max: 255 })) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 16 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  if (bytes.length === 0) return m.kind === 'insert' ? Uint8Array.from(m.bytes) : bytes;
  const at = m.at % bytes.length;
  switch (m.kind) {
    case 'flip': { const out = bytes.slice(); out[at] = (out[at] as number) ^ (1 << m.bit); return out; }
    case 'set': { const out = bytes.slice(); out[at] = m.byte; return out; }
    case 'insert': return Uint8Array.from([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
    case 'delete': return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + m.length)]);
    case 'truncate': return bytes.slice(0, at);
  }
}

/** `seed` with one to four mutations: flipped, set, inserted or deleted bytes, or cut short. */
export function mutated(seed: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => ms.reduce(apply, seed));
}

/** Awkward text: controls, surrogate halves, combining marks, labels, markup and line ends. */
export const awkwardText: fc.Arbitrary<string> = fc.array(fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\t', '\f', '\u0000', '\u0007', '\u001b', '\u0085', '\u009f', '\uFEFF', '\uD800', '\uDFFF', 'e\u0301',
    'Interviewer: ', 'Grace Okafor: ', 'Q: ', '[00:01:02] Alex: ', 'Speaker 1  0:15', '### Alex', '# Title', '**Alex:** ', 'Source: ',
    '<v Alex>', '</v>', '&#7;', '&#xD800;', '&amp;', '&#x1F600;', '-->', '00:00:01.000 --> 00:00:02.000', '00:00:01,000 --> 00:00:02,000'),
), { maxLength: 40 }).map((parts) => parts.join(''));
