import { defineConfig } from 'vitest/config';

// The unit tests of the code `npm run mutation` mutates (stryker.config.mjs): fast, no servers, no knowledge base, so
// that each mutant runs in about a second. The renderers' and end-to-end suites also cover this code, but they load
// the knowledge base for each run, which made one mutation run take most of an hour on two cores.
export default defineConfig({
  test: {
    include: [
      'test/contract/**/*.test.ts',
      'test/adapters/shared/**/*.test.ts',
      'test/checklist/**/*.test.ts',
      'test/core/command-guard.test.ts',
      'test/core/rate-limit.test.ts',
      'test/core/input.test.ts',
      'test/privacy/spans.test.ts',
    ],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
