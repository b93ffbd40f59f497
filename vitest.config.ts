import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The browser suite starts Chromium; keep it out of the default parallel pool.
    fileParallelism: true,
  },
});
