/**
 * Fixed-size bit sets over dense indices 0…n−1, packed 32 to a word. Distinct counting over a
 * code tree becomes OR-ing children into parents and counting bits, with no per-item hashing.
 */
export type Bitset = Uint32Array;

/** An empty set able to hold indices 0…size−1. */
export function createBitset(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32));
}

/** Adds `index` to the set (0 ≤ index < size). */
export function setBit(set: Bitset, index: number): void {
  set[index >>> 5] = (set[index >>> 5] as number) | (1 << (index & 31));
}

/** Whether `index` is in the set. */
export function hasBit(set: Bitset, index: number): boolean {
  return (((set[index >>> 5] as number) >>> (index & 31)) & 1) === 1;
}

/** `target |= source`; both must have the same size. */
export function orInto(target: Bitset, source: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) | (source[i] as number);
}

/** Number of indices in the set. */
export function countBits(set: Bitset): number {
  let total = 0;
  for (let i = 0; i < set.length; i++) total += popcount(set[i] as number);
  return total;
}

/** Size of the intersection of two same-sized sets, without building it. */
export function countAnd(a: Bitset, b: Bitset): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += popcount((a[i] as number) & (b[i] as number));
  return total;
}

/** Calls `visit` with each index in the set, ascending. */
export function forEachBit(set: Bitset, visit: (index: number) => void): void {
  for (let w = 0; w < set.length; w++) {
    let word = set[w] as number;
    while (word !== 0) {
      const low = word & -word;
      visit(w * 32 + (31 - Math.clz32(low)));
      word ^= low;
    }
  }
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
