// Runs built programs as a user would (npm test builds them first): the `chartpath` command, or any script.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { repoRoot } from './core.js';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string;
  env?: Record<string, string>;
  cwd?: string;
  /** Start from an empty environment (PATH only) instead of this process's, so no setting leaks in. */
  cleanEnv?: boolean;
}

export function runScript(script: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const base = options.cleanEnv ? { PATH: process.env.PATH ?? '' } : { ...process.env, NO_COLOR: '1', LOG_LEVEL: '' };
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...base, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return runScript(path.join(repoRoot, 'bin', 'chartpath.js'), args, options);
}

/**
 * `chartpath` run in a fresh data folder (removed after the file's tests) with only the environment given: no
 * setting of this process leaks in, and no colour.
 */
export function cliInTempDir(prefix: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const run = (args: string[], env: Record<string, string> = {}, input?: string) =>
    runCli(args, { cleanEnv: true, cwd: dataDir, env: { DATA_DIR: dataDir, NO_COLOR: '1', ...env }, ...(input === undefined ? {} : { input }) });
  return { dataDir, run };
}
