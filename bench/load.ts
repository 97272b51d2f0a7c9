// `npm run bench:load`: ChartPath under load, on loopback only (a benchmark, not a test).
//  1. the core alone: a burst of 10,000 concurrent advisor.ask / advisor.run calls from 1,000 people (questions,
//     `checklist done N` / `undo N`, ...) against a LowdbStore in a temp dir, rate limits off;
//  2. the Slack HTTP endpoint: the real Bolt app of adapters/slack in HTTP mode on 127.0.0.1, booted as `npm start`
//     does, in its own process, answering 2,000 signed requests from 50 concurrent clients (slash commands `ask` and
//     `checklist done N`, app_mention and message.im events, block_actions) with the test fake of Slack's Web API and
//     response_url endpoints as the stub (here, in the load generator's process). Each client sends its next request
//     once the previous one is acknowledged AND its reply has reached the stub, so 50 requests are always in flight;
//     rate limits are off (the traffic stands for many people at once, not one person flooding);
//  3. where the time goes: each request's phases timed inside the app process, and the same core calls replayed
//     without Slack (LowdbStore and MemoryStore), signature checks and rendering timed on their own.
// Two processes (load generator + stub, app), so at most two cores. Prints one table and one JSON line.
// LOAD_REQUESTS, LOAD_CONCURRENCY, LOAD_BURST change the sizes.
import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeSlack } from '../test/adapters/slack/fake-slack.js';
import { PHRASES } from '../src/core/phrases.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { packageRoot } from '../src/paths.js';
import { CHECKLIST_PEOPLE, checklistUser, clock, slackRequests, slackWarmup, summarize, type SlackRequestSpec } from './lib/load-mix.js';
import type { Timeline } from './lib/load-worker.js';
import { BENCH_BOT_TOKEN, ID_HEADER, ReplyMatcher, buildRequest, replyText, signedHeaders } from './lib/load-slack.js';
import { machine, table } from './lib/runner.js';

const REQUESTS = Number(process.env.LOAD_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 50);
const BURST = Number(process.env.LOAD_BURST ?? 10_000);
const SEED = 20_251_122;
const REPLY_TIMEOUT_MS = 30_000;
const workerPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib', `load-worker${path.extname(fileURLToPath(import.meta.url))}`);

type Summary = ReturnType<typeof summarize>;

