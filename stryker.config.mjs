// Mutation testing (npm run mutation; not in CI: the earlier set took about fourteen minutes on two cores, the core
// files added since about thirty more on one). It changes the code one small edit at a time and checks that some
// test fails: a mutant that survives is behaviour no test pins. The set is the reply contract, the checklist, the
// shared adapter helpers, every behaviour file of the core and the PHI guard's span record; see README.md,
// "Development". One part alone: npx stryker run --concurrency 1 --mutate 'src/core/advisor.ts'. (The PHI detectors are measured by npm run bench:phi on labelled sets:
// each of their mutants would rerun those sets, hours in all.)
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // Per-test coverage (the vitest runner always measures it): each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/contract/**/*.ts',
    'src/checklist/**/*.ts',
    'adapters/shared/**/*.ts',
    // Every behaviour file of the core; options.ts (types) and phrases.ts (fixed text) have nothing to test.
    'src/core/**/*.ts',
    '!src/core/options.ts',
    '!src/core/phrases.ts',
    'src/privacy/spans.ts',
  ],
  // Static mutants (module-level constants) would need the whole set rerun for each one.
  ignoreStatic: true,
  concurrency: 2,
  // A mutant that loops (a split that never advances) is stopped after a few seconds, not the default's minute.
  timeoutMS: 5_000,
  ignorePatterns: ['dist', 'reports', 'coverage', 'scratch', 'eval/data', 'bench'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Stryker reads tsconfig.json through TypeScript's JavaScript API, which TypeScript 7 (the native compiler) no longer
  // has. Vitest transpiles the tests itself and nothing here needs project references rewritten, so none is given.
  tsconfigFile: '',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
