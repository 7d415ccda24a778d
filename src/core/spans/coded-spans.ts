import type { Coding, Segment } from '../model';

/** One code on one passage, as drawn: a highlight in the text and a stripe in the margin. */
export interface CodedItem {
  segmentId: string;
  codingId: string;
  codeId: string;
  coderId: string;
  start: number;
  end: number;
  /** True while the write that created it has not committed yet. */
  pending?: boolean;
}

/**
 * Joins a document's segments with their codings into drawable items, sorted by start then end.
 * Codings whose segment is not in `segments` are ignored.
 */
export function codedItems(segments: readonly Segment[], codings: readonly Coding[]): CodedItem[] {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const items: CodedItem[] = [];
  for (const c of codings) {
    const s = byId.get(c.segmentId);
    if (!s) continue;
    items.push({ segmentId: s.id, codingId: c.id, codeId: c.codeId, coderId: c.coderId, start: s.start, end: s.end });
  }
  return items.sort(byPosition);
}

/** Order by start, then longer first, then code id, so lanes are stable between renders. */
export function byPosition(a: CodedItem, b: CodedItem): number {
  return a.start - b.start || b.end - a.end || (a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0);
}

/** Items that intersect `[start, end)`; `items` sorted by start. */
export function itemsInRange(items: CodedItem[], start: number, end: number): CodedItem[] {
  const out: CodedItem[] = [];
  for (const it of items) {
    if (it.start >= end) break;
    if (it.end > start) out.push(it);
  }
  return out;
}

/** Items covering the offset (a click, a caret): `start <= offset < end`. */
export function itemsAt(items: CodedItem[], offset: number): CodedItem[] {
  return items.filter((it) => it.start <= offset && offset < it.end);
}

/**
 * Assigns each item a stripe lane so that items overlapping in the text never share a lane
 * (greedy interval colouring: optimal for intervals). Returns lanes parallel to `items`
 * (which must be sorted by start) and how many lanes are needed.
 */
export function assignLanes(items: CodedItem[]): { lanes: number[]; laneCount: number } {
  const laneEnds: number[] = [];
  const lanes = items.map((it) => {
    let lane = laneEnds.findIndex((end) => end <= it.start);
    if (lane === -1) { lane = laneEnds.length; laneEnds.push(it.end); } else laneEnds[lane] = it.end;
    return lane;
  });
  return { lanes, laneCount: laneEnds.length };
}

/**
 * Stretches of text covered by two or more distinct codes, with how many: so overlaps can be
 * shown by more than colour (an underline and a count).
 */
export function overlapRuns(items: CodedItem[]): { start: number; end: number; count: number }[] {
  const events: [number, number, string][] = [];
  for (const it of items) { events.push([it.start, 1, it.codeId], [it.end, -1, it.codeId]); }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const active = new Map<string, number>();
  const runs: { start: number; end: number; count: number }[] = [];
  let prev = 0;
  for (const [pos, delta, code] of events) {
    if (pos > prev && active.size >= 2) {
      const last = runs[runs.length - 1];
      if (last && last.end === prev && last.count === active.size) last.end = pos;
      else runs.push({ start: prev, end: pos, count: active.size });
    }
    const n = (active.get(code) ?? 0) + delta;
    if (n === 0) active.delete(code); else active.set(code, n);
    prev = pos;
  }
  return runs;
}

/** Length of text covered by at least one item (code units), for coding progress. */
export function coveredLength(ranges: readonly { start: number; end: number }[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const r of sorted) {
    if (r.start > curEnd) { total += curEnd - curStart; curStart = r.start; curEnd = r.end; } else if (r.end > curEnd) curEnd = r.end;
  }
  return total + (curEnd - curStart);
}
