import type { CaseResult, SizeResult } from './stats';

type Result = CaseResult | SizeResult;

/** What a case is held to (issue 15), and a peer's figure on the same data where one exists. */
export interface Target {
  /** One line: what is timed, for the README tables. */
  what: string;
  /** The target in words. */
  target: string;
  /** Whether a result meets it; null when the case has no target. */
  met: (r: Result) => boolean | null;
  /** A peer's figure on the same data, with where it comes from. */
  peer?: string;
}

const timed = (r: Result): CaseResult => {
  if (!('median_ms' in r)) throw new Error('a timed target was given a size');
  return r;
};
const size = (r: Result): SizeResult => {
  if (!('value' in r)) throw new Error('a size target was given a timed case');
  return r;
};
const medianAtMost = (ms: number) => (r: Result) => timed(r).median_ms <= ms;
const ratioAtMost = (x: number) => (r: Result) => timed(r).ratio <= x;
const valueAtMost = (v: number) => (r: Result) => size(r).value <= v;

/** Taguette 1.5.2 beside Verbatim in one run on this machine, the tools alternating run by run (issue 15). */
const ISSUE = 'Taguette 1.5.2, issue 15 (same run as Verbatim, from navigation)';
/** Taguette and in-browser approaches measured on the same data (`../shared/bench/README.md`). */
const SHARED = '`../shared/bench/README.md`';
/** Taguette's text-only open from navigation in issue 15's run: the yardstick of two targets. */
const TAGUETTE_TEXT_OPEN_MS = 727;

export const TARGETS: Record<string, Target> = {
  'cold-start': {
    what: 'navigation → the projects screen interactive; median with an empty cache, baseline with a warm one',
    target: '≤ 1,000 ms empty cache, ≤ 300 ms warm (baseline)',
    met: (r) => timed(r).median_ms <= 1000 && timed(r).baseline_median_ms <= 300,
  },
  'initial-js': {
    what: 'JavaScript loaded before the projects screen is interactive, gzipped',
    target: '≤ 150 KB', met: valueAtMost(150),
  },
  'nav-open-text': {
    what: 'navigation to a transcript\'s address → its text painted (100k characters, 1,000 codings in the project)',
    target: `≤ ${TAGUETTE_TEXT_OPEN_MS / 2} ms (0.5 × Taguette's ${TAGUETTE_TEXT_OPEN_MS} ms)`, met: medianAtMost(TAGUETTE_TEXT_OPEN_MS / 2),
    peer: `${TAGUETTE_TEXT_OPEN_MS} ms (${ISSUE}); 153 ms for a static page of the text alone (${SHARED})`,
  },
  'nav-open-1000': {
    what: 'navigation to the transcript\'s address → its 1,000 highlights painted',
    target: `≤ ${TAGUETTE_TEXT_OPEN_MS} ms (Taguette's text-only open)`, met: medianAtMost(TAGUETTE_TEXT_OPEN_MS),
    peer: `16,860 ms (${ISSUE}); 8,361 ms in another run (${SHARED})`,
  },
  'open-1000': {
    what: 'click → the 100k-character transcript with its 1,000 highlights painted',
    target: '≤ 1.2 × text-only (baseline)', met: ratioAtMost(1.2),
    peer: `plain \`<mark>\` wrapping 74 ms, @recogito/text-annotator 264 ms, from DOM construction (${SHARED})`,
  },
  'open-5000': {
    what: 'click → the same transcript with 5,000 codings painted',
    target: '≤ 1.5 × text-only (baseline)', met: ratioAtMost(1.5),
  },
  'scroll-100k': {
    what: 'scroll the 5,000-coding transcript top to bottom: worst long animation frame of each run',
    target: 'no long animation frame over 50 ms (max)', met: (r) => timed(r).max_ms <= 50,
  },
  'apply-code': {
    what: 'key 1 on a selection → the first frame showing the coding',
    target: '≤ 16 ms', met: medianAtMost(16),
  },
  'apply-code-durable': {
    what: 'key 1 on a selection → the coding stored (its write committed in IndexedDB)',
    target: '≤ 50 ms', met: medianAtMost(50),
    peer: `80 ms (${ISSUE}: add one coding until stored)`,
  },
  'codings-csv-1000': {
    what: 'click → the CSV of the 1,147 codings on the benchmark transcript handed to the browser as a file',
    target: '≤ 160 ms (Taguette\'s)', met: medianAtMost(160),
    peer: `160 ms (${ISSUE}); 125 ms in another run (${SHARED})`,
  },
  'count-after-coding-50k': {
    what: 'key 1 on a selection, 50,000 codings → the codebook count one higher',
    target: '< 250 ms', met: medianAtMost(250),
  },
  'open-project-50k': {
    what: 'a project of 50,000 codings opened by its address → the codebook shows its counts',
    target: '≤ 1.5 × baseline (500 codings)', met: ratioAtMost(1.5),
  },
  'heap-study': {
    what: 'JS heap of the page (after a garbage collection) with the 50,000-coding study and its largest transcript open',
    target: '≤ 300 MB', met: valueAtMost(300),
  },
  'segments-filter': {
    what: 'coded-segments table of the 50,000-coding study filtered to one code (about 1,000 rows): change → rows shown',
    target: '≤ 100 ms', met: medianAtMost(100),
  },
  'quotes-export-50k': {
    what: 'anonymised quotes CSV of the 50,000-coding study (every code), 500 redaction terms: click → file',
    target: '≤ 3,000 ms, page responsive', met: medianAtMost(3000),
  },
  'qdpx-export': {
    what: 'the 50,000-coding study exported as .qdpx: click → file',
    target: '≤ 5,000 ms', met: medianAtMost(5000),
  },
  'import-200': {
    what: '200 generated .txt transcripts of about 100,000 characters through the file input → every one imported',
    target: '≤ 10,000 ms, progress shown throughout', met: medianAtMost(10_000),
  },
  'import-200-longest-task': {
    what: 'the longest main-thread task during `import-200` (worst run)',
    target: '≤ 100 ms', met: valueAtMost(100),
  },
  'backup-study': {
    what: 'back up the 200-transcript, 50,000-coding study (a .verbatim file)',
    target: '< 5,000 ms', met: medianAtMost(5000),
  },
  'restore-study': {
    what: 'choose that .verbatim file, preview it, restore it',
    target: '< 5,000 ms', met: medianAtMost(5000),
  },
  'frequencies-50k': {
    what: 'frequency table re-broken by an attribute, 50,000 codings, warm',
    target: '< 100 ms', met: medianAtMost(100),
  },
  'attribute-matrix-50k': {
    what: 'code × attribute heatmap switched to another attribute, 50,000 codings, warm',
    target: '< 100 ms', met: medianAtMost(100),
  },
  'cooccurrence-50k': {
    what: 'co-occurrence switched between overlap and speaker turn, 50,000 codings, warm',
    target: '< 300 ms', met: medianAtMost(300),
  },
  'agreement-core-200': {
    what: 'every agreement statistic, character unit, 2 coders × 200 transcripts × 50 codes, CPU time in Node (no browser)',
    target: 'well under 2,000 ms of CPU', met: medianAtMost(2000),
  },
  'qdpx-import-20mb': {
    what: 'a REFI-QDA project of 20 MB of data (5.1 MB zip) opened and stored',
    target: '< 5,000 ms', met: medianAtMost(5000),
  },
  'qdpx-import-20mb-zip': {
    what: 'a 20 MB .qdpx (78 MB inflated, 97,000 codings) opened and stored',
    target: '≤ 5,000 ms', met: medianAtMost(5000),
  },
};
