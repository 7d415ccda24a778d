/** How much an origin stores against what the browser allows it, in bytes. */
export interface StorageUse {
  usage: number;
  quota: number;
}

/** Above this share of the quota the app warns that space is running out. */
export const NEARLY_FULL = 0.8;

const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB'] as const;

/** Bytes in decimal units (as file managers and the import limits show them): `950 kB`, `1.2 GB`. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0) return `${Math.round(value)} ${value === 1 ? 'byte' : 'bytes'}`;
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${UNITS[unit]}`;
}

/** `3.2 MB of 1.1 GB`, and whether the quota is nearly used up. */
export function describeStorageUse({ usage, quota }: StorageUse): { text: string; nearlyFull: boolean } {
  return { text: `${formatBytes(usage)} of ${formatBytes(quota)}`, nearlyFull: quota > 0 && usage / quota >= NEARLY_FULL };
}
