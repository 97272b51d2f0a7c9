// The Slack HTTP endpoint under attack, against the real built process (`node bin/chartpath.js start`, as npm start
// runs it) and a local fake of Slack, all on loopback: malformed signed bodies get a 400 and the process lives;
// replayed commands and clicks are applied once, also after a restart; bad signatures do not flood the log;
// an oversized body is refused before it is buffered whole.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM, FakeSlack, blockActionsBody, eventCallback, messageAction, postSigned, slashCommandBody } from './fake-slack.js';
import { repoRoot } from '../../helpers/core.js';

const SECRET = 'hardening-test-signing-secret';
const TOKEN = 'xoxb-hardening-test-token';

interface Running {
  url: string;
  base: string;
  logs: Record<string, unknown>[];
  child: ChildProcess;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

let fake: FakeSlack;
let dataDir: string;

async function start(): Promise<Running> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(SLACK_|DISCORD_|PORT$|LOG_LEVEL$|DATA_DIR$)/.test(k)) env[k] = v;
  Object.assign(env, { SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', SLACK_HTTP_HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' });
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'chartpath.js'), 'start'], { cwd: dataDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Record<string, unknown>[] = [];
  let buffer = '';
  child.stderr!.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
  });
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = await fake.waitFor(() => logs.find((l) => typeof l.port === 'number' && String(l.msg).includes('listening')), 20_000, 'the Slack app to listen');
  const base = `http://127.0.0.1:${listening.port as number}`;
  return {
    url: `${base}/slack/events`,
    base,
    logs,
    child,
    exited,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

const alive = async (r: Running) => (await fetch(`${r.base}/healthz`)).status === 200 && r.child.exitCode === null;
let counter = 0;
const command = (text: string, user = 'U0HARD') => {
  const id = `hard-${++counter}`;
  return { id, body: slashCommandBody({ text, user_id: user, channel_id: 'C0HARD', response_url: fake.responseUrl(id) }) };
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  expect(existsSync(path.join(repoRoot, 'dist', 'adapters', 'slack', 'index.js')), 'build first: npm run build (npm test does it)').toBe(true);
  fake = await new FakeSlack().start();
  dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-slack-hardening-'));
});
afterAll(async () => {
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the Slack endpoint, attacked on loopback', () => {
  let bot: Running;
  beforeAll(async () => {
    bot = await start();
  }, 30_000);
  afterAll(async () => {
    if (bot?.child.exitCode === null) await bot.stop();
  });

  it('a correctly signed body of null (or payload=null, or any malformed shape) gets a 400 and the process lives', async () => {
    const cases: [string, string][] = [
      ['null', 'application/json'],
      ['payload=null', FORM],
      ['5', 'application/json'],
      ['[]', 'application/json'],
      ['"text"', 'application/json'],
      ['{"type":"event_callback","event_id":"Ev0X"}', 'application/json'],
      ['{"type":"event_callback","event":null,"event_id":"Ev0Y"}', 'application/json'],
      ['payload=%7B%22no%22%3A1%7D', FORM],
      ['payload=not-json', FORM],
      ['{"type":"url_verification"}', 'application/json'],
    ];
    for (const [body, contentType] of cases) {
      const res = await postSigned(bot.url, SECRET, body, { contentType });
      expect(res.status, body).toBe(400);
    }
    await sleep(300);
    expect(await alive(bot)).toBe(true);
    // and it still answers
    const c = command('ask what is the RHIT');
    expect((await postSigned(bot.url, SECRET, c.body, { contentType: FORM })).status).toBe(200);
    await fake.waitFor(() => fake.responses.find((r) => r.id === c.id), 10_000, 'an answer after the malformed bodies');
  }, 30_000);

  it('a replayed slash command and button click are applied once (100 replays: one answer, and nobody is rate-limited)', async () => {
    const c = command('ask what is the CCA', 'U0REPLAY');
    const ts = Math.floor(Date.now() / 1000);
    const first = await postSigned(bot.url, SECRET, c.body, { contentType: FORM, timestamp: ts });
    expect(first.status).toBe(200);
    const replays = await Promise.all(Array.from({ length: 100 }, () => postSigned(bot.url, SECRET, c.body, { contentType: FORM, timestamp: ts })));
    expect(replays.every((r) => r.status === 200)).toBe(true);
    await sleep(800);
    expect(fake.responses.filter((r) => r.id === c.id)).toHaveLength(1);
    // The real person is not rate-limited by the replays: their next question is answered.
    const next = command('ask what is the RHIA', 'U0REPLAY');
    await postSigned(bot.url, SECRET, next.body, { contentType: FORM });
    const answer = await fake.waitFor(() => fake.responses.find((r) => r.id === next.id), 10_000, 'the next answer');
    expect(JSON.stringify(answer.body)).toContain('RHIA');

    const click = blockActionsBody(messageAction({ user: 'U0CLICK', channel: 'C0HARD', ephemeral: false, responseUrl: fake.responseUrl('click-replay'), action: { type: 'button', action_id: 'cp_topic', value: 'topic:rhit' } }));
    const clickTs = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 20; i++) expect((await postSigned(bot.url, SECRET, click, { contentType: FORM, timestamp: clickTs })).status).toBe(200);
    await sleep(800);
    expect(fake.responses.filter((r) => r.id === 'click-replay')).toHaveLength(1);
  }, 30_000);

  it('bad signatures are refused with a 401 and at most one warning line a minute', async () => {
    const before = bot.logs.length;
    const c = command('ask what is HIPAA');
    for (let i = 0; i < 60; i++) expect((await postSigned(bot.url, SECRET, c.body, { contentType: FORM, signature: `v0=${i.toString(16).padStart(64, '0')}` })).status).toBe(401);
    await sleep(200);
    const warnings = bot.logs.slice(before).filter((l) => String(l.msg).includes('signature'));
    expect(warnings.length).toBeLessThanOrEqual(1);
    expect(await alive(bot)).toBe(true);
  }, 30_000);

  it('a body larger than the limit is refused (413) without being buffered whole', async () => {
    const big = `{"type":"event_callback","pad":"${'x'.repeat(400 * 1024)}"}`;
    const res = await postSigned(bot.url, SECRET, big).catch(() => ({ status: 413 }));
    expect(res.status).toBe(413);
    expect(await alive(bot)).toBe(true);
  }, 30_000);

  it('after a restart, a replayed command and a redelivered event are still recognised', async () => {
    const c = command('ask what does a coder do', 'U0RESTART');
    const ts = Math.floor(Date.now() / 1000);
    expect((await postSigned(bot.url, SECRET, c.body, { contentType: FORM, timestamp: ts })).status).toBe(200);
    await fake.waitFor(() => fake.responses.find((r) => r.id === c.id), 10_000, 'the first answer');
    const event = JSON.stringify(eventCallback({ type: 'message', channel_type: 'im', channel: 'D0RESTART', user: 'U0RESTART', text: 'what is the RHIT', ts: '1700000000.000200' }, { eventId: 'Ev0RESTART', botUserId: fake.botUserId }));
    expect((await postSigned(bot.url, SECRET, event)).status).toBe(200);
    await fake.waitFor(() => fake.calls.find((x) => x.method === 'chat.postMessage' && (x.args as { channel?: string }).channel === 'D0RESTART'), 10_000, 'the DM answer');
    await sleep(300);

    expect(await bot.stop()).toBe(0);
    bot = await start();
    expect((await postSigned(bot.url, SECRET, c.body, { contentType: FORM, timestamp: ts })).status).toBe(200);
    expect((await postSigned(bot.url, SECRET, event, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    await sleep(1000);
    expect(fake.responses.filter((r) => r.id === c.id)).toHaveLength(1);
    expect(fake.calls.filter((x) => x.method === 'chat.postMessage' && (x.args as { channel?: string }).channel === 'D0RESTART')).toHaveLength(1);
  }, 60_000);
});
