// Rate limits: per person (RATE_LIMIT_PER_MINUTE) on every way in, per channel for shared mentions
// (CHANNEL_RATE_LIMIT_PER_MINUTE), a friendly and personal notice, recovery after the one-minute window (an injected
// clock), configuration through the environment as boot() wires it, and what Slack shows for it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../../src/boot.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import type { Advisor, Who } from '../../src/core/advisor.js';
import { PHRASES } from '../../src/core/phrases.js';
import type { Reply } from '../../src/contract/index.js';
import { startHarness } from '../adapters/slack/harness.js';
import { makeAdvisor } from '../helpers/core.js';

const T0 = Date.parse('2031-03-01T09:00:00.000Z');
const QUESTION = 'what is the RHIT?';

function clockAt(start = T0) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms), at: (ms: number) => (now = start + ms) };
}

const ask = (advisor: Advisor, who: Who, text = QUESTION) => advisor.ask({ ...who, text });

function expectLimited(reply: Reply, text: string): void {
  expect(reply.kind).toBe('notice');
  expect(reply.text).toBe(text);
  expect(reply.personal).toBe(true); // surfaces show it to that person only
  expect(reply.answered).toBe(false);
  expect(reply.ratings).toEqual([]);
  expect(reply.visibility).toBe('private');
}

const expectAnswered = (reply: Reply) => expect(reply.kind, reply.text).toBe('answer');

describe('per person', () => {
  it('over the limit: a friendly, personal notice naming the wait; others are not affected; it recovers after the window', async () => {
    const clock = clockAt();
    const advisor = makeAdvisor({ rateLimitPerMinute: 3, now: clock.now });
    const me: Who = { person: 'U1', channel: 'D1', surface: 'slack' };
    for (let i = 0; i < 3; i++) expectAnswered(await ask(advisor, me));
    expectLimited(await ask(advisor, me), PHRASES.rateLimited(60));

    // Everyone else, and the same id on another surface (another person), still get answers.
    expectAnswered(await ask(advisor, { ...me, person: 'U2' }));
    expectAnswered(await ask(advisor, { ...me, surface: 'discord' }));

    // Commands and buttons count too, and refused messages do not extend the window.
    clock.at(30_000);
    expectLimited(await advisor.run(me, { name: 'help' }), PHRASES.rateLimited(30));
    expectLimited(await advisor.act(me, 'topic:rhit'), PHRASES.rateLimited(30));
    clock.at(59_500);
    expectLimited(await ask(advisor, me), PHRASES.rateLimited(1));

    // The window is one minute long, sliding: a minute after the first three, three more are allowed.
    clock.at(60_000);
    for (let i = 0; i < 3; i++) expectAnswered(await ask(advisor, me));
    expectLimited(await ask(advisor, me), PHRASES.rateLimited(60));
  });

  it('the window slides: old messages expire one by one', async () => {
    const clock = clockAt();
    const advisor = makeAdvisor({ rateLimitPerMinute: 2, now: clock.now });
    const me: Who = { person: 'U3', channel: 'C1', surface: 'discord' };
    expectAnswered(await ask(advisor, me)); // t = 0
    clock.at(40_000);
    expectAnswered(await ask(advisor, me)); // t = 40 s
    clock.at(50_000);
    expectLimited(await ask(advisor, me), PHRASES.rateLimited(10)); // the first expires at 60 s
    clock.at(60_000);
    expectAnswered(await ask(advisor, me)); // the first expired; the one at 40 s has not
    expectLimited(await ask(advisor, me), PHRASES.rateLimited(40));
  });

  it('0 turns it off', async () => {
    const advisor = makeAdvisor({ rateLimitPerMinute: 0, now: clockAt().now });
    const me: Who = { person: 'U4', channel: 'C1', surface: 'slack' };
    for (let i = 0; i < 40; i++) expectAnswered(await ask(advisor, me));
  });
});

describe('per channel, for shared mentions', () => {
  it('many people mentioning the bot in one channel: the one over the limit gets a personal notice; other channels, DMs and commands are not limited; it recovers', async () => {
    const clock = clockAt();
    const advisor = makeAdvisor({ rateLimitPerMinute: 100, channelRateLimitPerMinute: 4, now: clock.now });
    const mention = (person: string, channel = 'C-busy'): Who => ({ person, channel, surface: 'slack', shared: true });
    for (let i = 0; i < 4; i++) expectAnswered(await ask(advisor, mention(`P${i}`)));
    const refused = await ask(advisor, mention('P4'));
    expectLimited(refused, PHRASES.channelRateLimited(60));

    expectAnswered(await ask(advisor, mention('P5', 'C-quiet'))); // another channel
    expectAnswered(await ask(advisor, { ...mention('P6', 'C-busy'), surface: 'discord' })); // same name, another platform
    expectAnswered(await ask(advisor, { person: 'P4', channel: 'C-busy', surface: 'slack' })); // not a mention: a slash command there
    expectAnswered(await ask(advisor, { person: 'P4', channel: 'D-P4', surface: 'slack' })); // a direct message

    clock.at(30_000);
    expectLimited(await ask(advisor, mention('P7')), PHRASES.channelRateLimited(30));
    clock.at(60_000);
    expectAnswered(await ask(advisor, mention('P7')));
  });

  it('a person over their own limit is told about their limit, not the channel’s', async () => {
    const advisor = makeAdvisor({ rateLimitPerMinute: 2, channelRateLimitPerMinute: 2, now: clockAt().now });
    const me: Who = { person: 'P1', channel: 'C1', surface: 'slack', shared: true };
    expectAnswered(await ask(advisor, me));
    expectAnswered(await ask(advisor, me));
    expectLimited(await ask(advisor, me), PHRASES.rateLimited(60));
  });
});

