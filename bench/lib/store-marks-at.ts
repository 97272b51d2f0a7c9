// Marks with many people stored (`STORE_BENCH_PARTS=people`): one process, the file with its people's journal, the
// file with the journal off (journalBound 0: every mark compacts, i.e. rewrites chartpath.json, as every mark did
// before the journal) and PostgreSQL, each seeded with the same typical people. Measures one mark alone (median) and
// marks per second with 8 in flight on distinct people (concurrent marks on the file share one write). The file
// without the journal takes about a second per write at 50,000 people, so it runs fewer marks (7 alone, MARKS / 5).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import type { Store } from '../../src/store/port.js';
import { PgStore } from '../../src/store/pg/pg-store.js';
import { seed, typicalPerson } from './store-answers.js';

const IN_FLIGHT = 8;
export const MARKS = Number(process.env.STORE_BENCH_MARKS ?? 400);

export type MarksKind = 'lowdb' | 'lowdb, no journal' | 'postgres';

export interface MarksAtResult {
  store: MarksKind;
  people: number;
  /** Median time of one mark with nothing else in flight (of 21; of 7 without the journal). */
  markMs: number;
  perSecond: number;
  /** The people's file and its journal, MB (the file stores). */
  peopleMb?: number | undefined;
}

const markOf = (key: string, step: string) => (store: Store) =>
  store.changePerson(key, (p) => ({ ...(p ?? typicalPerson(0)), done: { ...p?.done, [step]: new Date().toISOString() } }));

export async function marksAt(kind: MarksKind, people: number, databaseUrl?: string): Promise<MarksAtResult> {
  const dir = kind === 'postgres' ? undefined : mkdtempSync(path.join(tmpdir(), 'chartpath-bench-people-'));
  const store: Store = dir ? await LowdbStore.open(dir, kind === 'lowdb, no journal' ? { journalBound: 0 } : {}) : await PgStore.open(databaseUrl!);
  try {
    await seed(store, people);
    await store.flush();
    for (let i = 0; i < 5; i++) await markOf(`bench:p${i}`, 'warm')(store);
    const slow = kind === 'lowdb, no journal';
    const alone = slow ? 7 : 21;
    const busy = slow ? Math.ceil(MARKS / 5) : MARKS;
    const times: number[] = [];
    for (let i = 0; i < alone; i++) {
      const t0 = performance.now();
      await markOf(`bench:p${(i * 7919) % people}`, `alone-${i}`)(store);
      times.push(performance.now() - t0);
    }
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < busy) {
          const i = next++;
          await markOf(`bench:p${(i * 104_729) % people}`, `busy-${i}`)(store);
        }
      }),
    );
    const perSecond = (busy / (performance.now() - t0)) * 1000;
    const peopleMb = dir ? readdirSync(dir).filter((f) => f === 'chartpath.json' || f === 'chartpath.journal').reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0) / 1e6 : undefined;
    return { store: kind, people, markMs: times.sort((a, b) => a - b)[alone >> 1]!, perSecond, peopleMb };
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
