// fatal.ts: how the command line ends on an error nothing else handled. Each case runs in a child process, since the
// function ends the process: code 2 and the message alone for what the person can fix, code 1 and one line otherwise.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/core.js';

const dist = (file: string) => JSON.stringify(pathToFileURL(path.join(repoRoot, 'dist', 'src', file)).href);

function endWith(makeError: string, env: Record<string, string> = {}) {
  const code = `const { exitWithError } = await import(${dist('cli/fatal.js')}); const { ConfigError } = await import(${dist('config.js')}); const { StoreError } = await import(${dist('store/private-file.js')}); await exitWithError(${makeError});`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: '', ...env } });
}

describe('exitWithError', () => {
  it('a configuration or store problem: its message alone on stderr, exit code 2', () => {
    const config = endWith("new ConfigError(['PORT must be a number'])");
    expect(config.status).toBe(2);
    expect(config.stderr).toBe('Configuration problem:\n  - PORT must be a number\n');
    const store = endWith("new StoreError('The data folder /x is a file, not a folder.')");
    expect(store.status).toBe(2);
    expect(store.stderr).toBe('The data folder /x is a file, not a folder.\n');
  });

  it('anything else: one "chartpath:" line, exit code 1; the stack only with LOG_LEVEL=debug', () => {
    const plain = endWith("new Error('boom')");
    expect(plain.status).toBe(1);
    expect(plain.stderr).toBe('chartpath: boom\n');
    const thrownString = endWith("'not an error object'");
    expect(thrownString.stderr).toBe('chartpath: not an error object\n');
    const debug = endWith("new Error('boom')", { LOG_LEVEL: 'debug' });
    expect(debug.stderr).toMatch(/^chartpath: boom\nError: boom\n\s+at /);
  });
});
