// `npm run bench:store`: the storage under load, lowdb file against PostgreSQL (issue 14). Loopback only; a throwaway
// PostgreSQL cluster is started (scripts/pg-test-server.sh) unless TEST_DATABASE_URL names one. Parts
// (STORE_BENCH_PARTS=marks,answers,cli; all by default):
//  marks    1 and 4 processes marking steps of the same 20 people (Store.changePerson), 8 changes in flight each:
//           marks per second and lost updates (acknowledged but not stored);
//  answers  answers per second at concurrency 50 with 0 to 50,000 people stored (lowdb), 0 and 50,000 (PostgreSQL),
//           and the memory store as the ceiling: where PostgreSQL overtakes the file;
//  cli      the maintainers' check: four `chartpath checklist` processes marking the same 12 people's 8 steps (96
//           marks) at once, marks kept, and whether any file of DATA_DIR holds the people's ids.
// The machine is shared and noisy: read the ratios more than the absolute figures.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/load.js';
import { packageRoot } from '../src/paths.js';
import { PgStore } from '../src/store/pg/pg-store.js';
import { Understanding } from '../src/understanding/understand.js';
import { freshDatabase, pgServer } from './lib/pg.js';
import { machine, num, ratio, table } from './lib/runner.js';
import { answersAt, type AnswersResult } from './lib/store-answers.js';
import { cliMarks, type CliResult } from './lib/store-cli.js';

const parts = new Set((process.env.STORE_BENCH_PARTS ?? 'marks,answers,cli').split(',').map((s) => s.trim()));
const PEOPLE = 20;
const STEPS = Number(process.env.STORE_BENCH_STEPS ?? 25); // per person per process: 500 marks per process
const here = fileURLToPath(import.meta.url);
const workerPath = path.join(path.dirname(here), 'lib', `store-worker${path.extname(here)}`);
const server = pgServer();
const out: Record<string, unknown> = { machine: machine() };

interface MarksResult {
  store: string;
  processes: number;
  refused: number;
  acknowledged: number;
  kept: number;
  lost: number;
  perSecond: number;
}

async function marks(kind: 'lowdb' | 'postgres', processes: number): Promise<MarksResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'chartpath-bench-marks-'));
  const where = kind === 'postgres' ? await freshDatabase(server, 'marks') : dir;
  if (kind === 'postgres') await (await PgStore.open(where)).close(); // migrate once, before the clock starts
  try {
    const workers = Array.from({ length: processes }, (_, w) => fork(workerPath, [kind, where, String(w), String(PEOPLE), String(STEPS)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    const first = (w: ReturnType<typeof fork>) => new Promise<{ type: string; acknowledged?: number; ms?: number }>((resolve) => w.once('message', (m) => resolve(m as never)));
    const opened = await Promise.all(workers.map(first));
    const running = workers.filter((_, i) => opened[i]!.type === 'ready');
    const t0 = performance.now();
    const finished = running.map(first);
    for (const w of running) w.send('go');
    const done = await Promise.all(finished);
    const wallMs = performance.now() - t0;
    const acknowledged = done.reduce((s, d) => s + (d.acknowledged ?? 0), 0);
    const store = kind === 'postgres' ? await PgStore.open(where) : await (await import('../src/store/lowdb-store.js')).LowdbStore.open(dir);
    let kept = 0;
    for (let p = 0; p < PEOPLE; p++) kept += Object.keys((await store.getPerson(`bench:p${p}`))?.done ?? {}).length;
    await store.close();
    return { store: kind, processes, refused: processes - running.length, acknowledged, kept, lost: acknowledged - kept, perSecond: (acknowledged / wallMs) * 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (parts.has('marks')) {
  const rows: MarksResult[] = [];
  for (const kind of ['lowdb', 'postgres'] as const) for (const n of [1, 4]) rows.push(await marks(kind, n));
  out.marks = rows;
  const base = rows[0]!.perSecond;
  console.log(`\nMarks: processes marking steps of the same ${PEOPLE} people (${PEOPLE * STEPS} marks per process, 8 in flight each)\n`);
  console.log(table(['store', 'processes', 'refused', 'acknowledged', 'kept', 'lost', 'marks/s', 'vs lowdb x1'], rows.map((r) => [r.store, String(r.processes), String(r.refused), String(r.acknowledged), String(r.kept), String(r.lost), num(r.perSecond), ratio(r.perSecond, base)])));
}

if (parts.has('answers')) {
  const kb = loadKnowledge(path.join(packageRoot, 'knowledge'));
  const understanding = new Understanding(kb, {}, path.join(tmpdir(), 'chartpath-bench-model-cache'));
  const rows: AnswersResult[] = [];
  rows.push(await answersAt(kb, understanding, 'memory', 50_000));
  for (const people of [0, 1_000, 2_500, 5_000, 10_000, 50_000]) rows.push(await answersAt(kb, understanding, 'lowdb', people));
  for (const people of [0, 50_000]) rows.push(await answersAt(kb, understanding, 'postgres', people, await freshDatabase(server, 'answers')));
  out.answers = rows;
  const pg50 = rows.find((r) => r.store === 'postgres' && r.people === 50_000)!.perSecond;
  console.log(`\nAnswers per second, concurrency 50, ${rows[0]!.answers} answers (each writes a context and a reply id)\n`);
  console.log(table(['store', 'people', 'data files MB', 'answers/s', 'vs PostgreSQL at 50,000', 'ms per answer write', 'ms per mark'], rows.map((r) => [r.store, r.people.toLocaleString('en'), r.fileMb === undefined ? '-' : num(r.fileMb, 1), num(r.perSecond), ratio(r.perSecond, pg50), num(r.writeMs, 2), num(r.markMs, 2)])));
}

if (parts.has('cli')) {
  const rows: CliResult[] = [];
  for (const kind of ['postgres', 'lowdb'] as const) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-bench-cli-'));
    try {
      rows.push(await cliMarks(kind, dataDir, kind === 'postgres' ? await freshDatabase(server, 'cli') : undefined));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  out.cli = rows;
  console.log('\nThe maintainers\' check: 4 `chartpath checklist` processes at once, the same 12 people, 8 steps each (96 marks)\n');
  console.log(table(['store', 'marks', 'exit 0', 'refused (lock)', 'other errors', 'kept', 'lost', 'seconds', 'DATA_DIR files with ids'], rows.map((r) => [r.store, String(r.marks), String(r.acknowledged), String(r.refused), String(r.failed), `${r.kept}/${r.marks}`, String(r.lost), num(r.wallMs / 1000, 1), r.filesWithIds.join(' ') || 'none'])));
}

console.log(`\n${JSON.stringify(out)}`);
process.exit(0);
