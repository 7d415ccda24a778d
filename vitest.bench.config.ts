import { defineConfig } from 'vitest/config';

// `npm run bench`: drives the built app in headless Chromium; one case file at a time.
export default defineConfig({
  test: {
    include: ['bench/cases/**/*.measure.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['bench/support/global-setup.ts'],
  },
});
