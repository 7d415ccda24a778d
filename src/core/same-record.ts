/**
 * Whether two stored records hold the same value: plain objects, arrays, strings, numbers,
 * booleans and null, compared deeply. A field that is absent equals one that is `undefined`,
 * as IndexedDB may keep either.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameRecord(v, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) if (!sameRecord(x[k], y[k])) return false;
  return true;
}
