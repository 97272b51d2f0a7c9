// /topics: its definition, and that it asks the core for the topic list and answers privately (ephemeral even when deferred).
import { ApplicationIntegrationType, InteractionContextType, MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { data, execute } from '../../../../adapters/discord/commands/topics.js';
import { makeReply } from '../../../../src/contract/index.js';
import { fakeCommandContext, fakeCommandInteraction } from '../../../helpers/discord-fakes.js';

const topicsReply = () => makeReply({ id: 'r1', kind: 'topics', text: 'Topics I know.' });

describe('/topics', () => {
  it('is defined as a slash command usable in servers and in DMs, for a server install', () => {
    const json = data.toJSON();
    expect(json.name).toBe('topics');
    expect(json.description).toBe('Browse what I can answer, by group');
    expect(json.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
    expect(json.integration_types).toEqual([ApplicationIntegrationType.GuildInstall]);
  });

  it('asks the core with the person from the context and the topics command', async () => {
    const ctx = fakeCommandContext(topicsReply());
    await execute(fakeCommandInteraction() as unknown as ChatInputCommandInteraction, ctx);
    expect(ctx.handled).toEqual([{ who: { person: 'u1', channel: 'c1', surface: 'discord', shared: true }, input: { kind: 'command', command: { name: 'topics' } } }]);
  });

  it('answers with the core reply, ephemerally', async () => {
    const i = fakeCommandInteraction();
    await execute(i as unknown as ChatInputCommandInteraction, fakeCommandContext(topicsReply()));
    expect(i.calls.map((c) => c.op)).toEqual(['reply']);
    expect(i.calls[0]!.payload.flags).toBe(MessageFlags.Ephemeral);
  });

  it('defers ephemerally when the core is slow, then edits that reply', async () => {
    const i = fakeCommandInteraction();
    await execute(i as unknown as ChatInputCommandInteraction, fakeCommandContext(topicsReply(), { slow: true }));
    expect(i.calls.map((c) => c.op)).toEqual(['deferReply', 'editReply']);
    expect(i.calls[0]!.payload).toEqual({ flags: MessageFlags.Ephemeral });
  });
});
