// `npm run build` (after tsc): the compiled command line, dist/src/cli/main.js and everything it imports, bundled by
// esbuild into dist/src/cli-bundle/. Loading some ninety modules one by one (resolve, read, compile, link each) was
// about a tenth of a one-question start; the bundle is a few files. Each dynamic import stays a chunk of its own, loaded
// only when that command runs, and packages stay in node_modules, so a command still loads only what it needs.
//
// The bundle is only a faster way to load the same compiled code. bin/chartpath.js runs `ask` from it (no other
// command: `start` finds the adapters by a path relative to its own file, which the bundle moves) while every compiled
// file it was made from is unchanged (inputs.json: size and modification time of each), and dist/src/cli/main.js
// otherwise (after a plain `tsc`, say). Without esbuild (an install without dev dependencies) there is no bundle, and
// nothing else changes. It lives under dist/src/ so that what the modules find above them (import.meta.url) is the same.
import { rmSync, statSync, writeFileSync } from 'node:fs';
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

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['dist/src/cli/main.js'],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outdir,
  metafile: true,
  logLevel: 'warning',
});

const inputs = Object.keys(result.metafile.inputs).map((file) => {
  const s = statSync(path.join(root, file));
  return [file, s.mtimeMs, s.size];
});
writeFileSync(path.join(outdir, 'inputs.json'), JSON.stringify({ inputs }));
