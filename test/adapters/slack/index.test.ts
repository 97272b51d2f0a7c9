// adapters/slack/index.ts, startSlack's own decisions, against the loopback fake of Slack (test/adapters/slack/fake-slack.ts;
// everything listens on 127.0.0.1 or ::1): which settings it refuses before touching the network, the bot-token check
// (a token that is not a bot's), the address it listens on (an IPv6 host in brackets), an occupied port, OAuth mode
// (no token check, installations counted from the core's installations) and what health() says. The conversations
// themselves are covered by http.e2e.test.ts, socket.e2e.test.ts and oauth.e2e.test.ts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_PATH, startSlack, type SlackStartOptions, type SlackSurface } from '../../../adapters/slack/index.js';
import type { Core } from '../../../src/boot.js';
import { loadConfig, type Config } from '../../../src/config.js';
import { StoreInstallations } from '../../../src/store/installations.js';
import { MemoryStore } from '../../../src/store/memory.js';
import { FakeSlack } from './fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET, recordingLogger } from './harness.js';

const CLIENT_ID = '1234567890.0987654321';
const STATE_SECRET = 'state-secret-long-enough-0123456789abcdef';

let fake: FakeSlack;
beforeAll(async () => {
  fake = await new FakeSlack({
    // A user token: auth.test answers, but with no bot behind it.
    methods: { 'auth.test': (call) => (call.token === 'xoxb-user-token' ? { ok: true, team: 'Fake Clinic', user_id: 'U0USER' } : undefined) },
  }).start();
});
afterAll(async () => fake?.close());

const surfaces: SlackSurface[] = [];
afterEach(async () => {
  for (const s of surfaces.splice(0)) await s.stop();
});

/** A core for startSlack: the handlers only reach the advisor when something arrives, and nothing does here. */
function coreWith(config: Config, extra: Partial<Core> = {}): Core & { logger: ReturnType<typeof recordingLogger> } {
  const store = new MemoryStore();
  return { config, advisor: {} as Core['advisor'], store, logger: recordingLogger(), ...extra } as Core & { logger: ReturnType<typeof recordingLogger> };
}

const configFor = (env: Record<string, string>) => loadConfig({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', ...env });
const opts: SlackStartOptions = { host: '127.0.0.1', port: 0, clientOptions: { retryConfig: { retries: 0 } } };

async function started(core: Core, options: SlackStartOptions = opts): Promise<SlackSurface> {
  const surface = await startSlack(core, options);
  surfaces.push(surface);
  return surface;
}

describe('settings refused before anything reaches Slack', () => {
  it('HTTP mode without a signing secret, and a listen address that is not a host, fail with the setting to fix', async () => {
    const mark = fake.mark();
    const single = configFor({ SLACK_BOT_TOKEN: BOT_TOKEN });
    const noSecret: Config = { ...single, slack: { ...single.slack!, signingSecret: undefined } };
    await expect(startSlack(coreWith(noSecret), opts)).rejects.toThrow(/Slack HTTP mode needs SLACK_SIGNING_SECRET/);
    await expect(startSlack(coreWith(single), { ...opts, host: 'not a host/' })).rejects.toThrow(/SLACK_HTTP_HOST: must be an IP address or host name to listen on \(got "not a host\/"\)/);
    expect(fake.since(mark).calls).toEqual([]);
  });

  it('a token auth.test accepts but that belongs to no bot user is refused, naming the token to use', async () => {
    const mark = fake.mark();
    await expect(startSlack(coreWith(configFor({ SLACK_BOT_TOKEN: 'xoxb-user-token' })), opts)).rejects.toThrow(/SLACK_BOT_TOKEN does not belong to a bot user/);
    expect(fake.since(mark).calls.map((c) => c.method)).toEqual(['auth.test']);
  });
});

describe('one workspace over HTTP', () => {
  it('checks the token once, says which workspace and bot it runs as, and reports itself healthy', async () => {
    const mark = fake.mark();
    const core = coreWith(configFor({ SLACK_BOT_TOKEN: BOT_TOKEN }));
    const surface = await started(core);
    expect(fake.since(mark).calls.map((c) => [c.method, c.token])).toEqual([['auth.test', BOT_TOKEN]]);
    expect(surface.mode).toBe('http');
    expect(surface.address!.url).toBe(`http://127.0.0.1:${surface.address!.port}${EVENTS_PATH}`);
    const startedLine = core.logger.entries.find((e) => e.msg?.startsWith('Slack app started'));
    expect(startedLine).toMatchObject({ msg: 'Slack app started (HTTP mode)', obj: { team: 'Fake Clinic', botUserId: fake.botUserId, oauth: false } });
    expect(surface.health?.()).toEqual({ ok: true, mode: 'http' });
  });

  it('an IPv6 host may be written in brackets: it listens there and the URL brackets it again', async () => {
    const surface = await started(coreWith(configFor({ SLACK_BOT_TOKEN: BOT_TOKEN })), { ...opts, host: '[::1]' });
    expect(surface.address!.host).toBe('::1');
    expect(surface.address!.url).toBe(`http://[::1]:${surface.address!.port}${EVENTS_PATH}`);
    const health = await fetch(`http://[::1]:${surface.address!.port}/healthz`);
    expect(await health.text()).toBe('ok');
  });

  it('SLACK_HTTP_HOST is used when the caller names no host', async () => {
    const surface = await started(coreWith(configFor({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_HTTP_HOST: '127.0.0.1' })), { ...opts, host: undefined });
    expect(surface.address!.host).toBe('127.0.0.1');
  });

  it('a port already in use fails start-up naming PORT', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      await expect(startSlack(coreWith(configFor({ SLACK_BOT_TOKEN: BOT_TOKEN })), { ...opts, port })).rejects.toThrow(`PORT ${port} is already in use`);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});

describe('OAuth distribution', () => {
  it('checks no token at start-up and counts the installations the core keeps', async () => {
    const store = new MemoryStore();
    const installations = new StoreInstallations(store);
    await installations.put({ platform: 'slack', key: 'T0A', teamId: 'T0A', isEnterpriseInstall: false, data: {} });
    await installations.put({ platform: 'slack', key: 'T0B', teamId: 'T0B', isEnterpriseInstall: false, data: {} });
    const config = configFor({ SLACK_CLIENT_ID: CLIENT_ID, SLACK_CLIENT_SECRET: 'client-secret-value', SLACK_STATE_SECRET: STATE_SECRET });
    // The store of the core is another one: the installations must be read from core.installations.
    const core = coreWith(config, { installations });
    const mark = fake.mark();
    const surface = await started(core);
    expect(fake.since(mark).calls).toEqual([]);
    expect(core.logger.entries.find((e) => e.msg?.startsWith('Slack OAuth:'))).toMatchObject({ obj: { installPath: '/slack/install', installations: 2 } });
    expect(core.logger.entries.some((e) => e.msg === 'Slack app started (HTTP mode, OAuth distribution)')).toBe(true);
    const install = await fetch(`http://127.0.0.1:${surface.address!.port}/slack/install`, { redirect: 'manual' });
    expect(install.status).toBe(302);
    expect(install.headers.get('location')).toContain(`client_id=${CLIENT_ID}`);
  });
});
