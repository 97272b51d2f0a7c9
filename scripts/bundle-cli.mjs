// `npm run build` (after tsc): a plain `chartpath ask` (src/cli/ask-script.ts and everything it imports) bundled by
// esbuild into one classic script, dist/src/cli-bundle/ask.cjs, and V8's code cache for it, ask.cache.
//
// Why: scripts start `ask` more than anything else, once per question. Loading some ninety ES modules one by one
// (resolve, read, compile, link each) was about a tenth of such a start, and Node 20 compiles every ES module afresh in
// every process. The launcher runs this script through node:vm with the cache instead, so the functions a question
// needs arrive compiled (`npm run bench` measures the start against a bare `node -e 0`).
//
// The script is only a faster way to run the same compiled code. bin/chartpath.js runs it while every compiled file it
// was made from is unchanged (inputs.json: size and modification time of each), and dist/src/cli/main.js otherwise
// (after a plain `tsc`, say); every other command runs from the compiled files. Without esbuild (an install without
// dev dependencies) there is no script, and nothing else changes. It lives under dist/src/ so that what the code finds
// above itself (its own URL: paths.ts looks for package.json from there) is the same.
//
// The cache is made by the launcher itself: two questions in a scratch data folder, the second one writing
// ask.cache when it is done (CHARTPATH_WRITE_CODE_CACHE). So it is made by this Node, with the launcher's V8 flags; V8
// checks both when it reads a cache and ignores one that does not match (the script then runs as if there were none).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'src', 'cli-bundle');
rmSync(outdir, { recursive: true, force: true });

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('esbuild is not installed: the command line runs from dist/src/cli/main.js, unbundled.');
  process.exit(0);
}

// A classic script run through node:vm has no import() of its own (Node 20 gives one only as an experimental option,
// and loses it for code taken from the cache), so the script's dynamic imports of packages and built-ins become
// require calls: each such specifier is a one-line module that requires it, bundled in. (The static imports of
// packages are require calls already; those reached from the script are CommonJS packages.)
const requireDynamicImports = {
  name: 'require-dynamic-imports',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'required' } : undefined));
    build.onResolve({ filter: /.*/, namespace: 'required' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'required' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['dist/src/cli/ask-script.js'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outfile: path.join(outdir, 'ask.cjs'),
  // The code's own URL, as an ES module would see it (paths.ts and the natural loader start from it).
  define: { 'import.meta.url': '__chartpathScriptUrl' },
  banner: { js: "const __chartpathScriptUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [requireDynamicImports],
  metafile: true,
  logLevel: 'warning',
});

const output = Object.values(result.metafile.outputs)[0];
const left = output.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path);
if (left.length) {
  rmSync(outdir, { recursive: true, force: true });
  console.error(`scripts/bundle-cli.mjs: the ask script would keep import() of ${left.join(', ')}, which node:vm cannot run.`);
  process.exit(1);
}

// Only files: the one-line modules above are made here, not read from disk.
const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('required:')).map((file) => {
  const s = statSync(path.join(root, file));
  return [file, s.mtimeMs, s.size];
});
writeFileSync(path.join(outdir, 'inputs.json'), JSON.stringify({ inputs }));

// The code cache: the first question builds the scratch folder's knowledge bundle (code a start from a bundle never
// runs, so it stays out of the cache); the second one, started as a program so that the shebang's flags apply, writes it.
const scratch = mkdtempSync(path.join(tmpdir(), 'chartpath-code-cache-'));
try {
  const launcher = path.join(root, 'bin', 'chartpath.js');
  const env = { ...process.env, DATA_DIR: scratch, LOG_LEVEL: 'error', CHARTPATH_UNBUNDLED: '' };
  const ask = (question, extra = {}) => spawnSync(launcher, ['ask', '--json', question], { env: { ...env, ...extra }, stdio: ['ignore', 'ignore', 'inherit'] });
  const first = ask('how do I become a medical records clerk?');
  const second = ask('what does the rhit exam cost, and is it online?', { CHARTPATH_WRITE_CODE_CACHE: '1' });
  if (first.status !== 0 || second.status !== 0) console.log('The code cache could not be made: `ask` starts without it.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
