// `npm run bench:slack-db`: two Slack HTTP processes (`chartpath start`, as deployed) on one PostgreSQL database,
// answering 2,000 signed requests from 50 concurrent clients on 127.0.0.1, alternately sent to one process and the
// other; every tenth request is also delivered to the other process at the same moment (a retry landing on another
// instance behind a load balancer). Checks: every request answered exactly once (the de-duplication is shared through
// the database), no apology, and every `checklist done` kept. Slack's Web API and response_url are the test fake, in
// this process. A throwaway PostgreSQL cluster is started unless TEST_DATABASE_URL names one.
// SLACK_DB_REQUESTS and SLACK_DB_CONCURRENCY change the sizes.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeSlack } from '../test/adapters/slack/fake-slack.js';
import { ChecklistService } from '../src/checklist/service.js';
import { PHRASES } from '../src/core/phrases.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { packageRoot } from '../src/paths.js';
import { PgStore } from '../src/store/pg/pg-store.js';
import { CHECKLIST_PEOPLE, checklistUser, slackRequests, slackWarmup, type SlackRequestSpec } from './lib/load-mix.js';
import { BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET, ReplyMatcher, buildRequest, replyText, signedHeaders } from './lib/load-slack.js';
import { freshDatabase, pgServer } from './lib/pg.js';
import { machine } from './lib/runner.js';

const REQUESTS = Number(process.env.SLACK_DB_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.SLACK_DB_CONCURRENCY ?? 50);
const REPLY_TIMEOUT_MS = 30_000;
const bin = path.join(packageRoot, 'bin', 'chartpath.js');

function startApp(env: Record<string, string>): { proc: ChildProcess; url: Promise<string> } {
  const proc = spawn(process.execPath, [bin, 'start'], { env: { ...process.env, ...env, LOG_LEVEL: 'info', NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let buffered = '';
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not start listening:\n${buffered.slice(-2000)}`)), 120_000);
    proc.stderr!.on('data', (d: Buffer) => {
      buffered += d.toString();
      const m = /"port":(\d+)[^\n]*listening|listening[^\n]*"port":(\d+)/.exec(buffered);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1] ?? m[2]}/slack/events`);
      }
      if (buffered.length > 1e6) buffered = buffered.slice(-1e5);
    });
    proc.on('exit', (code) => reject(new Error(`the app exited (${code}):\n${buffered.slice(-2000)}`)));
  });
  return { proc, url };
}

