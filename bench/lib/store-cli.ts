// The maintainers' check of issue 14, exactly: four `chartpath checklist` processes at once mark the steps of the same
// 12 people (8 steps each, 96 marks; each process marks 2 steps of every person, one command per mark), then count
// the marks kept, and search every file of DATA_DIR for the people's ids. Run on PostgreSQL (DATABASE_URL) and on
// the lowdb file (where the lock makes a second process wait, then refuse: a refused mark is reported, never lost).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ChecklistService } from '../../src/checklist/service.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import type { Store } from '../../src/store/port.js';
import { PgStore } from '../../src/store/pg/pg-store.js';

export const CLI_PEOPLE = 12;
export const CLI_PROCESSES = 4;
const STEPS = 8; // coder-aapc for a high-school education has 8 steps
const person = (n: number) => `cliperson${String(n).padStart(2, '0')}`;

export interface CliResult {
  store: 'postgres' | 'lowdb';
  marks: number;
  acknowledged: number;
  refused: number;
  failed: number;
  kept: number;
  lost: number;
  wallMs: number;
  /** Files of DATA_DIR that contain any of the people's ids. */
  filesWithIds: string[];
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(packageRoot, 'bin', 'chartpath.js'), ...args], {
      env: { ...process.env, NO_COLOR: '1', LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

export async function cliMarks(kind: 'postgres' | 'lowdb', dataDir: string, databaseUrl?: string): Promise<CliResult> {
  const env = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' };
  const open = (): Promise<Store> => (kind === 'postgres' ? PgStore.open(databaseUrl!) : LowdbStore.open(dataDir));
  // Set-up, in this process: every person starts the same 8-step checklist.
  const kb = loadKnowledge(path.join(packageRoot, 'knowledge'));
  const setup = await open();
  const checklists = new ChecklistService(kb, setup, () => new Date());
  for (let n = 0; n < CLI_PEOPLE; n++) await checklists.start(`terminal:${person(n)}`, 'coder-aapc', 'high-school', 'none');
  if ((await checklists.view(`terminal:${person(0)}`))?.total !== STEPS) throw new Error('the bench plan no longer has 8 steps for this profile');
  await setup.close();

  let acknowledged = 0;
  let refused = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLI_PROCESSES }, async (_, p) => {
      // Process p marks steps p+1 and p+5 of every person, one `chartpath checklist done` each, one after the other.
      for (const step of [p + 1, p + 1 + CLI_PROCESSES]) {
        for (let n = 0; n < CLI_PEOPLE; n++) {
          const r = await run(['checklist', 'done', String(step), '--user', person(n)], env);
          if (r.code === 0) acknowledged++;
          else if (/Another ChartPath process is using the data folder/.test(r.stderr)) refused++;
          else {
            failed++;
            if (failed === 1) console.error(`chartpath checklist failed (${r.code}): ${r.stderr.trim()}`);
          }
        }
      }
    }),
  );
  const wallMs = performance.now() - t0;

  const check = await open();
  const after = new ChecklistService(kb, check, () => new Date());
  let kept = 0;
  for (let n = 0; n < CLI_PEOPLE; n++) kept += (await after.view(`terminal:${person(n)}`))?.doneCount ?? 0;
  await check.close();
  const filesWithIds = filesUnder(dataDir).filter((f) => {
    const text = readFileSync(f).toString('latin1');
    return Array.from({ length: CLI_PEOPLE }, (_, n) => person(n)).some((id) => text.includes(id));
  });
  const marks = CLI_PEOPLE * STEPS;
  return { store: kind, marks, acknowledged, refused, failed, kept, lost: Math.max(0, acknowledged - kept), wallMs, filesWithIds: filesWithIds.map((f) => path.relative(dataDir, f)) };
}
