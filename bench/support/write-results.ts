import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RUNS_DIR, type CaseResult } from './stats';

const BENCH_DIR = resolve(import.meta.dirname, '..');
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

/** Merges this run's cases into `bench/results.json` and the table in `bench/README.md`. */
export function writeResults(): void {
  if (!existsSync(RUNS_DIR)) return;
  const resultsPath = resolve(BENCH_DIR, 'results.json');
  const results: Record<string, CaseResult> = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
  const notes: Record<string, string> = {};
  for (const f of readdirSync(RUNS_DIR).filter((n) => n.endsWith('.json'))) {
    const { name, result, note } = JSON.parse(readFileSync(resolve(RUNS_DIR, f), 'utf8'));
    results[name] = result;
    notes[name] = note;
  }
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  const readmePath = resolve(BENCH_DIR, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  // A run of some cases keeps the descriptions of the others from the table it replaces.
  const previous = readme.slice(readme.indexOf(START), readme.indexOf(END));
  for (const m of previous.matchAll(/^\| `([^`]+)` \|(?:[^|]*\|){5} (.+) \|$/gm)) notes[m[1]!] ??= m[2]!;
  const rows = Object.entries(results).map(([name, r]) =>
    `| \`${name}\` | ${r.median_ms} | ${r.min_ms}–${r.max_ms} | ${r.runs} | ${r.baseline_median_ms} | ${r.ratio} |${notes[name] ? ` ${notes[name]} |` : ' |'}`);
  const table = [
    `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, headless Chromium on this machine.`, '',
    '| case | median ms | min–max ms | runs | baseline median ms | ratio | what is measured |',
    '|---|---|---|---|---|---|---|', ...rows,
  ].join('\n');
  const i = readme.indexOf(START);
  const j = readme.indexOf(END);
  if (i >= 0 && j > i) writeFileSync(readmePath, `${readme.slice(0, i + START.length)}\n${table}\n${readme.slice(j)}`);
  rmSync(RUNS_DIR, { recursive: true, force: true });
}
