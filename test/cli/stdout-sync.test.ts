// `ask --json "..."` writes its line straight to file descriptor 1 (src/cli/stdout-sync.ts): all of it, however slowly
// the reader reads, and a reader that went away ends the writing quietly, as a shell pipeline expects.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/core.js';

const module = pathToFileURL(path.join(repoRoot, 'dist', 'src', 'cli', 'stdout-sync.js')).href;

describe('writing the answer to standard output', () => {
  it('writes every byte to a pipe, in order, also when the reader is slower than the writer', async () => {
    // 4 MB is many times a pipe's buffer: the writer has to wait for the reader again and again.
    const code = `const { stdoutSync } = await import(${JSON.stringify(module)}); const line = 'é'.repeat(1 << 21) + '\\n'; stdoutSync.write(line);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read slowly: pause after each chunk.
    child.stdout.on('data', (d: Buffer) => {
      chunks.push(d);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.length).toBe((1 << 21) + 1);
    expect(text).toBe('é'.repeat(1 << 21) + '\n');
  });

  it('waits and writes on when a non-blocking pipe is full (EAGAIN), as when a parent made its end non-blocking', () => {
    // Node makes its children's pipes blocking, so the parent here is Python: a pipe set non-blocking, read slowly.
    const code = `const { stdoutSync } = await import(${JSON.stringify(module)}); stdoutSync.write('y'.repeat(1 << 20));`;
    const parent = [
      'import os, subprocess, sys, time',
      'r, w = os.pipe()',
      'os.set_blocking(w, False)',
      `p = subprocess.Popen([sys.argv[1], '--input-type=module', '-e', sys.argv[2]], stdout=w, stderr=subprocess.PIPE)`,
      'os.close(w)',
      'n = 0',
      'while True:',
      '    time.sleep(0.002)',
      '    b = os.read(r, 65536)',
      '    if not b: break',
      '    n += len(b)',
      'err = p.communicate()[1].decode()',
      'print(n, p.returncode, err.strip())',
    ].join('\n');
    const run = spawnSync('python3', ['-c', parent, process.execPath, code], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(`${1 << 20} 0`);
  });

  it('a reader that closes the pipe early ends the writing quietly, exit code 0 (`chartpath ask --json ... | head -c 5`)', () => {
    const code = `const { stdoutSync } = await import(${JSON.stringify(module)}); stdoutSync.write('x'.repeat(1 << 22)); process.stderr.write('done');`;
    const script = `"${process.execPath}" --input-type=module -e "$CODE" | head -c 5; echo " \${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, CODE: code } });
    expect(run.stdout).toBe('xxxxx 0\n');
    expect(run.stderr).toBe('done');
  });
});
