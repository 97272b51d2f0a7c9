import { defineConfig } from 'vitest/config';

// The machine (and CI) has two cores: two workers keep the suite fast without starving the end-to-end tests.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
