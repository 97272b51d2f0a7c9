// Discord at scale, with the real discord.js client against the fake Discord: sharded start-up (Discord's recommended
// count, or DISCORD_SHARDS) with one shared store, bounded caches, and a gateway close Discord will not let the client
// recover from ending the surface (src/start.ts then exits non-zero; test/adapters/discord/exit-cli.test.ts).
import { ChannelType } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_CACHE_PER_GUILD, MESSAGE_CACHE_PER_CHANNEL } from '../../../adapters/discord/scale.js';
import { makeAdvisor } from '../../helpers/core.js';
import { FakeDiscord, shardOfGuild, snowflake } from './fake-discord.js';
import { answersTo, buttons, embedsText, newPerson, sentData, startHarness, type Harness } from './harness.js';

let advisor: ReturnType<typeof makeAdvisor>;
let h: Harness | undefined;
beforeAll(() => {
  advisor = makeAdvisor();
});
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('sharding', () => {
  it('starts the shards Discord recommends, routes each server to its shard, and shares one store across shards', async () => {
    const fake = await FakeDiscord.start({ shards: 2 });
    h = await startHarness({ fake, advisor });
    expect([...fake.identifiedShards].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.sockets.size).toBe(2);
    expect(shardOfGuild(fake.guildId, 2)).toBe(1);
    expect(h.surface.client.ws.shards.size).toBe(2);
    expect(h.surface.health!()).toEqual({ ok: true, shards: 2, ready: 2 });
    expect(h.logs.find((l) => l.msg === 'discord: logged in and listening')?.obj).toMatchObject({ shards: 2, guilds: 1 });
    expect(h.surface.client.guilds.cache.get(fake.guildId)?.shardId).toBe(1);

    // A checklist started in the server (shard 1) is the one the person sees in a DM (shard 0).
    const student = newPerson(fake);
    const start = fake.slashCommand('checklist', [{ type: 1, name: 'start', options: [{ type: 3, name: 'goal', value: 'rhit' }, { type: 3, name: 'education', value: 'high-school' }, { type: 3, name: 'experience', value: 'none' }] }], student);
    const [started] = await answersTo(fake, start);
    const step = buttons(sentData(started!)).find((b) => b.custom_id.startsWith('step:'))!;
    const done = fake.slashCommand('checklist', [{ type: 1, name: 'done', options: [{ type: 3, name: 'step', value: step.custom_id.split(':')[1] }] }], student);
    await answersTo(fake, done);
    const show = fake.slashCommand('checklist', [{ type: 1, name: 'show' }], student, 'dm');
    const [shown] = await answersTo(fake, show);
    expect(embedsText(sentData(shown!))).toMatch(/1\/\d+/);
  });

  it('DISCORD_SHARDS sets the total number of shards, all run by this process', async () => {
    const fake = await FakeDiscord.start({ shards: 1, maxConcurrency: 4 });
    h = await startHarness({ fake, advisor, env: { DISCORD_SHARDS: '3' } });
    expect([...fake.identifiedShards].sort()).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    const guildShard = shardOfGuild(fake.guildId, 3);
    const sent = fake.slashCommand('ask', [{ type: 3, name: 'question', value: 'what is the RHIT?' }], newPerson(fake));
    const [answer] = await answersTo(fake, sent);
    expect(sentData(answer!).embeds[0].title).toMatch(/RHIT/);
    expect(h.surface.client.guilds.cache.get(fake.guildId)?.shardId).toBe(guildShard);
  });
});

describe('bounded caches', () => {
  it('a busy channel and many members do not grow the caches past their limits; the bot still answers', async () => {
    h = await startHarness({ advisor });
    const { fake, surface } = h;
    const people = Array.from({ length: MEMBER_CACHE_PER_GUILD + 50 }, (_, i) => fake.user(snowflake(), `member${i}`));
    for (let i = 0; i < 4 * MESSAGE_CACHE_PER_CHANNEL + 50; i++) fake.guildMessage(`chatter ${i}`, people[i % people.length]!, false);
    const from = fake.requests.length;
    fake.guildMessage(`<@${fake.bot.id}> what is the RHIT?`, people[0]!, true);
    await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${fake.channelId}/messages`, { from });
    const channel = surface.client.channels.cache.get(fake.channelId);
    expect(channel?.type).toBe(ChannelType.GuildText);
    const messages = (channel as { messages: { cache: { size: number } } }).messages.cache.size;
    expect(messages).toBeGreaterThan(0);
    expect(messages).toBeLessThanOrEqual(MESSAGE_CACHE_PER_CHANNEL);
    const guild = surface.client.guilds.cache.get(fake.guildId)!;
    expect(guild.members.cache.size).toBeLessThanOrEqual(MEMBER_CACHE_PER_GUILD + 1);
    expect(guild.members.me, 'the bot keeps its own member').toBeTruthy();
  });
});

describe('a gateway close the client cannot recover from', () => {
  for (const [code, message] of [
    [4004, /Discord rejected the bot token \(DISCORD_TOKEN\).*Reset Token/],
    [4014, /privileged gateway intent.*Privileged Gateway Intents/],
    [4011, /requires sharding.*DISCORD_SHARDS=auto/],
  ] as const) {
    it(`close code ${code} after start-up: the surface reports a fatal error saying what to do, and does not reconnect`, async () => {
      h = await startHarness({ advisor });
      const identifies = h.fake.identifies;
      let fatal: Error | undefined;
      void h.surface.fatal!.then((e) => (fatal = e));
      h.fake.closeConnections(code);
      await h.fake.waitFor(() => true, { timeoutMs: 50 }).catch(() => undefined);
      const deadline = Date.now() + 5000;
      while (!fatal && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(fatal?.message).toMatch(message);
      expect(h.surface.health!().ok).toBe(false);
      await new Promise((r) => setTimeout(r, 300));
      expect(h.fake.identifies + h.fake.resumes).toBe(identifies);
    });
  }

  it('a connection dropped without such a code is not fatal: the client reconnects', async () => {
    h = await startHarness({ advisor });
    let fatal: Error | undefined;
    void h.surface.fatal!.then((e) => (fatal = e));
    h.fake.closeConnections(4000, 'unknown error');
    const deadline = Date.now() + 8000;
    while (h.fake.identifies + h.fake.resumes < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(h.fake.identifies + h.fake.resumes).toBeGreaterThanOrEqual(2);
    expect(fatal).toBeUndefined();
  });
});
