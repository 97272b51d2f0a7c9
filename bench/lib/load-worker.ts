// The app side of `npm run bench:load`, in its own process (forked by bench/load.ts, talks over IPC).
//   core-burst  the core alone: 10,000 concurrent advisor.ask / advisor.run calls from 1,000 people, LowdbStore
//   slack       the real Slack adapter (Bolt, HTTP mode, 127.0.0.1) booted as `npm start` does, instrumented to
//               time each phase of each request; afterwards the same core calls are replayed without Slack
//               (LowdbStore and MemoryStore), and signature checking and rendering are timed on their own.
// Everything is built by src/boot.ts from the environment the parent sets (DATA_DIR, rate limits off, Slack settings).
import { AsyncLocalStorage } from 'node:async_hooks';
import dc from 'node:diagnostics_channel';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { ClientRequest, IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifySlackRequest } from '@slack/bolt';
import { startSlack } from '../../adapters/slack/index.js';
import { renderReply } from '../../adapters/slack/render.js';
import { boot, type Core } from '../../src/boot.js';
import { Advisor, type Who } from '../../src/core/advisor.js';
import { parseCommand } from '../../src/core/commands.js';
import { type Command } from '../../src/contract/index.js';
import { personKey, type Message } from '../../src/contract/index.js';
import { PHRASES } from '../../src/core/phrases.js';
import type { Reply } from '../../src/contract/index.js';
import { DATA_FILE_NAME, LowdbStore } from '../../src/store/lowdb-store.js';
import { MemoryStore } from '../../src/store/memory.js';
import type { DocumentStore } from '../../src/store/document-store.js';
import type { StoreData } from '../../src/store/state.js';
import { BURST_PEOPLE, burstOps, burstPerson, burstSetup, clock, summarize, type CoreOp, type SlackRequestSpec } from './load-mix.js';
import { BENCH_SIGNING_SECRET, ID_HEADER, buildRequest, signedHeaders } from './load-slack.js';

const send = (message: unknown) => process.send!(message);
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

/** Store.update, timed: the synchronous part (the change and lowdb's JSON.stringify of the whole document) and the wait for the disk. */
interface StoreTimes {
  updates: number;
  syncMs: number;
  waitMs: number;
}

function timeStore(store: DocumentStore, times: StoreTimes, onUpdate?: (syncMs: number, waitMs: number) => void): void {
  const update = store.update.bind(store);
  (store as { update: DocumentStore['update'] }).update = async <T>(change: (data: StoreData) => T): Promise<T> => {
    const t0 = performance.now();
    const pending = update(change);
    const t1 = performance.now();
    try {
      return await pending;
    } finally {
      const t2 = performance.now();
      times.updates++;
      times.syncMs += t1 - t0;
      times.waitMs += t2 - t1;
      onUpdate?.(t1 - t0, t2 - t1);
    }
  };
}

/** A person key ("slack:U1") back as who asks. */
function whoOfKey(key: string): Who {
  const [surface, ...person] = key.split(':');
  return { person: person.join(':'), channel: 'bench', surface: surface as Who['surface'] };
}

/** The done step numbers of each person's checklist, in memory and in the data file on disk. */
async function checklistState(advisor: Advisor, store: LowdbStore, keys: string[]): Promise<{ memory: Record<string, number[]>; diskMismatches: string[] }> {
  await store.flush();
  const disk = JSON.parse(readFileSync(store.file, 'utf8')) as StoreData;
  const memory: Record<string, number[]> = {};
  const diskMismatches: string[] = [];
  for (const key of keys) {
    const view = await advisor.checklist(whoOfKey(key));
    memory[key] = view ? view.steps.filter((s) => s.done).map((s) => s.number) : [];
    const wanted = (view?.steps ?? []).filter((s) => s.done).map((s) => s.id).sort();
    const onDisk = view ? view.steps.filter((s) => disk.people[key]?.done[s.id]).map((s) => s.id).sort() : [];
    if (JSON.stringify(wanted) !== JSON.stringify(onDisk)) diskMismatches.push(key);
  }
  return { memory, diskMismatches };
}

function bootEnv(extra: Record<string, string>): string {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-load-'));
  for (const k of Object.keys(process.env)) if (/^(SLACK_|DISCORD_)/.test(k)) delete process.env[k];
  Object.assign(process.env, { DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0', CHANNEL_RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn', ...extra });
  return dataDir;
}

