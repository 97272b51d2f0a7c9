// Answers per second with many people stored: the core answering questions (each answer writes the conversation's
// context and the reply id) at concurrency 50, on the lowdb file with 0 to 50,000 people in it, on PostgreSQL with
// 0 and 50,000, and on the memory store (the ceiling: no storage cost at all). Rate limits off. One process.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Advisor } from '../../src/core/advisor.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { MemoryStore } from '../../src/store/memory.js';
import type { Store } from '../../src/store/port.js';
import { PgStore } from '../../src/store/pg/pg-store.js';
import type { PersonState } from '../../src/store/state.js';
import type { Understanding } from '../../src/understanding/understand.js';
import { questions } from './load-mix.js';

const CONCURRENCY = 50;
export const ANSWERS = Number(process.env.STORE_BENCH_ANSWERS ?? 1500);

/** A typical stored person: a profile, one goal, four steps done, two ratings (about 100 bytes of JSON). */
function typicalPerson(i: number): PersonState {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
  return {
    profile: { education: 'high-school', experience: 'office' },
    activeGoal: 'rhit',
    goals: [{ goal: 'rhit', startedAt: at }],
    done: { 'earn-diploma-or-ged': at, 'choose-cahiim-program': at, 'take-prerequisites': at, 'complete-pps': at },
    rated: { [`r${i}a`]: 'up', [`r${i}b`]: 'down' },
    updatedAt: new Date().toISOString(),
  };
}

export interface AnswersResult {
  store: string;
  people: number;
  answers: number;
  perSecond: number;
  fileMb?: number | undefined;
  /** Median time of one answer's writes (its context and its reply id, together) with nothing else in flight. */
  writeMs: number;
  /** Median time of one mark (a step of one person, Store.changePerson), alone. */
  markMs: number;
}

async function seed(store: Store, people: number): Promise<void> {
  if (!people) return;
  if (store instanceof PgStore) {
    await store.pool.query(
      `INSERT INTO people (key, state, updated_at)
       SELECT 'bench:p' || g, jsonb_set($1::jsonb, '{rated}', jsonb_build_object('r' || g || 'a', 'up', 'r' || g || 'b', 'down')), now()
       FROM generate_series(0, $2 - 1) AS g`,
      [JSON.stringify(typicalPerson(0)), people],
    );
    return;
  }
  await (store as LowdbStore).update((d) => {
    for (let i = 0; i < people; i++) d.people[`bench:p${i}`] = typicalPerson(i);
  });
}

async function answer(kb: KnowledgeBase, understanding: Understanding, store: Store, count: number): Promise<number> {
  const advisor = new Advisor(kb, store, { understanding, rateLimitPerMinute: 0, channelRateLimitPerMinute: 0 });
  const qs = questions(kb);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const i = next++;
        await advisor.ask({ person: `p${i % 5000}`, channel: `c${i % 20}`, surface: 'slack', text: qs[i % qs.length]! });
      }
    }),
  );
  return (count / (performance.now() - t0)) * 1000;
}

/** One answer's writes, alone: what each answer costs the store when the bot is otherwise idle (median of 21). */
async function writeTime(store: Store): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    await Promise.all([store.putContext(`w${i}|c`, { topic: 'rhit', at: Date.now() }, Date.now() + 60_000), store.putReply(`w${i}`, { intent: 'rhit', at: Date.now() }, 1000)]);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[10]!;
}

/** One mark, alone (median of 5): on the file, it rewrites the people's file, so its cost grows with the people. */
async function markTime(store: Store): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await store.changePerson('bench:marker', (p) => ({ ...(p ?? typicalPerson(0)), done: { ...p?.done, [`m${i}`]: new Date().toISOString() } }));
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[2]!;
}

export async function answersAt(kb: KnowledgeBase, understanding: Understanding, kind: 'lowdb' | 'postgres' | 'memory', people: number, databaseUrl?: string): Promise<AnswersResult> {
  let store: Store;
  let dir: string | undefined;
  if (kind === 'postgres') store = await PgStore.open(databaseUrl!);
  else if (kind === 'lowdb') {
    dir = mkdtempSync(path.join(tmpdir(), 'chartpath-bench-answers-'));
    store = await LowdbStore.open(dir);
  } else store = new MemoryStore();
  try {
    await seed(store, people);
    await answer(kb, understanding, store, 200); // warm-up: JIT, connections, caches
    const perSecond = await answer(kb, understanding, store, ANSWERS);
    await store.flush();
    const writeMs = await writeTime(store);
    const markMs = await markTime(store);
    // Every data file of the folder (the layout may keep hot data apart), not the start-up backups.
    const fileMb = dir ? readdirSync(dir).filter((f) => f.endsWith('.json')).reduce((sum, f) => sum + statSync(path.join(dir!, f)).size, 0) / 1e6 : undefined;
    return { store: kind, people, answers: ANSWERS, perSecond, fileMb, writeMs, markMs };
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
