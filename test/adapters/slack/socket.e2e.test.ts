// Socket Mode smoke test: the real Bolt SocketModeReceiver against the local fake (apps.connections.open, then a
// WebSocket that says hello and sends envelopes). The adapter's stop() disconnects the socket client first, so
// app.stop() does not wait for the 30-second close handshake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type SlackSurface } from '../../../adapters/slack/index.js';
import { FakeSlack, eventCallback } from './fake-slack.js';
import type { Core } from '../../../src/boot.js';
import { loadConfig } from '../../../src/config.js';
import { makeAdvisor } from '../../helpers/core.js';
import { recordingLogger } from './harness.js';

const APP_TOKEN = 'xapp-1-A0000001-test-app-token';

function socketCore(fake: FakeSlack, appToken = APP_TOKEN, advisor = makeAdvisor()): Core & { logger: ReturnType<typeof recordingLogger> } {
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-socket-test', SLACK_APP_TOKEN: appToken, SLACK_API_URL: fake.apiUrl });
  return { config, advisor, store: advisor.store, logger: recordingLogger() };
}

describe('Socket Mode', () => {
  let fake: FakeSlack;
  let core: ReturnType<typeof socketCore>;
  let surface: SlackSurface;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    core = socketCore(fake);
    surface = await startSlack(core, { clientOptions: { retryConfig: { retries: 0 } }, socket: { clientPingTimeout: 150 } });
  });
  afterAll(async () => {
    await surface?.stop();
    await fake?.close();
  });

  it('connects with the app token, acknowledges envelopes and answers; reconnects after a lost connection; stops fast', async () => {
    expect(surface.mode).toBe('socket');
    const open = fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.token).toBe(APP_TOKEN);
    expect(fake.callsTo('auth.test')[0]!.token).toBe('xoxb-socket-test');

    // a slash command over the socket: acknowledged, answered through response_url
    await fake.sendEnvelope('slash_commands', {
      token: 'legacy',
      team_id: 'T0000001',
      channel_id: 'C0SOCK',
      user_id: 'U0SOCK',
      command: '/chartpath',
      text: 'what is the RHIT',
      api_app_id: 'A0000001',
      response_url: fake.responseUrl('sock-cmd'),
      trigger_id: '1.2.3',
    });
    const answer = await fake.waitFor(() => fake.responses.find((r) => r.id === 'sock-cmd'));
    expect(answer.body.response_type).toBe('in_channel');
    expect(JSON.stringify(answer.body.blocks)).toContain('The *RHIT* is');

    // a mention over the socket: answered in its thread with the bot token
    await fake.sendEnvelope('events_api', eventCallback({ type: 'app_mention', user: 'U0SOCK', text: `<@${fake.botUserId}> what is HIPAA?`, channel: 'C0SOCK', ts: '1700000900.000100' }));
    const posted = await fake.waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0SOCK'));
    expect(posted.args.thread_ts).toBe('1700000900.000100');

    // the connection drops: the SDK reconnects by itself, and we log it
    fake.dropSockets();
    await fake.waitFor(() => fake.callsTo('apps.connections.open').length >= 2 && fake.socketCount >= 1, 8000, 'the reconnection');
    await fake.waitFor(() => core.logger.entries.some((e) => e.msg === 'Socket Mode connection re-established'), 5000, 'the reconnect log');
    expect(core.logger.entries.some((e) => e.msg?.includes('reconnecting'))).toBe(true);
    await fake.sendEnvelope('slash_commands', { team_id: 'T0000001', channel_id: 'C0SOCK', user_id: 'U0SOCK', command: '/chartpath', text: 'help', api_app_id: 'A0000001', response_url: fake.responseUrl('sock-help'), trigger_id: '1.2.4' });
    await fake.waitFor(() => fake.responses.find((r) => r.id === 'sock-help'));

    const started = Date.now();
    await surface.stop();
    expect(Date.now() - started).toBeLessThan(4000);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.socketCount).toBe(0);
  });

  it('a rejected app token fails start-up with a clear message', async () => {
    const bad = socketCore(fake, 'xapp-invalid-token', core.advisor);
    await expect(startSlack(bad, { clientOptions: { retryConfig: { retries: 0 } } })).rejects.toThrow(/SLACK_APP_TOKEN \(invalid_auth\).*connections:write/);
  });
});
