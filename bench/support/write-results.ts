import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RUNS_DIR, type CaseResult, type SizeResult } from './stats';
import { TARGETS } from './targets';

const BENCH_DIR = resolve(import.meta.dirname, '..');
const README = resolve(BENCH_DIR, '../README.md');
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';
const NOTES_START = '<!-- notes:start -->';
const NOTES_END = '<!-- notes:end -->';

type Result = CaseResult | SizeResult;

const fmt = (x: number) => x.toLocaleString('en', { maximumFractionDigits: x >= 100 ? 0 : 1 });

/** The measured figure: median (min–max) of a timed case, or a size. */
function figure(r: Result): { value: string; runs: string; baseline: string; ratio: string } {
  if ('value' in r) return { value: `${fmt(r.value)} ${r.unit}`, runs: '', baseline: '', ratio: '' };
  return {
    value: `${fmt(r.median_ms)} ms (${fmt(r.min_ms)}–${fmt(r.max_ms)})`, runs: String(r.runs),
    baseline: `${fmt(r.baseline_median_ms)} ms`, ratio: String(r.ratio),
  };
}

/** The results table: every case with its target, whether this run met it, and a peer's figure. */
export function resultsTable(results: Record<string, Result>): string {
  const names = [...Object.keys(TARGETS).filter((n) => n in results), ...Object.keys(results).filter((n) => !(n in TARGETS))];
  const rows = names.map((name) => {
    const r = results[name]!;
    const t = TARGETS[name];
    const f = figure(r);
    const met = t?.met(r);
    const verdict = met === undefined || met === null ? 'no target' : met ? 'met' : '**missed**';
    return `| \`${name}\`: ${t?.what ?? ''} | ${f.value} | ${f.runs} | ${f.baseline} | ${f.ratio} | ${t?.target ?? ''} | ${verdict} | ${t?.peer ?? ''} |`;
  });
  return [
    '| case | median (min–max), or size | runs | baseline median | ratio | target | met? | peer on the same data (source) |',
    '|---|---|---|---|---|---|---|---|', ...rows,
  ].join('\n');
}

function replaceBetween(text: string, start: string, end: string, body: string): string {
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return text;
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

/** Merges this run's cases into `bench/results.json` and the tables of `bench/README.md` and the top-level README. */
export function writeResults(): void {
  if (!existsSync(RUNS_DIR)) return;
  const resultsPath = resolve(BENCH_DIR, 'results.json');
  const results: Record<string, Result> = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
  const readmePath = resolve(BENCH_DIR, 'README.md');
  let readme = readFileSync(readmePath, 'utf8');
  // A run of some cases keeps the notes of the others from the list it replaces.
  const notes: Record<string, string> = {};
  const previous = readme.slice(readme.indexOf(NOTES_START), readme.indexOf(NOTES_END));
  for (const m of previous.matchAll(/^- `([^`]+)`: (.+)$/gm)) notes[m[1]!] = m[2]!;
  for (const f of readdirSync(RUNS_DIR).filter((n) => n.endsWith('.json'))) {
    const { name, result, note } = JSON.parse(readFileSync(resolve(RUNS_DIR, f), 'utf8'));
    results[name] = result;
    notes[name] = note;
  }
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  const stamp = `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, headless Chromium on this machine.`;
  const table = `${stamp}\n\n${resultsTable(results)}`;
  readme = replaceBetween(readme, START, END, table);
  readme = replaceBetween(readme, NOTES_START, NOTES_END, Object.entries(notes).map(([n, note]) => `- \`${n}\`: ${note}`).join('\n'));
  writeFileSync(readmePath, readme);
  if (existsSync(README)) writeFileSync(README, replaceBetween(readFileSync(README, 'utf8'), START, END, table));
  rmSync(RUNS_DIR, { recursive: true, force: true });
}
