// guardRequests(): what reaches Bolt over HTTP is size-limited, signed, of Slack's shape and not a replay, on a real local server.
import { createHmac } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HTTPReceiver } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PersistedIds } from '../../../adapters/slack/dedupe.js';
import { guardRequests } from '../../../adapters/slack/request-guard.js';
import { MemoryStore } from '../../../src/store/memory.js';
import { recordingLogger } from '../../helpers/logger.js';

const SECRET = 'test-signing-secret';
const PATH = '/slack/events';
const NOW = 1_800_000_000_000;
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

let server: Server;
let base: string;
let reached: { url: string | undefined; rawBody: string | undefined }[];
let logger: ReturnType<typeof recordingLogger>;

beforeEach(async () => {
  reached = [];
  logger = recordingLogger();
  // Only requestListener of Bolt's receiver is used by the guard: the inner listener stands for Bolt.
  const receiver = {
    requestListener: (req: IncomingMessage & { rawBody?: Buffer }, res: import('node:http').ServerResponse) => {
      reached.push({ url: req.url, rawBody: req.rawBody?.toString('utf8') });
      res.writeHead(200);
      res.end('bolt');
    },
  };
  guardRequests(receiver as unknown as HTTPReceiver, { signingSecret: SECRET, path: PATH, seen: new PersistedIds(new MemoryStore(), 15 * 60_000, () => NOW), logger, now: () => NOW, maxBodyBytes: 1024 });
  server = createServer((req, res) => receiver.requestListener(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

const sign = (body: string, ts: number) => `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
function post(body: string, type: string, opts: { ts?: number; signature?: string | null; path?: string } = {}) {
  const ts = opts.ts ?? Math.floor(NOW / 1000);
  const headers: Record<string, string> = { 'content-type': type, 'x-slack-request-timestamp': String(ts) };
  const signature = opts.signature === undefined ? sign(body, ts) : opts.signature;
  if (signature !== null) headers['x-slack-signature'] = signature;
  return fetch(`${base}${opts.path ?? PATH}`, { method: 'POST', headers, body });
}
const command = 'command=%2Fchartpath&text=what+is+the+rhit&user_id=U1';

describe('guardRequests', () => {
  it('hands a signed slash command on to Bolt with its body as rawBody', async () => {
    const res = await post(command, FORM);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('bolt');
    expect(reached).toEqual([{ url: PATH, rawBody: command }]);
  });

  it('leaves requests to other paths and other methods alone', async () => {
    expect((await post('x', FORM, { signature: null, path: '/healthz' })).status).toBe(200);
    expect((await fetch(`${base}${PATH}`)).status).toBe(200);
    expect(reached.map((r) => r.rawBody)).toEqual([undefined, undefined]);
  });

  it('refuses a missing, wrong or non-v0 signature with 401 and logs a warning', async () => {
    expect((await post(command, FORM, { signature: null })).status).toBe(401);
    expect((await post(command, FORM, { signature: sign('other body', Math.floor(NOW / 1000)) })).status).toBe(401);
    expect((await post(command, FORM, { signature: 'v1=abc' })).status).toBe(401);
    expect(reached).toEqual([]);
    expect(logger.entries.some((e) => e.level === 'warn' && /refused a Slack request/.test(e.msg ?? ''))).toBe(true);
  });

  it('refuses a timestamp more than five minutes away, either way', async () => {
    const ts = Math.floor(NOW / 1000);
    expect((await post(command, FORM, { ts: ts - 301 })).status).toBe(401);
    expect((await post(command, FORM, { ts: ts + 301 })).status).toBe(401);
    expect((await post(command, FORM, { ts: ts - 300 })).status).toBe(200);
    expect(reached).toHaveLength(1);
  });

  it('refuses a body over the limit with 413, declared or streamed', async () => {
    expect((await post(`text=${'a'.repeat(2000)}`, FORM)).status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}${PATH}`, { method: 'POST', headers: { 'content-type': FORM } }, (res) => resolve(res.statusCode!));
      req.on('error', reject);
      for (let i = 0; i < 4; i++) req.write('a'.repeat(400));
      req.end();
    });
    expect(streamed).toBe(413);
    expect(reached).toEqual([]);
  });

  it.each([
    ['null', 'null'],
    ['a list', '[1,2]'],
    ['not JSON', '{"type":'],
    ['an event callback without its event', JSON.stringify({ type: 'event_callback', event_id: 'Ev1' })],
    ['an event callback without an event id', JSON.stringify({ type: 'event_callback', event: { type: 'app_mention' } })],
    ['a URL verification without a challenge', JSON.stringify({ type: 'url_verification' })],
  ])('refuses a signed JSON body that is %s with 400', async (_what, body) => {
    expect((await post(body, JSON_TYPE)).status).toBe(400);
    expect(reached).toEqual([]);
  });

  it('refuses a signed form whose payload is not an interaction with 400', async () => {
    expect((await post(`payload=${encodeURIComponent('"just a string"')}`, FORM)).status).toBe(400);
    expect((await post('payload=%7B%7D&payload=%7B%7D', FORM)).status).toBe(400);
    expect((await post(`payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions' }))}`, FORM)).status).toBe(200);
    expect(reached).toHaveLength(1);
  });

  it('acknowledges a replayed command or click without handing it on again', async () => {
    expect((await post(command, FORM)).status).toBe(200);
    const replay = await post(command, FORM);
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe('');
    expect(reached).toHaveLength(1);
  });

  it('hands a repeated event on, for the handlers to recognise by event id', async () => {
    const event = JSON.stringify({ type: 'event_callback', event_id: 'Ev1', event: { type: 'app_mention' } });
    await post(event, JSON_TYPE);
    await post(event, JSON_TYPE);
    expect(reached).toHaveLength(2);
  });

  it("passes Slack's unsigned connectivity check through to Bolt", async () => {
    expect((await post('ssl_check=1&token=x', FORM, { signature: null })).status).toBe(200);
    expect(reached).toEqual([{ url: PATH, rawBody: 'ssl_check=1&token=x' }]);
  });
});
