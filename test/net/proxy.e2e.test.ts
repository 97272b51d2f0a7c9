// Every outbound connection of both adapters goes through the forward proxy named in HTTPS_PROXY / HTTP_PROXY, and
// none bypasses it: `npm start` (the built program, in a child process) runs against the local fakes of Discord and
// Slack, and each TCP connection those fakes accept must be one the proxy opened. Covered: Discord's REST calls and
// gateway WebSocket; Slack's Web API, Socket Mode WebSocket and response_url posts; in HTTP mode with OAuth, the
// install's oauth.v2.access and auth.test and the installed workspace's answers. With NO_PROXY naming the host,
// nothing goes through the proxy and everything still works.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../adapters/slack/oauth.js';
import { FORM, FakeSlack, eventCallback, postSigned, slashCommandBody, type ApiCall } from '../adapters/slack/fake-slack.js';
import { FakeDiscord } from '../adapters/discord/fake-discord.js';
import { answersTo, sentData } from '../adapters/discord/harness.js';
import { ForwardProxy } from '../helpers/forward-proxy.js';
import { built, startChartpath, type RunningChild } from '../helpers/chartpath-process.js';

let child: RunningChild | undefined;
let closers: { close(): Promise<void> }[] = [];
let dataDir: string;

beforeAll(() => {
  expect(built(), 'build first: npm run build (npm test does it)').toBe(true);
});

afterEach(async () => {
  child?.kill('SIGKILL');
  await child?.exited;
  child = undefined;
  await Promise.all(closers.map((c) => c.close()));
  closers = [];
  rmSync(dataDir, { recursive: true, force: true });
});

const portOf = (url: string) => Number(new URL(url).port);
/** Start-up of a child process, generous: the machine's two cores are shared with other test runs. */
const START_MS = 45_000;
const TEST_MS = 90_000;

async function stopCleanly(c: RunningChild): Promise<void> {
  c.kill('SIGTERM');
  expect(await c.exited).toBe(0);
}

