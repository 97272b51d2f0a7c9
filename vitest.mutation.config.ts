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
      // One test file per core file (advisor.test.ts and compose.test.ts load the real knowledge base, a few seconds
      // each); the whole-conversation suites (conversations, understand, bad-input) are left to npm test.
      'test/core/advisor.test.ts',
      'test/core/ask-json.test.ts',
      'test/core/command-guard.test.ts',
      'test/core/command-refs.test.ts',
      'test/core/commands.test.ts',
      'test/core/compose.test.ts',
      'test/core/input.test.ts',
      'test/core/person-data.test.ts',
      'test/core/rate-limit.test.ts',
      'test/core/recent.test.ts',
      'test/core/sources.test.ts',
      'test/core/topics-browser.test.ts',
      'test/privacy/spans.test.ts',
    ],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
