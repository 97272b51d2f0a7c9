// The checks every private slash command of the Discord adapter shares (/help, /topics, /forget-me): its definition,
// the command it hands the core with the person from the context, and an ephemeral answer, also when deferred.
import { ApplicationIntegrationType, InteractionContextType, MessageFlags, type ChatInputCommandInteraction, type SlashCommandOptionsOnlyBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../adapters/discord/commands/types.js';
import type { Reply } from '../../src/contract/index.js';
import { fakeCommandContext, fakeCommandInteraction } from './discord-fakes.js';

export interface PrivateCommand {
  data: Pick<SlashCommandOptionsOnlyBuilder, 'toJSON'>;
  execute: (interaction: ChatInputCommandInteraction, ctx: CommandContext) => Promise<unknown>;
}

export function describePrivateCommand(name: string, description: string, command: PrivateCommand, expected: unknown, reply: () => Reply): void {
  describe(`/${name}`, () => {
    it('is defined as a slash command usable in servers and in DMs, for a server install', () => {
      const json = command.data.toJSON();
      expect(json.name).toBe(name);
      expect(json.description).toBe(description);
      expect(json.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
      expect(json.integration_types).toEqual([ApplicationIntegrationType.GuildInstall]);
    });

    it('asks the core with the person from the context and its command', async () => {
      const ctx = fakeCommandContext(reply());
      await command.execute(fakeCommandInteraction() as unknown as ChatInputCommandInteraction, ctx);
      expect(ctx.handled).toEqual([{ who: { person: 'u1', channel: 'c1', surface: 'discord', shared: true }, input: { kind: 'command', command: expected } }]);
    });

    it('answers with the core reply, ephemerally', async () => {
      const i = fakeCommandInteraction();
      await command.execute(i as unknown as ChatInputCommandInteraction, fakeCommandContext(reply()));
      expect(i.calls.map((c) => c.op)).toEqual(['reply']);
      expect(i.calls[0]!.payload.flags).toBe(MessageFlags.Ephemeral);
    });

    it('defers ephemerally when the core is slow, then edits that reply', async () => {
      const i = fakeCommandInteraction();
      await command.execute(i as unknown as ChatInputCommandInteraction, fakeCommandContext(reply(), { slow: true }));
      expect(i.calls.map((c) => c.op)).toEqual(['deferReply', 'editReply']);
      expect(i.calls[0]!.payload).toEqual({ flags: MessageFlags.Ephemeral });
    });
  });
}
