// Runs an ES module script in a child node, waits for its first output line ("ready"), lets it work for a while,
// then kills it with SIGKILL: a crash in the middle of writes, for the stores' durability tests.
import { spawn } from 'node:child_process';

export async function killMidRun(script: string, runMs = 400): Promise<void> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  await new Promise((r) => setTimeout(r, runMs));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
}