function startWorker(args: string[], env: Record<string, string> = {}): ChildProcess {
  // The parent's execArgv carries tsx's loader when run with tsx; compiled, it is plain node.
  return fork(workerPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

function nextMessage<T>(child: ChildProcess, type: string, timeoutMs = 120_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the load worker sent no "${type}" in ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (m: unknown) => {
      if ((m as { type?: string }).type !== type) return;
      cleanup();
      resolve(m as T);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`the load worker exited (${code}) before sending "${type}"`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

// ------------------------------------------------------------------------------------------------
// 1. The core alone
// ------------------------------------------------------------------------------------------------

interface BurstResult {
  calls: number;
  people: number;
  checklistCommands: number;
  wallMs: number;
  perSecond: number;
  cpuMsPerCall: number;
  eventLoopUtilization: number;
  latencyFromBurstStart: Summary;
  latencyFromIssue: Summary;
  missing: number;
  errors: number;
  checklistMismatches: number;
  diskMismatches: number;
  store: { updates: number; waitMsPerUpdate: number; fileBytes: number };
}

async function coreBurst(): Promise<BurstResult> {
  const child = startWorker(['core-burst', String(BURST), String(SEED)]);
  const { result } = await nextMessage<{ result: BurstResult }>(child, 'result', 180_000);
  child.kill();
  return result;
}

// ------------------------------------------------------------------------------------------------
// 2. The Slack endpoint
// ------------------------------------------------------------------------------------------------

interface Sent {
  spec: SlackRequestSpec;
  sent: number;
  acked?: number;
  status?: number;
  replies: number[];
  texts: string[];
}


interface ReplayResult {
  calls: number;
  wallMs: number;
  perSecond: number;
  cpuMsPerCall: number;
  latency: Summary;
  errors: number;
  storeSyncMsPerCall: number;
  storeWaitMsPerCall: number;
  storeUpdatesPerCall: number;
}

async function slackLoad() {
  const kb = loadKnowledge(path.join(packageRoot, 'knowledge'));
  const sent = new Map<string, Sent>();
  const matcher = new ReplyMatcher();
  const waiting = new Map<string, () => void>();
  let unmatched = 0;
  const onReply = (id: string | undefined, text: string) => {
    if (!id) return void unmatched++;
    const s = sent.get(id);
    if (!s) return void unmatched++;
    s.replies.push(clock());
    s.texts.push(text);
    waiting.get(id)?.();
  };
  const fake = await new FakeSlack({
    onRecord: (r) => (r.kind === 'response' ? onReply(matcher.response(r.response), replyText(r.response.body)) : r.call.method.startsWith('chat.') && onReply(matcher.call(r.call), replyText(r.call.args))),
  }).start();
  const child = startWorker(['slack'], { BENCH_SLACK_API_URL: fake.apiUrl, BENCH_SLACK_BOT_TOKEN: BENCH_BOT_TOKEN });
  try {
    const { url } = await nextMessage<{ url: string }>(child, 'ready');

    /** One client: sends a request, waits for its HTTP ack, then for the bot's reply at the stub. */
    const fire = async (spec: SlackRequestSpec): Promise<void> => {
      const { body, contentType } = buildRequest(spec, (id) => fake.responseUrl(id), fake.botUserId);
      const s: Sent = { spec, sent: 0, replies: [], texts: [] };
      sent.set(spec.id, s);
      matcher.add(spec);
      const replied = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, REPLY_TIMEOUT_MS);
        waiting.set(spec.id, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      s.sent = clock();
      const res = await fetch(url, { method: 'POST', headers: { ...signedHeaders(body, contentType), [ID_HEADER]: spec.id }, body });
      await res.arrayBuffer();
      s.acked = clock();
      s.status = res.status;
      if (!s.replies.length) await replied;
      waiting.delete(spec.id);
    };
    const runAll = async (specs: SlackRequestSpec[]): Promise<{ first: number; last: number }> => {
      let next = 0;
      const first = clock();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < specs.length) await fire(specs[next++]!);
        }),
      );
      return { first, last: clock() };
    };

    // Warm-up (untimed): every checklist person starts a checklist; then a few hundred mixed requests.
    await runAll(slackWarmup(kb));
    const people = Array.from({ length: CHECKLIST_PEOPLE }, (_, n) => checklistUser(n));
    child.send({ type: 'totals', keys: people });
    const { totals } = await nextMessage<{ totals: Record<string, number> }>(child, 'totals');
    await runAll(slackRequests(kb, 300, totals, SEED + 1, 'x').filter((s) => s.kind !== 'slash-done'));

    // The measured run.
    const specs = slackRequests(kb, REQUESTS, totals, SEED);
    child.send({ type: 'measure-start', specs });
    await nextMessage(child, 'measuring');
    const cpu0 = process.cpuUsage();
    const window = await runAll(specs);
    const lastReply = Math.max(...specs.flatMap((s) => sent.get(s.id)!.replies.slice(0, 1)));
    const loadCpuMs = (() => {
      const u = process.cpuUsage(cpu0);
      return (u.user + u.system) / 1000;
    })();
    await new Promise((r) => setTimeout(r, 500)); // late duplicates would show up here
    child.send({ type: 'measure-stop', keys: people });
    const measured = await nextMessage<{ cpuMs: number; eventLoopUtilization: number; timelines: Timeline[]; checklists: Record<string, number[]>; diskMismatches: string[] }>(child, 'measured');
    const layers = await nextMessage<{ verifyMsPerRequest: number; renderMsPerReply: number; coreLowdb: ReplayResult; coreMemory: ReplayResult; coreCalls: number }>(child, 'layers', 180_000);

    // Checks: exactly one reply per request, no apology, every done step in the store.
    const rows = specs.map((s) => sent.get(s.id)!);
    const unanswered = rows.filter((r) => r.replies.length === 0).length;
    const duplicated = rows.filter((r) => r.replies.length > 1).length;
    const non200 = rows.filter((r) => r.status !== 200).length;
    const apologies = rows.filter((r) => r.texts.some((t) => t === PHRASES.error)).length;
    const expected = new Map<string, Set<number>>();
    for (const s of specs) if (s.kind === 'slash-done') (expected.get(s.user) ?? expected.set(s.user, new Set()).get(s.user)!).add(s.step!);
    const lostUpdates = people.filter((u) => {
      const want = [...(expected.get(u) ?? [])].sort((a, b) => a - b);
      return JSON.stringify(want) !== JSON.stringify(measured.checklists[`slack:${u}`] ?? []);
    }).length;

    const ack = summarize(rows.filter((r) => r.acked).map((r) => r.acked! - r.sent));
    const full = summarize(rows.filter((r) => r.replies.length).map((r) => r.replies[0]! - r.sent));
    const wallMs = lastReply - window.first;
    const byKind: Record<string, { n: number; ack: Summary; full: Summary }> = {};
    for (const kind of new Set(specs.map((s) => s.kind))) {
      const of = rows.filter((r) => r.spec.kind === kind);
      byKind[kind] = { n: of.length, ack: summarize(of.map((r) => r.acked! - r.sent)), full: summarize(of.filter((r) => r.replies.length).map((r) => r.replies[0]! - r.sent)) };
    }

    // Where the time goes, per request (means over requests, ms), from the app's own timeline of each request.
    const tl = new Map(measured.timelines.map((t) => [t.id, t]));
    // Five phases that add up to each request's full-answer time, plus two views inside them.
    const phases = { toApp: [] as number[], routing: [] as number[], core: [] as number[], storeSync: [] as number[], storeWait: [] as number[], coreToReply: [] as number[], replyToStub: [] as number[], ack: [] as number[], stubRoundTrip: [] as number[] };
    for (const r of rows) {
      const t = tl.get(r.spec.id);
      if (!t || t.ack === undefined || t.coreStart === undefined || t.coreEnd === undefined || t.deliverStart === undefined || t.deliverEnd === undefined || !r.replies.length) continue;
      phases.toApp.push(t.arrive - r.sent);
      phases.routing.push(t.coreStart - t.arrive);
      phases.core.push(t.coreEnd - t.coreStart);
      phases.storeSync.push(t.storeSyncMs);
      phases.storeWait.push(t.storeWaitMs);
      phases.coreToReply.push(t.deliverStart - t.coreEnd);
      phases.replyToStub.push(r.replies[0]! - t.deliverStart);
      phases.ack.push(t.ack - t.arrive);
      phases.stubRoundTrip.push(t.deliverEnd - t.deliverStart);
    }
    const split = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, summarize(v)])) as Record<keyof typeof phases, Summary>;

    return {
      requests: specs.length,
      concurrency: CONCURRENCY,
      mix: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, v.n])),
      wallMs,
      perSecond: (specs.length / wallMs) * 1000,
      ack,
      full,
      byKind,
      unanswered,
      duplicated,
      non200,
      apologies,
      unmatchedReplies: unmatched,
      lostUpdates,
      diskMismatches: measured.diskMismatches.length,
      checklistPeople: people.length,
      doneCommands: specs.filter((s) => s.kind === 'slash-done').length,
      appCpuMsPerRequest: measured.cpuMs / specs.length,
      appEventLoopUtilization: measured.eventLoopUtilization,
      loadGeneratorCpuMsPerRequest: loadCpuMs / specs.length,
      split,
      layers,
    };
  } finally {
    if (child.exitCode === null) child.kill();
    await fake.close();
  }
}

