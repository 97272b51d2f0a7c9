// Start-up, connection loss and shutdown of the real discord.js client against the fake Discord.
import { beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../../adapters/discord/index.js';
import { commandDefinitions } from '../../../adapters/discord/commands/index.js';
import { syncCommands } from '../../../adapters/discord/register.js';
import type { Core } from '../../../src/boot.js';
import { loadConfig } from '../../../src/config.js';
import { MemoryStore } from '../../../src/store/memory.js';
import { makeAdvisor } from '../../helpers/core.js';
import { REST } from 'discord.js';
import { FakeDiscord } from './fake-discord.js';
import { answersTo, newPerson, recordingLogger, sentData, startHarness } from './harness.js';

let advisor: ReturnType<typeof makeAdvisor>;
beforeAll(() => {
  advisor = makeAdvisor();
});

function coreFor(fake: FakeDiscord, token: string): Core & { logger: ReturnType<typeof recordingLogger> } {
  const logger = recordingLogger();
  const store = new MemoryStore();
  const config = loadConfig({ DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId });
  return { config, advisor, store, logger };
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('start-up', () => {
  it('rejects an invalid token with a clear message (REST answers 401)', async () => {
    const fake = await FakeDiscord.start();
    try {
      const started = Date.now();
      await expect(startDiscord(coreFor(fake, 'not-the-right-token'), { checkCommands: false })).rejects.toThrow(
        /Discord rejected the bot token \(DISCORD_TOKEN\)\. Get a new token in the Discord developer portal .*Reset Token/,
      );
      expect(Date.now() - started).toBeLessThan(3000);
      expect(fake.requests.find((r) => r.path === '/gateway/bot')?.authorization).toBe('Bot not-the-right-token');
      expect(fake.sockets.size).toBe(0);
    } finally {
      await fake.close();
    }
  });

  it('rejects a token the gateway refuses at IDENTIFY (close code 4004) the same way', async () => {
    const fake = await FakeDiscord.start({ rejectIdentify: true });
    try {
      await expect(startDiscord(coreFor(fake, fake.token), { checkCommands: false, readyTimeoutMs: 5000 })).rejects.toThrow(/Discord rejected the bot token/);
      expect(fake.identifies).toBe(1);
    } finally {
      await fake.close();
    }
  });

  it('identifies with the minimal intents: Guilds, GuildMessages, DirectMessages (no privileged intent)', async () => {
    const h = await startHarness({ advisor });
    try {
      expect(h.fake.intents).toEqual([(1 << 0) | (1 << 9) | (1 << 12)]);
    } finally {
      await h.stop();
    }
  });

  it('warns when the registered commands differ from this version, and says when they are up to date', async () => {
    const fake = await FakeDiscord.start();
    const first = await startHarness({ fake, advisor, surface: { checkCommands: true } });
    const plans = first.core.advisor.plans();
    try {
      await until(() => first.logs.some((l) => l.msg?.includes('differ from this version')));
      const warn = first.logs.find((l) => l.msg?.includes('differ from this version'))!;
      expect(warn.level).toBe('warn');
      expect(warn.msg).toContain('npm run discord:register');
      expect(warn.obj.added).toEqual(['ask', 'checklist', 'topics', 'help', 'forget-me', 'Ask ChartPath']);
    } finally {
      await first.surface.stop();
    }
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    await syncCommands(rest, fake.applicationId, { kind: 'guild', guildId: fake.guildId }, commandDefinitions({ plans }));
    const second = await startHarness({ fake, advisor, surface: { checkCommands: true } });
    try {
      await until(() => second.logs.some((l) => l.msg === 'discord: slash commands are registered and up to date'));
    } finally {
      await second.stop();
    }
  });
});

describe('connection loss', () => {
  it('reconnects after the gateway connection drops, logs it, and keeps answering', async () => {
    const h = await startHarness({ advisor });
    try {
      const before = h.fake.identifies + h.fake.resumes;
      h.fake.dropConnections();
      await until(() => h.fake.identifies + h.fake.resumes > before && h.fake.sockets.size === 1, 10_000);
      await until(() => h.logs.some((l) => l.msg?.startsWith('discord: gateway connection re-established')));
      expect(h.logs.some((l) => l.level === 'warn' && l.msg === 'discord: gateway connection lost; reconnecting')).toBe(true);
      const sent = h.fake.slashCommand('ask', [{ type: 3, name: 'question', value: 'what is the RHIT' }], newPerson(h.fake));
      const [r] = await answersTo(h.fake, sent);
      expect(sentData(r!).embeds[0].title).toMatch(/RHIT/);
    } finally {
      await h.stop();
    }
  });
});

describe('shutdown', () => {
  it('stop() logs out promptly, closes the gateway connection and does not reconnect', async () => {
    const h = await startHarness({ advisor });
    const started = Date.now();
    await h.surface.stop();
    await h.surface.stop(); // twice is harmless
    expect(Date.now() - started).toBeLessThan(2000);
    await until(() => h.fake.sockets.size === 0);
    const identifies = h.fake.identifies;
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.identifies).toBe(identifies);
    expect(h.fake.sockets.size).toBe(0);
    expect(h.logs.some((l) => l.msg === 'discord: logged out')).toBe(true);
    expect(h.logs.some((l) => l.msg?.includes('reconnecting'))).toBe(false);
    await h.fake.close();
  });
});
