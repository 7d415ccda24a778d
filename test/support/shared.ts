import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the project root: the REFI-QDA files and benchmark data. */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

/**
 * Whether tests that read `../shared` can run. Outside this workspace they skip with a message;
 * under CI=true a missing folder is a failure, so CI never passes by skipping.
 */
export function sharedAvailable(): boolean {
  if (existsSync(SHARED_DIR)) return true;
  if (process.env.CI === 'true') throw new Error(`../shared not found at ${SHARED_DIR}; CI needs it`);
  console.warn(`[skip] ../shared not found at ${SHARED_DIR}: tests that need it are skipped`);
  return false;
}

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}