// ------------------------------------------------------------------------------------------------
// Report
// ------------------------------------------------------------------------------------------------

const f = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '-');
const times = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}x` : '-');
const pct = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(a / b < 0.02 ? 1 : 0)}%` : '-');

const t0 = performance.now();
const loadAtStart = loadavg()[0]!;
process.stdout.write(
  `ChartPath load benchmark (${machine()}; loopback only, two processes: load generator + stub, app; ` +
    `load average at start ${loadAtStart.toFixed(2)}: figures from a busy machine are lower)\n\n`,
);
const burst = await coreBurst();
const slack = await slackLoad();
const elapsed = (performance.now() - t0) / 1000;

const L = slack.layers;
const S = slack.split;
const appCpu = slack.appCpuMsPerRequest;
// The app's CPU per request, by layer: each layer measured on its own on the same requests, the rest is Bolt,
// node:http (server and client), the Web API client and respond().
const cpu = {
  core: L.coreMemory.cpuMsPerCall,
  store: Math.max(0, L.coreLowdb.cpuMsPerCall - L.coreMemory.cpuMsPerCall),
  signature: L.verifyMsPerRequest,
  render: L.renderMsPerReply,
  boltHttpClient: Math.max(0, appCpu - L.coreLowdb.cpuMsPerCall - L.verifyMsPerRequest - L.renderMsPerReply),
};