describe('configured through the environment (boot wires it)', () => {
  let dataDir: string | undefined;
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.useRealTimers();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    dataDir = undefined;
  });

  function stubEnv(values: Record<string, string>): void {
    // Nothing from the real environment: no platform tokens, no log output, a temporary data folder (model cache).
    for (const k of ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'RATE_LIMIT_PER_MINUTE', 'CHANNEL_RATE_LIMIT_PER_MINUTE']) vi.stubEnv(k, '');
    vi.stubEnv('LOG_LEVEL', 'silent');
    dataDir ??= mkdtempSync(path.join(tmpdir(), 'chartpath-ratelimit-'));
    vi.stubEnv('DATA_DIR', dataDir);
    for (const [k, v] of Object.entries(values)) vi.stubEnv(k, v);
  }

  it('RATE_LIMIT_PER_MINUTE and CHANNEL_RATE_LIMIT_PER_MINUTE set the limits of the advisor boot() builds; the clock frees them', async () => {
    stubEnv({ RATE_LIMIT_PER_MINUTE: '2', CHANNEL_RATE_LIMIT_PER_MINUTE: '3' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const { advisor, config } = await boot({ memory: true });
    expect(config.rateLimitPerMinute).toBe(2);
    expect(config.channelRateLimitPerMinute).toBe(3);

    const me: Who = { person: 'U1', channel: 'D1', surface: 'slack' };
    expectAnswered(await ask(advisor, me));
    expectAnswered(await ask(advisor, me));
    expectLimited(await ask(advisor, me), PHRASES.rateLimited(60));

    const mention = (person: string): Who => ({ person, channel: 'C1', surface: 'discord', shared: true });
    for (let i = 0; i < 3; i++) expectAnswered(await ask(advisor, mention(`M${i}`)));
    expectLimited(await ask(advisor, mention('M3')), PHRASES.channelRateLimited(60));

    vi.setSystemTime(T0 + 60_000);
    expectAnswered(await ask(advisor, me));
    expectAnswered(await ask(advisor, mention('M3')));
  });

  it('defaults (20 per person, 60 per channel), 0 turns a limit off, and boot({ noRateLimit }) ignores both', async () => {
    expect(loadConfig({})).toMatchObject({ rateLimitPerMinute: 20, channelRateLimitPerMinute: 60 });
    stubEnv({ RATE_LIMIT_PER_MINUTE: '0', CHANNEL_RATE_LIMIT_PER_MINUTE: '0' });
    const off = await boot({ memory: true });
    for (let i = 0; i < 25; i++) expectAnswered(await ask(off.advisor, { person: 'U1', channel: 'C1', surface: 'slack', shared: true }));

    stubEnv({ RATE_LIMIT_PER_MINUTE: '1', CHANNEL_RATE_LIMIT_PER_MINUTE: '1' });
    const scripted = await boot({ memory: true, noRateLimit: true });
    for (let i = 0; i < 5; i++) expectAnswered(await ask(scripted.advisor, { person: 'U1', channel: 'C1', surface: 'terminal', shared: true }));
  });

  it('a value that is not a whole number is refused at start-up, naming the variable', () => {
    for (const bad of ['ten', '-1', '2.5']) {
      expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: bad })).toThrow(/RATE_LIMIT_PER_MINUTE: must be a whole number/);
      expect(() => loadConfig({ CHANNEL_RATE_LIMIT_PER_MINUTE: bad })).toThrow(/CHANNEL_RATE_LIMIT_PER_MINUTE: must be a whole number/);
    }
  });
});

describe('on Slack', () => {
  it('over the personal limit: the slash command’s notice is ephemeral; over the channel limit: a mention is answered privately, not in the channel', async () => {
    const h = await startHarness({ advisor: { rateLimitPerMinute: 2, channelRateLimitPerMinute: 2 } });
    try {
      await h.slash('ask what is the RHIT', { user: 'U0RL1' });
      await h.slash('ask what is the RHIT', { user: 'U0RL1' });
      const { responses } = await h.slash('ask what is the RHIT', { user: 'U0RL1' });
      expect(responses[0]!.body.response_type).toBe('ephemeral');
      expect(responses[0]!.body.text).toMatch(/^You're sending messages faster than I can keep up\. Please wait about \d+ seconds/);

      const mention = (user: string, ts: string) => h.event({ type: 'app_mention', user, text: `<@${h.fake.botUserId}> what is the RHIT?`, channel: 'C0RLBUSY', ts });
      await mention('U0RLA', '1700000100.000100');
      await mention('U0RLB', '1700000101.000100');
      await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0RLBUSY').length === 2);
      const mark = h.fake.mark();
      await mention('U0RLC', '1700000102.000100');
      const notice = await h.fake.waitFor(() => h.fake.since(mark).calls.find((c) => c.method === 'chat.postEphemeral'));
      expect(notice.args).toMatchObject({ channel: 'C0RLBUSY', user: 'U0RLC' });
      expect(notice.args.text).toMatch(/^This channel is asking a lot of questions at once\. Please wait about \d+ seconds/);
      await new Promise((r) => setTimeout(r, 200));
      expect(h.fake.since(mark).calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
