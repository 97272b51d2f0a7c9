#!/usr/bin/env -S node --no-regexp-tier-up
// Thin launcher: the program itself is compiled TypeScript in dist/ (built by `npm install` via the prepare script).
// The flag (in force when this file runs as a program: `chartpath`, `npx chartpath`, `./bin/chartpath.js`): V8
// compiles a regular expression to machine code on its first use, instead of to bytecode first and again to machine
// code on its second. A one-off `ask` compiles a few hundred expressions and starts about 20 ms sooner that way
// (`npm run bench`). It cannot be set from here: v8.setFlagsFromString with it crashed 1 start in about 45.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('ChartPath is not built yet. Run `npm install` (or `npm run build`) in the project folder first.\n');
  process.exit(1);
}

/**
 * The build's bundle of the same compiled code (scripts/bundle-cli.mjs), which loads faster, while every file it was
 * made from is as it was then; after a `tsc` alone it is stale, and the compiled files run as they are.
 * Only `ask` runs from it, the command scripts start most often: `start` finds the adapters by a path relative to its
 * own file (which the bundle moves), and the other commands gain little. CHARTPATH_UNBUNDLED=1 runs the compiled files
 * anyway (the tests that check which source modules a command loads).
 */
function bundled() {
  if (process.argv[2] !== 'ask' || process.env.CHARTPATH_UNBUNDLED === '1') return undefined;
  try {
    const root = new URL('../', import.meta.url);
    const { inputs } = JSON.parse(readFileSync(new URL('dist/src/cli-bundle/inputs.json', root), 'utf8'));
    const fresh = inputs.every(([file, mtimeMs, size]) => {
      const s = statSync(new URL(file, root));
      return s.mtimeMs === mtimeMs && s.size === size;
    });
    return fresh ? new URL('dist/src/cli-bundle/main.js', root) : undefined;
  } catch {
    return undefined;
  }
}

await import((bundled() ?? entry).href);
