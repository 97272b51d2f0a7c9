#!/usr/bin/env -S node --no-regexp-tier-up
// Thin launcher: the program itself is compiled TypeScript in dist/ (built by `npm install` via the prepare script).
// The flag (in force when this file runs as a program: `chartpath`, `npx chartpath`, `./bin/chartpath.js`): V8
// compiles a regular expression to machine code on its first use, instead of to bytecode first and again to machine
// code on its second. A one-off `ask` compiles a few hundred expressions and starts about 20 ms sooner that way
// (`npm run bench`). It cannot be set from here: v8.setFlagsFromString with it crashed 1 start in about 45.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Built-ins by require, not import: Node's ES module view of fs reads every export on creation, and the ReadStream
// getter loads all of node:stream, several milliseconds of a one-off `ask`.
const require = createRequire(import.meta.url);
const { existsSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('ChartPath is not built yet. Run `npm install` (or `npm run build`) in the project folder first.\n');
  process.exit(1);
}

/**
 * The build's one-file script of a plain `ask` (scripts/bundle-cli.mjs), while every file it was made from is as it
 * was then; after a `tsc` alone it is stale, and the compiled files run as they are. CHARTPATH_UNBUNDLED=1 runs the
 * compiled files anyway (the tests that check which source modules a command loads).
 */
function askScript() {
  if (process.argv[2] !== 'ask' || process.env.CHARTPATH_UNBUNDLED === '1') return undefined;
  try {
    const root = new URL('../', import.meta.url);
    const { inputs } = JSON.parse(readFileSync(new URL('dist/src/cli-bundle/inputs.json', root), 'utf8'));
    const fresh = inputs.every(([file, mtimeMs, size]) => {
      const s = statSync(new URL(file, root));
      return s.mtimeMs === mtimeMs && s.size === size;
    });
    return fresh ? fileURLToPath(new URL('dist/src/cli-bundle/ask.cjs', root)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the script as Node runs a CommonJS file, but through node:vm, so that V8 can take its compiled code from the
 * cache beside it (ask.cache) and, when the build asks (CHARTPATH_WRITE_CODE_CACHE=1), write that cache at exit with
 * every function this run compiled. V8 ignores a cache made by another Node or with other flags.
 */
function runScript(vm, file) {
  const cacheFile = file.replace(/\.cjs$/, '.cache');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet (or no build step made one): compiled as it runs.
  }
  const source = readFileSync(file, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  // LOG_LEVEL=debug says how the script started (the tests read it; process.stderr costs a start nothing else).
  if (process.env.LOG_LEVEL === 'debug') {
    const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
    process.stderr.write(`chartpath: ask script ${file}, code cache ${cache}\n`);
  }
  if (process.env.CHARTPATH_WRITE_CODE_CACHE === '1') {
    process.once('exit', () => {
      writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
      renameSync(`${cacheFile}.tmp`, cacheFile);
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, require('node:path').dirname(file));
  return module.exports;
}

const script = askScript();
const answered = script !== undefined && (await runScript(require('node:vm'), script).runPlainAsk(process.argv.slice(2)));
if (!answered) await import(entry.href);
