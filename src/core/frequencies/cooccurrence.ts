import type { Id, Segment, Turn } from '../model';
import { indexCodes, sortedTree, ancestorChain } from '../codebook/tree';
import { buildUniverse, type ReportInput } from './theme-sets';

/**
 * How two codes co-occur: `overlap` — coded on passages of the same document whose ranges
 * intersect (a passage coded with both counts, as a passage overlaps itself); `turn` — coded on
 * passages touching the same speaker turn.
 */
export type CooccurrenceMode = 'overlap' | 'turn';

export interface CooccurrenceOptions {
  /** Count a passage coded with a sub-code as coded with each of its ancestors too (default false). */
  includeDescendants?: boolean;
}

export interface CooccurrenceMatrix {
  mode: CooccurrenceMode;
  /** Codes in display order; row i and column i are `codeIds[i]`. */
  codeIds: Id[];
  codePaths: string[];
  /**
   * Symmetric. Off the diagonal: in `overlap` mode the number of distinct unordered pairs of
   * intersecting segments {s, t} (s = t allowed) with one coded with each code; in `turn` mode
   * the number of distinct turns touched by segments of both codes. The diagonal is the number
   * of distinct segments of the code, in both modes.
   */
  counts: number[][];
}

/**
 * The code co-occurrence matrix. `overlap` sweeps each document's segments sorted by start
 * with a list of still-open segments, so the work is O(n log n + intersecting pairs), not
 * O(n²). `turn` maps each segment to the turns it touches by binary search. Documents without
 * turns add nothing in `turn` mode.
 */
export function cooccurrenceMatrix(input: ReportInput, mode: CooccurrenceMode, options: CooccurrenceOptions = {}): CooccurrenceMatrix {
  const tree = sortedTree(indexCodes(input.codes));
  const n = tree.length;
  const segments = buildUniverse(input).segments;
  const codesOf = segmentCodes(input, segments, options.includeDescendants ?? false);
  const counter = pairCounter(n);
  segments.forEach((_s, i) => {
    const codes = codesOf[i] as number[];
    for (const c of codes) counter.diagonal[c] = (counter.diagonal[c] as number) + 1;
  });
  const byDocument = groupByDocument(segments, codesOf);
  if (mode === 'overlap') for (const list of byDocument.values()) sweepOverlaps(list, counter);
  else countTurns(input, byDocument, counter);
  return { mode, codeIds: tree.map((r) => r.code.id), codePaths: tree.map((r) => r.path), counts: counter.toRows() };
}

interface Coded {
  start: number;
  end: number;
  codes: number[];
}

/** Dense code indices (display order) on each segment, distinct; ancestors added on request. */
function segmentCodes(input: ReportInput, segments: readonly Segment[], withAncestors: boolean): number[][] {
  const index = indexCodes(input.codes);
  const position = new Map(sortedTree(index).map((r, i) => [r.code.id, i] as const));
  const expand = new Map<Id, number[]>();
  for (const [id] of position) {
    const chain = withAncestors ? ancestorChain(index, id).map((c) => c.id) : [id];
    expand.set(id, chain.map((c) => position.get(c) as number));
  }
  const segmentIndex = new Map(segments.map((s, i) => [s.id, i] as const));
  const out: number[][] = segments.map(() => []);
  for (const coding of input.codings) {
    const s = segmentIndex.get(coding.segmentId);
    const codes = expand.get(coding.codeId);
    if (s === undefined || !codes) continue;
    const list = out[s] as number[];
    for (const c of codes) if (!list.includes(c)) list.push(c);
  }
  return out;
}

function groupByDocument(segments: readonly Segment[], codesOf: readonly number[][]): Map<Id, Coded[]> {
  const out = new Map<Id, Coded[]>();
  segments.forEach((s, i) => {
    const codes = codesOf[i] as number[];
    if (codes.length === 0) return;
    const list = out.get(s.documentId) ?? [];
    list.push({ start: s.start, end: s.end, codes });
    out.set(s.documentId, list);
  });
  return out;
}

interface PairCounter {
  diagonal: Uint32Array;
  /** Starts a new unit (segment pair or turn): each code pair counts at most once per unit. */
  beginUnit(): void;
  add(a: number, b: number): void;
  toRows(): number[][];
}

/** Counts unordered code pairs per unit, stamping each pair so a unit counts it once. */
function pairCounter(n: number): PairCounter {
  const cells = new Uint32Array(n * n);
  const stamp = new Uint32Array(n * n);
  const diagonal = new Uint32Array(n);
  let unit = 0;
  return {
    diagonal,
    beginUnit() {
      unit += 1;
    },
    add(a, b) {
      if (a === b) return;
      const key = a < b ? a * n + b : b * n + a;
      if (stamp[key] === unit) return;
      stamp[key] = unit;
      cells[a * n + b] = (cells[a * n + b] as number) + 1;
      cells[b * n + a] = (cells[b * n + a] as number) + 1;
    },
    toRows: () => Array.from({ length: n }, (_r, i) => Array.from({ length: n }, (_c, j) => (i === j ? (diagonal[i] as number) : (cells[i * n + j] as number)))),
  };
}

/** Each segment with itself, then with every earlier-starting segment still open at its start. */
function sweepOverlaps(list: Coded[], counter: PairCounter): void {
  list.sort((a, b) => a.start - b.start || a.end - b.end);
  let open: Coded[] = [];
  for (const s of list) {
    countPair(s, s, counter);
    open = open.filter((t) => t.end > s.start);
    for (const t of open) if (t.start < s.end) countPair(t, s, counter);
    if (s.end > s.start) open.push(s);
  }
}

function countPair(s: Coded, t: Coded, counter: PairCounter): void {
  counter.beginUnit();
  for (const a of s.codes) for (const b of t.codes) counter.add(a, b);
}

function countTurns(input: ReportInput, byDocument: ReadonlyMap<Id, Coded[]>, counter: PairCounter): void {
  for (const text of input.texts) {
    const list = byDocument.get(text.documentId);
    if (!list || text.turns.length === 0) continue;
    const turns = [...text.turns].sort((a, b) => a.start - b.start);
    const codesInTurn = new Map<number, Set<number>>();
    for (const s of list) {
      for (const t of touchedTurns(turns, s)) {
        const set = codesInTurn.get(t) ?? new Set<number>();
        for (const c of s.codes) set.add(c);
        codesInTurn.set(t, set);
      }
    }
    for (const codes of codesInTurn.values()) {
      counter.beginUnit();
      const codeList = [...codes];
      for (const a of codeList) for (const b of codeList) counter.add(a, b);
    }
  }
}

/** Indices of the turns sharing text with the segment (an empty segment: the turn it sits in). */
function touchedTurns(turns: readonly Turn[], s: Coded): number[] {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((turns[mid] as Turn).end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < turns.length; i++) {
    const t = turns[i] as Turn;
    const touches = s.start === s.end ? t.start <= s.start && s.start < t.end : t.start < s.end;
    if (!touches) break;
    out.push(i);
  }
  return out;
}
