// bin/chartpath.js: it runs the build's one-file script of a plain `ask` (scripts/bundle-cli.mjs) only while every
// compiled file the script was made from is unchanged, else the compiled files themselves; it runs the script with
// V8's code cache beside it. Tried on a stand-in folder: a copy of the launcher, a "compiled" main.js and a script that
// each say which they are (the script answers only an `ask` with a question, as the real one does).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runScript } from '../helpers/cli.js';
import { repoRoot } from '../helpers/core.js';

const dir = mkdtempSync(path.join(tmpdir(), 'chartpath-launcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(path.join(dir, 'bin'));
mkdirSync(path.join(dir, 'dist', 'src', 'cli'), { recursive: true });
mkdirSync(path.join(dir, 'dist', 'src', 'cli-bundle'), { recursive: true });
copyFileSync(path.join(repoRoot, 'bin', 'chartpath.js'), path.join(dir, 'bin', 'chartpath.js'));
writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
const compiled = path.join(dir, 'dist', 'src', 'cli', 'main.js');
writeFileSync(compiled, "process.stdout.write('compiled');\n");
const script = path.join(dir, 'dist', 'src', 'cli-bundle', 'ask.cjs');
writeFileSync(script, "exports.runPlainAsk = async (argv) => { if (argv.length < 2) return false; process.stdout.write('script ' + __filename.endsWith('ask.cjs')); return true; };\n");
const cache = path.join(dir, 'dist', 'src', 'cli-bundle', 'ask.cache');
const inputs = path.join(dir, 'dist', 'src', 'cli-bundle', 'inputs.json');

/** The script's record of its inputs, as the build writes it: each file's path, modification time and size. */
function recordInputs(): void {
  const s = statSync(compiled);
  writeFileSync(inputs, JSON.stringify({ inputs: [['dist/src/cli/main.js', s.mtimeMs, s.size]] }));
}

const launch = async (env: Record<string, string> = {}, args = ['ask', 'what is the rhit']) =>
  await runScript(path.join(dir, 'bin', 'chartpath.js'), args, { env: { CHARTPATH_UNBUNDLED: '', ...env } });
const said = async (env: Record<string, string> = {}, args?: string[]) => (await launch(env, args)).stdout;

describe('the launcher', () => {
  it('runs a plain `ask` from the script while the files it was made from are unchanged; anything else from the compiled files', async () => {
    recordInputs();
    expect(await said()).toBe('script true');
    expect(await said({ CHARTPATH_UNBUNDLED: '1' })).toBe('compiled');
    // `start` loads the adapters by a path relative to its own file, which the script would move.
    expect(await said({}, ['start'])).toBe('compiled');
    expect(await said({}, [])).toBe('compiled');
    // An `ask` the script does not take (no question here) goes on to the compiled files.
    expect(await said({}, ['ask'])).toBe('compiled');
  });

  it('runs the compiled files once one of them changed (a tsc since the build), or without a record', async () => {
    recordInputs();
    const later = new Date(statSync(compiled).mtimeMs + 5000);
    utimesSync(compiled, later, later);
    expect(await said()).toBe('compiled');
    recordInputs();
    writeFileSync(compiled, "process.stdout.write('compiled');  \n");
    expect(await said()).toBe('compiled');
    rmSync(inputs);
    expect(await said()).toBe('compiled');
  });

  it('writes the code cache when the build asks, and V8 takes it on the next start; a damaged cache is only ignored', async () => {
    recordInputs();
    rmSync(cache, { force: true });
    expect((await launch({ LOG_LEVEL: 'debug' })).stderr).toContain('code cache none');
    expect(existsSync(cache)).toBe(false);
    expect((await launch({ CHARTPATH_WRITE_CODE_CACHE: '1' })).stdout).toBe('script true');
    expect(existsSync(cache)).toBe(true);
    const next = await launch({ LOG_LEVEL: 'debug' });
    expect(next.stderr).toContain('code cache used');
    expect(next.stdout).toBe('script true');
    writeFileSync(cache, 'not a code cache');
    const damaged = await launch({ LOG_LEVEL: 'debug' });
    expect(damaged.stderr).toContain('code cache rejected');
    expect(damaged.stdout).toBe('script true');
  });

  it("the build's script answers as the compiled files do, and the build's cache is taken when run as a program", async (ctx) => {
    const built = path.join(repoRoot, 'dist', 'src', 'cli-bundle', 'ask.cjs');
    if (!existsSync(built)) ctx.skip(); // built without esbuild (no dev dependencies): nothing to compare
    const q = ['ask', '--json', 'how long is the cca exam?'];
    const env = { DATA_DIR: path.join(dir, 'data'), CHARTPATH_UNBUNDLED: '' };
    const viaScript = await runCli(q, { env: { ...env, LOG_LEVEL: 'debug' } });
    expect(viaScript.stderr).toContain('ask script');
    const compiledRun = await runCli(q, { env: { ...env, CHARTPATH_UNBUNDLED: '1' } });
    expect(JSON.parse(viaScript.stdout).answer).toBe(JSON.parse(compiledRun.stdout).answer);
    const asProgram = spawnSync(path.join(repoRoot, 'bin', 'chartpath.js'), q, { encoding: 'utf8', env: { ...process.env, ...env, LOG_LEVEL: 'debug' } });
    expect(asProgram.status).toBe(0);
    expect(asProgram.stderr).toContain('code cache used');
  });

  it('run as a program (`chartpath`, `npx chartpath`), starts Node with the flag that compiles regular expressions once', () => {
    // A stand-in that prints the flags Node was started with; the launcher itself runs, through its shebang.
    const own = mkdtempSync(path.join(tmpdir(), 'chartpath-launcher-flags-'));
    try {
      mkdirSync(path.join(own, 'bin'));
      mkdirSync(path.join(own, 'dist', 'src', 'cli'), { recursive: true });
      copyFileSync(path.join(repoRoot, 'bin', 'chartpath.js'), path.join(own, 'bin', 'chartpath.js'));
      chmodSync(path.join(own, 'bin', 'chartpath.js'), 0o755);
      writeFileSync(path.join(own, 'package.json'), '{"type":"module"}');
      writeFileSync(path.join(own, 'dist', 'src', 'cli', 'main.js'), 'process.stdout.write(JSON.stringify(process.execArgv));\n');
      const run = spawnSync(path.join(own, 'bin', 'chartpath.js'), ['ask', 'what is the rhit'], { encoding: 'utf8', env: { ...process.env, CHARTPATH_UNBUNDLED: '1' } });
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toContain('--no-regexp-tier-up');
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