const server = pgServer();
const databaseUrl = await freshDatabase(server, 'slack');
const dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-bench-slack-db-'));
const kb = loadKnowledge(path.join(packageRoot, 'knowledge'));
interface Sent {
  spec: SlackRequestSpec;
  replies: number;
  texts: string[];
  status: number[];
}
const sent = new Map<string, Sent>();
const matcher = new ReplyMatcher();
const waiting = new Map<string, () => void>();
let unmatched = 0;
const onReply = (id: string | undefined, text: string) => {
  const s = id ? sent.get(id) : undefined;
  if (!s) return void unmatched++;
  s.replies++;
  s.texts.push(text);
  waiting.get(id!)?.();
};
const fake = await new FakeSlack({
  onRecord: (r) => (r.kind === 'response' ? onReply(matcher.response(r.response), replyText(r.response.body)) : r.call.method.startsWith('chat.') && onReply(matcher.call(r.call), replyText(r.call.args))),
}).start();
const env = { DATABASE_URL: databaseUrl, DATA_DIR: dataDir, SLACK_BOT_TOKEN: BENCH_BOT_TOKEN, SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, SLACK_HTTP_HOST: '127.0.0.1', PORT: '0', RATE_LIMIT_PER_MINUTE: '0', CHANNEL_RATE_LIMIT_PER_MINUTE: '0', DISCORD_TOKEN: '' };
// The model is trained once into DATA_DIR/cache, so both processes start from it (it holds no person's data).
execFileSync(process.execPath, [bin, 'warm', '--quiet'], { env: { ...process.env, ...env } });
const apps = [startApp(env), startApp(env)];
let exitCode = 1;
try {
  const urls = await Promise.all(apps.map((a) => a.url));
  let n = 0;
  const post = async (url: string, body: string, headers: Record<string, string>, s: Sent) => {
    const res = await fetch(url, { method: 'POST', headers, body });
    await res.arrayBuffer();
    s.status.push(res.status);
  };
  const fire = async (spec: SlackRequestSpec): Promise<void> => {
    const i = n++;
    const { body, contentType } = buildRequest(spec, (id) => fake.responseUrl(id), fake.botUserId);
    const s: Sent = { spec, replies: 0, texts: [], status: [] };
    sent.set(spec.id, s);
    matcher.add(spec);
    const replied = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, REPLY_TIMEOUT_MS);
      waiting.set(spec.id, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    const headers = signedHeaders(body, contentType);
    const target = urls[i % 2]!;
    // Every tenth request also goes to the other process at once: the same signed body, as a retry would.
    await Promise.all([post(target, body, headers, s), ...(i % 10 === 0 ? [post(urls[(i + 1) % 2]!, body, headers, s)] : [])]);
    if (!s.replies) await replied;
    waiting.delete(spec.id);
  };
  const runAll = async (specs: SlackRequestSpec[]) => {
    let next = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < specs.length) await fire(specs[next++]!);
    }));
  };

  await runAll(slackWarmup(kb));
  const store = await PgStore.open(databaseUrl);
  const checklists = new ChecklistService(kb, store, () => new Date());
  const people = Array.from({ length: CHECKLIST_PEOPLE }, (_, k) => checklistUser(k));
  const totals: Record<string, number> = {};
  for (const u of people) totals[u] = (await checklists.view(`slack:${u}`))?.total ?? 0;

  const specs = slackRequests(kb, REQUESTS, totals, 20_261_205);
  const t0 = performance.now();
  await runAll(specs);
  const wallMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 1000)); // late duplicates would show up here

  const rows = specs.map((s) => sent.get(s.id)!);
  const expected = new Map<string, Set<number>>();
  for (const s of specs) if (s.kind === 'slash-done') (expected.get(s.user) ?? expected.set(s.user, new Set()).get(s.user)!).add(s.step!);
  let lostMarks = 0;
  for (const [u, steps] of expected) {
    const view = await checklists.view(`slack:${u}`);
    for (const step of steps) if (!view?.steps[step - 1]?.done) lostMarks++;
  }
  await store.close();
  const result = {
    machine: machine(),
    processes: 2,
    requests: specs.length,
    concurrency: CONCURRENCY,
    deliveredTwice: rows.filter((_, i) => i % 10 === 0).length,
    perSecond: (specs.length / wallMs) * 1000,
    unanswered: rows.filter((r) => r.replies === 0).length,
    answeredTwice: rows.filter((r) => r.replies > 1).length,
    non200: rows.filter((r) => r.status.some((st) => st !== 200)).length,
    apologies: rows.filter((r) => r.texts.some((t) => t === PHRASES.error)).length,
    unmatchedReplies: unmatched,
    doneCommands: specs.filter((s) => s.kind === 'slash-done').length,
    lostMarks,
  };
  console.log(
    `\nTwo Slack HTTP processes on one PostgreSQL database: ${result.requests} signed requests, ${CONCURRENCY} clients, ` +
      `${result.deliveredTwice} of them delivered to both processes\n` +
      `  ${result.perSecond.toFixed(0)} requests/s; unanswered ${result.unanswered}, answered twice ${result.answeredTwice}, not HTTP 200 ${result.non200}, ` +
      `apologies ${result.apologies}, unmatched replies ${result.unmatchedReplies}; checklist marks lost ${result.lostMarks} (of ${result.doneCommands} done commands)`,
  );
  console.log(JSON.stringify(result));
  exitCode = result.unanswered || result.answeredTwice || result.non200 || result.apologies || result.lostMarks ? 1 : 0;
} finally {
  for (const a of apps) a.proc.kill('SIGTERM');
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
