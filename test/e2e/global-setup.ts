import { existsSync } from 'node:fs';
import { DIST_DIR } from './support/server';
import { chromePath } from './support/browser';

/** Browser tests need a build and a system Chromium; say so plainly when either is missing. */
export default function setup(): void {
  if (!existsSync(`${DIST_DIR}/index.html`)) throw new Error('No build: run `npm run test:e2e` (it builds first)');
  chromePath();
}