// ------------------------------------------------------------------------------------------------
// The core alone, under a burst
// ------------------------------------------------------------------------------------------------

async function callCore(advisor: Advisor, op: CoreOp): Promise<Reply> {
  const who: Who = { person: op.person, channel: op.channel, surface: 'slack' };
  if (op.kind === 'ask') return advisor.ask({ ...who, text: op.text });
  const command = parseCommand(op.line);
  if (!command) throw new Error(`not a command: ${op.line}`);
  return advisor.run(who, command);
}

async function coreBurst(count: number, seed: number): Promise<void> {
  const dataDir = bootEnv({});
  const core = await boot();
  const { advisor } = core;
  const store = core.store as LowdbStore;
  const kb = advisor.kb;
  for (const op of burstSetup(kb)) await callCore(advisor, op);
  const totals: Record<string, number> = {};
  for (let n = 0; n < BURST_PEOPLE; n++) totals[burstPerson(n)] = (await advisor.checklist({ person: burstPerson(n), channel: 'bench', surface: 'slack' }))?.total ?? 0;
  const ops = burstOps(kb, count, totals, seed);

  const storeTimes: StoreTimes = { updates: 0, syncMs: 0, waitMs: 0 };
  timeStore(store, storeTimes);
  const issued = new Float64Array(ops.length);
  const resolved = new Float64Array(ops.length);
  const replies: (Reply | undefined)[] = new Array(ops.length);
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // The burst: every call is issued at once, in one loop; the core runs each one's synchronous part as it is issued.
  const all = ops.map((op, i) => {
    issued[i] = performance.now();
    return callCore(advisor, op).then((r) => {
      resolved[i] = performance.now();
      replies[i] = r;
    });
  });
  await Promise.allSettled(all);
  const wallMs = performance.now() - t0;
  const cpu = cpuMs(process.cpuUsage(cpu0));
  const elu = performance.eventLoopUtilization(elu0);

  // Nothing lost: every call resolved with a reply, none an apology; the final checklists match what was sent, in order.
  const missing = replies.filter((r) => !r || !r.text).length;
  const errors = replies.filter((r) => r?.text === PHRASES.error).length;
  const expected = new Map<string, Set<number>>();
  for (const op of ops) {
    if (op.kind !== 'run' || !op.done) continue;
    const key = personKey('slack', op.person);
    const set = expected.get(key) ?? new Set<number>();
    if (op.done.value) set.add(op.done.step);
    else set.delete(op.done.step);
    expected.set(key, set);
  }
  const keys = Array.from({ length: BURST_PEOPLE }, (_, n) => personKey('slack', burstPerson(n)));
  const state = await checklistState(advisor, store, keys);
  const checklistMismatches = keys.filter((k) => JSON.stringify([...(expected.get(k) ?? [])].sort((a, b) => a - b)) !== JSON.stringify(state.memory[k])).length;
  await store.close();
  const fileBytes = readFileSync(path.join(dataDir, DATA_FILE_NAME)).length;
  rmSync(dataDir, { recursive: true, force: true });

  const fromIssue = Array.from(resolved, (r, i) => r - issued[i]!);
  const fromBurst = Array.from(resolved, (r) => r - t0);
  send({
    type: 'result',
    result: {
      calls: ops.length,
      people: BURST_PEOPLE,
      checklistCommands: ops.filter((o) => o.kind === 'run' && o.done).length,
      wallMs,
      perSecond: (ops.length / wallMs) * 1000,
      cpuMsPerCall: cpu / ops.length,
      eventLoopUtilization: elu.utilization,
      latencyFromBurstStart: summarize(fromBurst),
      latencyFromIssue: summarize(fromIssue),
      missing,
      errors,
      checklistMismatches,
      diskMismatches: state.diskMismatches.length,
      store: { updates: storeTimes.updates, waitMsPerUpdate: storeTimes.waitMs / storeTimes.updates, fileBytes },
    },
  });
}

// ------------------------------------------------------------------------------------------------
// The Slack app, instrumented
// ------------------------------------------------------------------------------------------------

/** What happened to one request in the app process (absolute ms, comparable with the load generator's clock). */
export interface Timeline {
  id: string;
  arrive: number;
  ack?: number;
  coreStart?: number;
  coreEnd?: number;
  coreSyncMs?: number;
  storeSyncMs: number;
  storeWaitMs: number;
  deliverStart?: number;
  deliverEnd?: number;
  deliveries: number;
}