/** Both platforms: Discord (REST + gateway) and Slack in Socket Mode (Web API + WebSocket + response_url). */
async function bothPlatforms(noProxy: string | undefined) {
  const discord = await FakeDiscord.start();
  const slack = await new FakeSlack().start();
  const proxy = await new ForwardProxy().start();
  closers = [discord, slack, proxy];
  dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-proxy-'));
  child = startChartpath(
    {
      DATA_DIR: dataDir,
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_GUILD_ID: discord.guildId,
      SLACK_BOT_TOKEN: 'xoxb-proxy-test-bot-token',
      SLACK_APP_TOKEN: 'xapp-1-A0000001-proxy-test-app-token',
      SLACK_API_URL: slack.apiUrl,
      HTTPS_PROXY: proxy.url,
      HTTP_PROXY: proxy.url,
      ...(noProxy ? { NO_PROXY: noProxy } : {}),
    },
    dataDir,
  );
  await child.waitForLog((l) => l.msg === 'surface started' && l.surface === 'discord', 'discord started', START_MS);
  await child.waitForLog((l) => l.msg === 'surface started' && l.surface === 'slack', 'slack started', START_MS);

  // Discord: a slash command (interaction callback over REST) and a mention (a channel message over REST)
  const student = discord.user('334455667788990011', 'student');
  const [answer] = await answersTo(discord, discord.slashCommand('ask', [{ type: 3, name: 'question', value: 'what is the RHIT?' }], student), 1, 20_000);
  expect(sentData(answer!).embeds[0].title).toMatch(/RHIT/);
  const from = discord.requests.length;
  discord.guildMessage(`<@${discord.bot.id}> what is HIPAA?`, student, true);
  await discord.waitFor((r) => r.method === 'POST' && r.path === `/channels/${discord.channelId}/messages`, { from, timeoutMs: 20_000 });

  // Slack over the socket: a slash command (answered through response_url) and a mention (chat.postMessage)
  await slack.sendEnvelope('slash_commands', { team_id: 'T0000001', channel_id: 'C0PROXY', user_id: 'U0PROXY', command: '/chartpath', text: 'what is the RHIT', api_app_id: 'A0000001', response_url: slack.responseUrl('proxy-cmd'), trigger_id: '1.2.3' }, 20_000);
  await slack.waitFor(() => slack.responses.find((r) => r.id === 'proxy-cmd'), 20_000, 'the slash command answer');
  await slack.sendEnvelope('events_api', eventCallback({ type: 'app_mention', user: 'U0PROXY', text: `<@${slack.botUserId}> what is HIPAA?`, channel: 'C0PROXY', ts: '1700000777.000100' }), 20_000);
  await slack.waitFor(() => slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0PROXY'), 20_000, 'the mention answer');
  return { discord, slack, proxy };
}

describe('HTTPS_PROXY / HTTP_PROXY', () => {
  it('Discord (REST and gateway) and Slack (Web API, Socket Mode, response_url): every connection through the proxy', async () => {
    const { discord, slack, proxy } = await bothPlatforms(undefined);
    // what went through: both destinations, over CONNECT tunnels
    expect(proxy.countTo(discord.port)).toBeGreaterThanOrEqual(2); // REST and the gateway WebSocket at least
    expect(proxy.countTo(portOf(slack.apiUrl))).toBeGreaterThanOrEqual(2); // Web API and the Socket Mode WebSocket at least
    expect(discord.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/gateway/bot']));
    expect(slack.calls.map((c) => c.method)).toEqual(expect.arrayContaining(['auth.test', 'apps.connections.open', 'chat.postMessage']));
    expect(discord.identifies).toBe(1);
    expect(slack.socketCount).toBe(1);
    // and nothing around it: each connection the fakes accepted is one the proxy opened
    expect(discord.peerPorts.length).toBeGreaterThan(0);
    expect(slack.peerPorts.length).toBeGreaterThan(0);
    expect(discord.peerPorts.filter((p) => !proxy.upstreamPorts.has(p)), 'connections to Discord that bypassed the proxy').toEqual([]);
    expect(slack.peerPorts.filter((p) => !proxy.upstreamPorts.has(p)), 'connections to Slack that bypassed the proxy').toEqual([]);
    // the start-up log says where connections go
    expect(child!.logs.find((l) => l.msg === 'discord: logged in and listening')?.network).toContain(`via ${proxy.url}`);
    await stopCleanly(child!);
  }, TEST_MS);

  it('NO_PROXY naming the host: everything goes direct and still works', async () => {
    const { proxy } = await bothPlatforms('localhost, 127.0.0.1');
    expect(proxy.tunnels).toEqual([]);
    expect(proxy.requests).toEqual([]);
    await stopCleanly(child!);
  }, TEST_MS);

  it('Slack distribution in HTTP mode: the OAuth exchange and the installed workspace\'s answers go through the proxy', async () => {
    const slack = await new FakeSlack({
      methods: {
        'oauth.v2.access': (call: ApiCall) =>
          call.args.code === 'code-PX'
            ? { ok: true, app_id: 'A0000001', authed_user: { id: 'UADMIN' }, scope: BOT_SCOPES.join(','), token_type: 'bot', access_token: 'xoxb-TPROXY1-token', bot_user_id: 'UBPROXY', team: { id: 'TPROXY1', name: 'Proxy Clinic' }, enterprise: null, is_enterprise_install: false }
            : { ok: false, error: 'invalid_code' },
      },
    }).start();
    const proxy = await new ForwardProxy().start();
    closers = [slack, proxy];
    dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-proxy-oauth-'));
    const secret = 'proxy-oauth-signing-secret';
    child = startChartpath(
      {
        DATA_DIR: dataDir,
        SLACK_CLIENT_ID: '1111.2222',
        SLACK_CLIENT_SECRET: 'proxy-oauth-client-secret',
        SLACK_STATE_SECRET: 'proxy-oauth-state-secret-0123456789',
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: slack.apiUrl,
        SLACK_HTTP_HOST: '127.0.0.1',
        PORT: '0',
        HTTPS_PROXY: proxy.url,
        HTTP_PROXY: proxy.url,
      },
      dataDir,
    );
    const events = await child.slackUrl(START_MS);
    const base = events.replace('/slack/events', '');
    const begin = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    const state = new URL(begin.headers.get('location')!).searchParams.get('state')!;
    const cookie = begin.headers.get('set-cookie')!.split(';')[0]!;
    const done = await fetch(`${base}/slack/oauth_redirect?code=code-PX&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect(await done.text()).toContain('ChartPath is installed');

    const ts = '1700000888.000100';
    await postSigned(events, secret, JSON.stringify(eventCallback({ type: 'app_mention', user: 'U0PX', text: '<@UBPROXY> what is the RHIT?', channel: 'C0PX', ts }, { teamId: 'TPROXY1', botUserId: 'UBPROXY' })));
    const posted = await slack.waitFor(() => slack.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts), 20_000, 'the answer');
    expect(posted.token).toBe('xoxb-TPROXY1-token');
    await postSigned(events, secret, slashCommandBody({ text: 'help', user_id: 'U0PX', channel_id: 'C0PX', team_id: 'TPROXY1', response_url: slack.responseUrl('px-help') }), { contentType: FORM });
    await slack.waitFor(() => slack.responses.find((r) => r.id === 'px-help'), 20_000, 'the help answer');

    expect(slack.calls.map((c) => c.method)).toEqual(expect.arrayContaining(['oauth.v2.access', 'auth.test', 'chat.postMessage']));
    expect(proxy.countTo(portOf(slack.apiUrl))).toBeGreaterThanOrEqual(1);
    expect(slack.peerPorts.length).toBeGreaterThan(0);
    expect(slack.peerPorts.filter((p) => !proxy.upstreamPorts.has(p)), 'connections to Slack that bypassed the proxy').toEqual([]);
    await stopCleanly(child);
  }, TEST_MS);
});
