// bin/chartpath.js: it runs the build's bundle (scripts/bundle-cli.mjs) only while every compiled file the bundle was
// made from is unchanged, else the compiled files themselves. Tried on a stand-in folder: a copy of the launcher, a
// "compiled" main.js and a "bundled" one that each say which they are.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli.js';
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
writeFileSync(path.join(dir, 'dist', 'src', 'cli-bundle', 'main.js'), "process.stdout.write('bundled');\n");
const inputs = path.join(dir, 'dist', 'src', 'cli-bundle', 'inputs.json');

/** The bundle's record of its inputs, as the build writes it: each file's path, modification time and size. */
function recordInputs(): void {
  const s = statSync(compiled);
  writeFileSync(inputs, JSON.stringify({ inputs: [['dist/src/cli/main.js', s.mtimeMs, s.size]] }));
}

const launch = async (env: Record<string, string> = {}, args = ['ask', 'what is the rhit']) =>
  (await runScript(path.join(dir, 'bin', 'chartpath.js'), args, { env: { CHARTPATH_UNBUNDLED: '', ...env } })).stdout;

describe('the launcher', () => {
  it('runs `ask` from the bundle while the files it was made from are unchanged; any other command from the compiled files', async () => {
    recordInputs();
    expect(await launch()).toBe('bundled');
    expect(await launch({ CHARTPATH_UNBUNDLED: '1' })).toBe('compiled');
    // `start` loads the adapters by a path relative to its own file, which the bundle would move.
    expect(await launch({}, ['start'])).toBe('compiled');
    expect(await launch({}, [])).toBe('compiled');
  });

  it('runs the compiled files once one of them changed (a tsc since the bundle), or without a record', async () => {
    recordInputs();
    const later = new Date(statSync(compiled).mtimeMs + 5000);
    utimesSync(compiled, later, later);
    expect(await launch()).toBe('compiled');
    recordInputs();
    writeFileSync(compiled, "process.stdout.write('compiled');  \n");
    expect(await launch()).toBe('compiled');
    rmSync(inputs);
    expect(await launch()).toBe('compiled');
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