type CoreCall = { method: 'ask'; args: [Message] } | { method: 'run'; args: [Who, Command] } | { method: 'act'; args: [Who, unknown] };

interface Recorded {
  call: CoreCall;
  measured: boolean;
  reply?: Reply;
}

async function replayCore(template: Advisor, store: DocumentStore, calls: Recorded[], concurrency: number): Promise<Record<string, unknown>> {
  const advisor = new Advisor(template.kb, store, { understanding: template.understanding, rateLimitPerMinute: 0, channelRateLimitPerMinute: 0 });
  const invoke = (c: CoreCall): Promise<Reply> =>
    c.method === 'ask' ? advisor.ask(...c.args) : c.method === 'run' ? advisor.run(...c.args) : advisor.act(...c.args);
  for (const r of calls.filter((c) => !c.measured)) await invoke(r.call);
  const measured = calls.filter((c) => c.measured);
  const storeTimes: StoreTimes = { updates: 0, syncMs: 0, waitMs: 0 };
  timeStore(store, storeTimes);
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < measured.length) {
        const r = measured[next++]!;
        const t = performance.now();
        const reply = await invoke(r.call);
        latencies.push(performance.now() - t);
        if (reply.text === PHRASES.error) errors++;
      }
    }),
  );
  const wallMs = performance.now() - t0;
  const cpu = cpuMs(process.cpuUsage(cpu0));
  await store.close();
  return {
    calls: measured.length,
    wallMs,
    perSecond: (measured.length / wallMs) * 1000,
    cpuMsPerCall: cpu / measured.length,
    latency: summarize(latencies),
    errors,
    storeSyncMsPerCall: storeTimes.syncMs / measured.length,
    storeWaitMsPerCall: storeTimes.waitMs / measured.length,
    storeUpdatesPerCall: storeTimes.updates / measured.length,
  };
}

