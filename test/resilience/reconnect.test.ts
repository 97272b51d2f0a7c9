// Lost connections are re-established. The adapters' own suites already cover the inbound side once:
//   test/adapters/discord/lifecycle.test.ts  "reconnects after the gateway connection drops, logs it, and keeps answering"
//   test/adapters/slack/socket.e2e.test.ts   "... reconnects after a lost connection ..." (Socket Mode)
// This file adds what they do not: the gateway dropping again right after reconnecting, Socket Mode reconnecting while
// Slack's apps.connections.open is unreachable for a while, and the outbound side (Slack's Web API and response_url
// connections cut mid-answer). A proxy on 127.0.0.1 in front of the fake cuts the connections.
import { afterEach, describe, expect, it } from 'vitest';
import { startSlack, type SlackSurface } from '../../adapters/slack/index.js';
import { FORM, FakeSlack, eventCallback, slashCommandBody } from '../adapters/slack/fake-slack.js';
import { loadConfig } from '../../src/config.js';
import { PHRASES } from '../../src/core/phrases.js';
import { answersTo, newPerson, sentData, startHarness as startDiscordHarness } from '../adapters/discord/harness.js';
import { recordingLogger } from '../helpers/logger.js';
import { startHarness as startSlackHarness, type Harness } from '../adapters/slack/harness.js';
import { makeAdvisor } from '../helpers/core.js';
import { FlakyProxy } from './flaky-proxy.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A fake Slack behind a proxy that can cut connections; the app's SLACK_API_URL points at the proxy. */
async function slackBehindProxy(): Promise<{ fake: FakeSlack; proxy: FlakyProxy }> {
  const fake = await new FakeSlack().start();
  const proxy = await new FlakyProxy({ host: '127.0.0.1', port: Number(new URL(fake.apiUrl).port) }).start();
  cleanups.push(() => fake.close(), () => proxy.close());
  return { fake, proxy };
}

describe('Discord gateway', () => {
  it('drops twice in a row (the second right after reconnecting): reconnects again and keeps answering', async () => {
    const h = await startDiscordHarness();
    cleanups.push(() => h.stop());
    for (let drop = 1; drop <= 2; drop++) {
      const before = h.fake.identifies + h.fake.resumes;
      h.fake.dropConnections();
      await until(() => h.fake.identifies + h.fake.resumes > before && h.fake.sockets.size === 1, `reconnection ${drop}`);
    }
    await until(() => h.logs.filter((l) => l.msg?.startsWith('discord: gateway connection re-established')).length >= 2, 'two re-established log lines');
    const sent = h.fake.slashCommand('ask', [{ type: 3, name: 'question', value: 'what is the RHIT' }], newPerson(h.fake));
    const [answer] = await answersTo(h.fake, sent);
    expect(sentData(answer!).embeds[0].title).toMatch(/RHIT/);
  });
});

describe('Slack Socket Mode', () => {
  it('reconnects even when apps.connections.open cannot be reached for the first attempts', async () => {
    const { fake, proxy } = await slackBehindProxy();
    const advisor = makeAdvisor();
    const logger = recordingLogger();
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-reconnect-test', SLACK_APP_TOKEN: 'xapp-1-A0000001-reconnect-test', SLACK_API_URL: `${proxy.origin}/api/` });
    const surface: SlackSurface = await startSlack({ config, advisor, store: advisor.store, logger }, { clientOptions: { retryConfig: { retries: 0 } }, socket: { clientPingTimeout: 150 } });
    cleanups.push(() => surface.stop());
    expect(fake.socketCount).toBe(1);

    proxy.drop((req) => req.url === '/api/apps.connections.open', 2);
    fake.dropSockets();
    await until(() => proxy.dropped.length === 2, 'two refused reconnection attempts', 20_000);
    await until(() => fake.socketCount === 1 && logger.entries.some((e) => e.msg === 'Socket Mode connection re-established'), 'the reconnection', 20_000);

    await fake.sendEnvelope('events_api', eventCallback({ type: 'app_mention', user: 'U0RECON', text: `<@${fake.botUserId}> what is HIPAA?`, channel: 'C0RECON', ts: '1700000950.000100' }));
    const posted = await fake.waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0RECON'));
    expect(posted.args.thread_ts).toBe('1700000950.000100');
  }, 40_000);
});

describe("Slack's Web API and response_url, cut mid-answer", () => {
  let h: Harness;

  it('chat.postMessage: the connection is cut once; the Web API client retries and the answer arrives exactly once', async () => {
    const { fake, proxy } = await slackBehindProxy();
    // (the harness's own fake only signs requests here: the app talks to `fake`, through the proxy)
    // The adapter's own retry policy (no test override): fiveRetriesInFiveMinutes, first retry after about a second.
    h = await startSlackHarness({ env: { SLACK_API_URL: `${proxy.origin}/api/` }, start: { clientOptions: {} } });
    cleanups.push(() => h.close());
    proxy.drop((req) => req.url === '/api/chat.postMessage');

    const ts = '1700000960.000100';
    expect((await h.event({ type: 'app_mention', user: 'U0CUT', text: `<@${h.fake.botUserId}> what is the RHIT?`, channel: 'C0CUT', ts })).status).toBe(200);
    const posted = await fake.waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts), 15_000, 'the retried answer');
    expect(JSON.stringify(posted.args.blocks)).toContain('The *RHIT* is');
    expect(proxy.dropped).toEqual(['POST /api/chat.postMessage']);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts)).toHaveLength(1);
    expect(h.logs.entries.some((e) => e.level === 'warn' && e.msg?.includes('http request failed'))).toBe(true);
  }, 30_000);

  it('a response_url post is cut: the person gets the apology instead, the error is logged, the next command is answered', async () => {
    const { fake, proxy } = await slackBehindProxy();
    h = await startSlackHarness({ env: { SLACK_API_URL: `${proxy.origin}/api/` } }); // requests are signed by the harness; replies go to `fake`
    cleanups.push(() => h.close());
    const url = (id: string) => `${proxy.origin}/response/${id}`;
    proxy.drop((req) => req.url === '/response/cut-1');

    const body = slashCommandBody({ text: 'ask what is the RHIT', user_id: 'U0CUT2', channel_id: 'C0CUT2', response_url: url('cut-1') });
    expect((await h.post(body, { contentType: FORM })).status).toBe(200);
    const apology = await fake.waitFor(() => fake.responses.find((r) => r.id === 'cut-1'), 10_000, 'the apology');
    expect(apology.body).toMatchObject({ response_type: 'ephemeral', text: PHRASES.error });
    await until(() => h.logs.entries.some((e) => e.level === 'error' && e.msg?.startsWith('Slack slash command handler failed')), 'the logged failure');

    const next = slashCommandBody({ text: 'ask what is the RHIT', user_id: 'U0CUT2', channel_id: 'C0CUT2', response_url: url('cut-2') });
    expect((await h.post(next, { contentType: FORM })).status).toBe(200);
    const answer = await fake.waitFor(() => fake.responses.find((r) => r.id === 'cut-2'), 10_000, 'the next answer');
    expect(answer.body.response_type).toBe('in_channel');
  });
});
