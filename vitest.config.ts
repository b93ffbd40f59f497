import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // fast-check's seed is fixed under CI (test/setup/fast-check.ts says why).
    setupFiles: ['test/setup/fast-check.ts'],
    // Each file in its own forked process (native modules, process-wide state such as umask and signals stay apart).
    pool: 'forks',
    fileParallelism: true,
    // Vitest's default is one worker fewer than the cores: on this project's 2-core machines (and CI's) that is ONE,
    // and the files ran one after another. Two keep both cores busy without oversubscribing them: the end-to-end
    // files start child processes of their own (builds, Chromium), which take the rest.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Budgets for a loaded machine (another CPU-heavy process beside the suite): a test's work is bounded by its
    // size, never by time, so a generous limit only decides how long a hung test takes to be reported.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
