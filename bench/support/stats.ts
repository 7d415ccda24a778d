import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const RUNS_DIR = resolve(import.meta.dirname, '../.runs');

/** One benchmark case as written to `bench/results.json`. */
export interface CaseResult {
  median_ms: number;
  min_ms: number;
  max_ms: number;
  runs: number;
  baseline_median_ms: number;
  ratio: number;
}

/** A size written to `bench/results.json` (kilobytes of script, megabytes of heap, …). */
export interface SizeResult {
  value: number;
  unit: string;
}

/** Measured runs per case (after the warm-up run): BENCH_RUNS, else 7. */
export function benchRuns(): number {
  const n = Number(process.env.BENCH_RUNS ?? 7);
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not ${process.env.BENCH_RUNS}`);
  return n;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const round = (x: number) => Math.round(x * 100) / 100;

/** Summarises measured runs against a baseline measured in the same run. */
export function summarise(samples: number[], baseline: number[]): CaseResult {
  const med = median(samples);
  const base = median(baseline);
  return {
    median_ms: round(med), min_ms: round(Math.min(...samples)), max_ms: round(Math.max(...samples)),
    runs: samples.length, baseline_median_ms: round(base), ratio: round(base > 0 ? med / base : 0),
  };
}

function write(name: string, result: CaseResult | SizeResult, note: string): void {
  mkdirSync(RUNS_DIR, { recursive: true });
  writeFileSync(resolve(RUNS_DIR, `${name}.json`), JSON.stringify({ name, result, note }, null, 1));
}

/** Records a case for the teardown to merge into `bench/results.json`. */
export function recordCase(name: string, result: CaseResult, note: string): void {
  write(name, result, note);
  console.log(`[bench] ${name}: median ${result.median_ms} ms (baseline ${result.baseline_median_ms} ms, ratio ${result.ratio}) over ${result.runs} runs`);
}

/** Records a size for the teardown to merge into `bench/results.json`. */
export function recordSize(name: string, result: SizeResult, note: string): void {
  write(name, result, note);
  console.log(`[bench] ${name}: ${result.value} ${result.unit}`);
}