async function slackApp(): Promise<void> {
  const dataDir = bootEnv({
    SLACK_BOT_TOKEN: process.env.BENCH_SLACK_BOT_TOKEN!,
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_API_URL: process.env.BENCH_SLACK_API_URL!,
    SLACK_HTTP_HOST: '127.0.0.1',
    PORT: '0',
  });

  // Per-request timelines: the request's id header opens a context that follows its handling (AsyncLocalStorage).
  const als = new AsyncLocalStorage<Timeline>();
  const timelines = new Map<string, Timeline>();
  const byResponse = new WeakMap<object, Timeline>();
  const outgoing = new WeakMap<object, { tl: Timeline; t: number }>();
  dc.subscribe('http.server.request.start', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const id = request.headers[ID_HEADER];
    if (typeof id !== 'string') return;
    const tl: Timeline = { id, arrive: clock(), storeSyncMs: 0, storeWaitMs: 0, deliveries: 0 };
    timelines.set(id, tl);
    byResponse.set(response, tl);
    als.enterWith(tl);
  });
  dc.subscribe('http.server.response.finish', (message) => {
    const tl = byResponse.get((message as { response: ServerResponse }).response);
    if (tl) tl.ack ??= clock();
  });
  const deliveryStarted = (tl: Timeline, t: number) => {
    tl.deliverStart ??= t;
  };
  const deliveryEnded = (tl: Timeline) => {
    tl.deliveries++;
    tl.deliverEnd ??= clock();
  };
  // Web API calls (the SDK's axios: node:http) ...
  dc.subscribe('http.client.request.start', (message) => {
    const tl = als.getStore();
    if (!tl) return;
    const t = clock();
    deliveryStarted(tl, t);
    outgoing.set((message as { request: ClientRequest }).request, { tl, t });
  });
  dc.subscribe('http.client.response.finish', (message) => {
    const o = outgoing.get((message as { request: ClientRequest }).request);
    if (o) deliveryEnded(o.tl);
  });
  // ... and response_url posts (Bolt's respond() uses fetch)
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    const tl = als.getStore();
    if (tl) deliveryStarted(tl, clock());
    try {
      return await realFetch(...args);
    } finally {
      if (tl) deliveryEnded(tl);
    }
  };

  const core: Core = await boot();
  const { advisor } = core;
  const store = core.store as LowdbStore;

  // The core's entry points, timed, and their inputs recorded for the replays.
  let measuring = false;
  const recorded: Recorded[] = [];
  for (const method of ['ask', 'run', 'act'] as const) {
    const original = (advisor[method] as (...a: unknown[]) => Promise<Reply>).bind(advisor);
    (advisor as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const tl = als.getStore();
      const entry: Recorded = { call: { method, args: structuredClone(args) } as CoreCall, measured: measuring };
      recorded.push(entry);
      const t0 = clock();
      const pending = original(...args);
      const syncMs = clock() - t0;
      const reply = await pending;
      if (tl) {
        tl.coreStart ??= t0;
        tl.coreSyncMs ??= syncMs;
        tl.coreEnd = clock();
      }
      entry.reply = reply;
      return reply;
    };
  }
  timeStore(store, { updates: 0, syncMs: 0, waitMs: 0 }, (syncMs, waitMs) => {
    const tl = als.getStore();
    if (!tl) return;
    tl.storeSyncMs += syncMs;
    tl.storeWaitMs += waitMs;
  });

  const surface = await startSlack(core);
  send({ type: 'ready', url: surface.address!.url });

  let cpu0 = process.cpuUsage();
  let elu0 = performance.eventLoopUtilization();
  let specs: SlackRequestSpec[] = [];
  process.on('message', (raw) => {
    void (async () => {
      const message = raw as { type: string; keys?: string[]; specs?: SlackRequestSpec[] };
      if (message.type === 'totals') {
        const totals: Record<string, number> = {};
        for (const user of message.keys!) totals[user] = (await advisor.checklist({ person: user, channel: 'bench', surface: 'slack' }))?.total ?? 0;
        send({ type: 'totals', totals });
      } else if (message.type === 'measure-start') {
        specs = message.specs!;
        timelines.clear();
        measuring = true;
        cpu0 = process.cpuUsage();
        elu0 = performance.eventLoopUtilization();
        send({ type: 'measuring' });
      } else if (message.type === 'measure-stop') {
        measuring = false;
        const cpu = cpuMs(process.cpuUsage(cpu0));
        const elu = performance.eventLoopUtilization(elu0);
        const keys = message.keys!.map((u) => personKey('slack', u));
        const state = await checklistState(advisor, store, keys);
        send({ type: 'measured', cpuMs: cpu, eventLoopUtilization: elu.utilization, timelines: [...timelines.values()], checklists: state.memory, diskMismatches: state.diskMismatches });
        await surface.stop();
        await store.close();

        // The layers on their own, on the same inputs: signature checks, rendering, the core with and without lowdb.
        const measured = recorded.filter((r) => r.measured);
        const bodies = specs.map((s) => buildRequest(s, (id) => `http://127.0.0.1:1/response/${id}`, 'UBOT0001'));
        const signed = bodies.map((b) => ({ body: b.body, headers: signedHeaders(b.body, b.contentType) }));
        for (const s of signed.slice(0, 200)) verifySlackRequest({ signingSecret: BENCH_SIGNING_SECRET, body: s.body, headers: s.headers as never });
        let t = performance.now();
        for (const s of signed) verifySlackRequest({ signingSecret: BENCH_SIGNING_SECRET, body: s.body, headers: s.headers as never });
        const verifyMsPerRequest = (performance.now() - t) / signed.length;
        const replies = measured.map((r) => r.reply).filter((r): r is Reply => Boolean(r));
        for (const r of replies.slice(0, 200)) renderReply(r);
        t = performance.now();
        for (const r of replies) renderReply(r);
        const renderMsPerReply = (performance.now() - t) / replies.length;
        const lowdbDir = mkdtempSync(path.join(tmpdir(), 'chartpath-load-replay-'));
        const coreLowdb = await replayCore(advisor, await LowdbStore.open(lowdbDir), recorded, 50);
        const coreMemory = await replayCore(advisor, new MemoryStore(), recorded, 50);
        rmSync(lowdbDir, { recursive: true, force: true });
        rmSync(dataDir, { recursive: true, force: true });
        send({ type: 'layers', verifyMsPerRequest, renderMsPerReply, coreLowdb, coreMemory, coreCalls: measured.length });
        setTimeout(() => process.exit(0), 50);
      }
    })().catch((error: unknown) => {
      process.stderr.write(`load worker: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    });
  });
}

const mode = process.argv[2];
if (mode === 'core-burst') await coreBurst(Number(process.argv[3] ?? 10_000), Number(process.argv[4] ?? 1));
else if (mode === 'slack') await slackApp();
else throw new Error(`load-worker: unknown mode ${mode}`);
