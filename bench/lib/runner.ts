// Spawns one worker process per system (one at a time, so a run uses at most two cores: the worker's
// JavaScript thread plus V8's helpers) and formats the results.
import { spawn } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYSTEM_NAMES, type SystemName, type Task } from './systems.js';

/** Systems to run: all, or the comma-separated BENCH_SYSTEMS (e.g. BENCH_SYSTEMS=chartpath). */
export function selectedSystems(): SystemName[] {
  const wanted = process.env.BENCH_SYSTEMS?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!wanted?.length) return [...SYSTEM_NAMES];
  const unknown = wanted.filter((w) => !(SYSTEM_NAMES as readonly string[]).includes(w));
  if (unknown.length) throw new Error(`unknown system(s) in BENCH_SYSTEMS: ${unknown.join(', ')} (known: ${SYSTEM_NAMES.join(', ')})`);
  return wanted as SystemName[];
}

export function runWorker(task: Task, system: SystemName): Promise<Record<string, unknown>> {
  const here = fileURLToPath(import.meta.url);
  const worker = fileURLToPath(new URL(`./worker${extname(here)}`, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, worker, task, system], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', UV_THREADPOOL_SIZE: '2' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) {
        reject(new Error(`${system} failed (exit ${code}): ${err.trim() || out.trim()}`));
        return;
      }
      resolve(JSON.parse(last) as Record<string, unknown>);
    });
  });
}

/** A plain-text table with right-aligned number columns. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const pct = (x: unknown, digits = 1) => (typeof x === 'number' ? (100 * x).toFixed(digits) : '-');
export const num = (x: unknown, digits = 0) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : '-');
export const ratio = (peer: unknown, base: unknown) =>
  typeof peer === 'number' && typeof base === 'number' && base !== 0 ? `${(peer / base).toFixed(2)}x` : '-';

export function machine(): string {
  return `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}`;
}