const lat = (s: Summary) => [f(s.mean), f(s.p50), f(s.p99)];
const B = burst;
const rows: string[][] = [
  [`core alone: burst of ${B.calls} calls from ${B.people} people (latency from the burst start)`, f(B.perSecond, 0), ...lat(B.latencyFromBurstStart), f(B.cpuMsPerCall, 2), '-', `${B.missing} unanswered, ${B.errors} errors, ${B.checklistMismatches}/${B.people} checklists wrong, ${B.diskMismatches} on disk`],
  ['  the same burst, latency from each call being issued', '', ...lat(B.latencyFromIssue), '', '', `${B.checklistCommands} done/undo commands`],
  [`core alone: the Slack run's ${L.coreLowdb.calls} core calls, LowdbStore, ${CONCURRENCY} at a time`, f(L.coreLowdb.perSecond, 0), ...lat(L.coreLowdb.latency), f(L.coreLowdb.cpuMsPerCall, 2), '1.0x', `${L.coreLowdb.errors} errors`],
  ['core alone: the same calls, MemoryStore', f(L.coreMemory.perSecond, 0), ...lat(L.coreMemory.latency), f(L.coreMemory.cpuMsPerCall, 2), times(L.coreMemory.cpuMsPerCall, L.coreLowdb.cpuMsPerCall), `${L.coreMemory.errors} errors`],
  [`Slack HTTP: ${slack.requests} signed requests, ${CONCURRENCY} clients: HTTP ack`, f(slack.perSecond, 0), ...lat(slack.ack), f(appCpu, 2), times(appCpu, L.coreLowdb.cpuMsPerCall), `${slack.non200} not HTTP 200`],
  ['Slack HTTP: full answer (the reply reaches the stub)', f(slack.perSecond, 0), ...lat(slack.full), '', `${times(L.coreLowdb.perSecond, slack.perSecond)} slower`, `${slack.unanswered} unanswered, ${slack.duplicated} twice, ${slack.apologies} apologies, ${slack.lostUpdates}/${slack.checklistPeople} checklists wrong, ${slack.diskMismatches} on disk`],
  ['  1. sent -> the app reads it (TCP, the app\'s event-loop queue)', '', ...lat(S.toApp), '', '', `load generator + stub: ${f(slack.loadGeneratorCpuMsPerRequest, 2)} ms CPU/req`],
  ['  2. read -> core called (body, signature check, Bolt routing, ack)', '', ...lat(S.routing), f(cpu.signature, 3), pct(cpu.signature, appCpu), 'CPU: signature check alone'],
  ['  3. core answer', '', ...lat(S.core), f(cpu.core, 2), pct(cpu.core, appCpu), 'CPU: core with a MemoryStore'],
  ['     in 3: store writes (waiting for the disk)', '', ...lat(S.storeWait), f(cpu.store, 2), pct(cpu.store, appCpu), 'CPU: LowdbStore minus MemoryStore'],
  ['  4. core done -> reply sent (render, Web API client)', '', ...lat(S.coreToReply), f(cpu.render, 3), pct(cpu.render, appCpu), 'CPU: rendering alone'],
  ['  5. reply sent -> the stub has it (stub round trip)', '', ...lat(S.replyToStub), f(cpu.boltHttpClient, 2), pct(cpu.boltHttpClient, appCpu), 'CPU: the rest (Bolt, node:http, Web API client)'],
  ['     (HTTP ack, within 2; stub round trip as the app sees it)', '', `${f(S.ack.mean)}; ${f(S.stubRoundTrip.mean)}`, `${f(S.ack.p50)}; ${f(S.stubRoundTrip.p50)}`, `${f(S.ack.p99)}; ${f(S.stubRoundTrip.p99)}`, '', '', ''],
];
process.stdout.write(table(['run / phase', 'req/s', 'mean ms', 'p50 ms', 'p99 ms', 'CPU ms/req', 'vs core / share', 'nothing lost? / notes'], rows) + '\n\n');

