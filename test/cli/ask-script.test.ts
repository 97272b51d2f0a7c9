// ask-script.ts: the entry of the build's one-file script. It answers a plain `ask` and says it did; any other command
// line it leaves alone (the launcher then runs the compiled files). Run in a child process: answering writes to fd 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/core.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-ask-script-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const entry = JSON.stringify(pathToFileURL(path.join(repoRoot, 'dist', 'src', 'cli', 'ask-script.js')).href);

function runPlainAsk(argv: string[]) {
  const code = `const { runPlainAsk } = await import(${entry}); const done = await runPlainAsk(${JSON.stringify(argv)}); process.stderr.write('returned ' + done);`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'error' } });
}

describe('runPlainAsk', () => {
  it('answers a plain ask as JSON on standard output and returns true', () => {
    const r = runPlainAsk(['ask', '--json', 'what is the rhit']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('returned true');
    expect(JSON.parse(r.stdout)).toMatchObject({ intent: 'rhit', answered: true });
  }, 60_000);

  it('returns false, having written nothing, for any other command line', () => {
    for (const argv of [['start'], ['ask', '--help'], ['ask'], []]) {
      const r = runPlainAsk(argv);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('returned false');
    }
  }, 60_000);
});
