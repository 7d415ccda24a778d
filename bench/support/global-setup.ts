import { rmSync } from 'node:fs';
import { RUNS_DIR } from './stats';
import { writeResults } from './write-results';

export default function setup() {
  rmSync(RUNS_DIR, { recursive: true, force: true });
  return () => writeResults();
}