const ratios = {
  slackSlowerThanCore: L.coreLowdb.perSecond / slack.perSecond,
  slackCpuOverCoreLowdb: appCpu / L.coreLowdb.cpuMsPerCall,
  slackCpuOverCoreMemory: appCpu / L.coreMemory.cpuMsPerCall,
  fullAnswerOverCoreLatencyP50: slack.full.p50 / L.coreLowdb.latency.p50,
  cpuShare: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, v / appCpu])),
  latencyShare: {
    toApp: S.toApp.mean / slack.full.mean,
    routing: S.routing.mean / slack.full.mean,
    core: S.core.mean / slack.full.mean,
    storeWait: S.storeWait.mean / slack.full.mean,
    coreToReply: S.coreToReply.mean / slack.full.mean,
    replyToStub: S.replyToStub.mean / slack.full.mean,
  },
};
process.stdout.write(
  `Slowest layer: Slack over HTTP, ${f(slack.perSecond, 0)} answers/s against ${f(L.coreLowdb.perSecond, 0)}/s for the core alone on the same calls ` +
    `(${times(L.coreLowdb.perSecond, slack.perSecond)}), ${f(appCpu, 2)} ms of app CPU per request against ${f(L.coreLowdb.cpuMsPerCall, 2)} ms (${times(appCpu, L.coreLowdb.cpuMsPerCall)}). ` +
    `CPU: ${pct(cpu.boltHttpClient, appCpu)} Bolt + node:http + Web API client, ${pct(cpu.store, appCpu)} store writes, ${pct(cpu.core, appCpu)} core, ` +
    `${pct(cpu.render, appCpu)} rendering, ${pct(cpu.signature, appCpu)} signature checks. ` +
    `Wall time of a full answer (mean ${f(slack.full.mean)} ms): ${pct(S.storeWait.mean, slack.full.mean)} waiting for the store's disk write, ` +
    `${pct(S.replyToStub.mean, slack.full.mean)} delivering the reply to the stub, ${pct(S.toApp.mean, slack.full.mean)} waiting to be read by the busy app, ` +
    `${pct(S.core.mean - S.storeWait.mean, slack.full.mean)} core, ${pct(S.coreToReply.mean, slack.full.mean)} render/client, ${pct(S.routing.mean, slack.full.mean)} signature check + routing. ` +
    `Run time ${f(elapsed, 1)} s.\n`,
);

process.stdout.write(
  `${JSON.stringify({
    bench: 'load',
    date: new Date().toISOString(),
    node: process.version,
    elapsedS: Math.round(elapsed * 10) / 10,
    loadAverageAtStart: Math.round(loadAtStart * 100) / 100,
    coreBurst: burst,
    slack: { ...slack, split: undefined, layers: undefined },
    split: slack.split,
    layers: slack.layers,
    cpuMsPerRequest: cpu,
    ratios,
  })}\n`,
);
const ok = burst.missing + burst.errors + burst.checklistMismatches + burst.diskMismatches + slack.unanswered + slack.duplicated + slack.non200 + slack.apologies + slack.lostUpdates + slack.diskMismatches === 0;
process.exitCode = ok ? 0 : 1;
