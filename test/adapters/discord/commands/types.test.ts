// adapters/discord/commands/types.ts: slashCommand(), the builder every slash command starts from. It decides where a
// command can be used: in servers and in the bot's DMs (not in other people's DMs or group DMs, where a
// server-installed app has nothing to answer with), and that the app is installed to a server, not to a user.
import { ApplicationCommandType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { slashCommand } from '../../../../adapters/discord/commands/types.js';
import { commandDefinitions } from '../../../../adapters/discord/commands/index.js';

describe('slashCommand', () => {
  it('keeps the name and description, usable in servers and the bot’s DMs, for a server-installed app', () => {
    const json = slashCommand('topics', 'Browse what I know').toJSON();
    expect(json).toMatchObject({ name: 'topics', description: 'Browse what I know', type: ApplicationCommandType.ChatInput });
    expect(json.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
    expect(json.contexts).not.toContain(InteractionContextType.PrivateChannel);
    expect(json.integration_types).toEqual([ApplicationIntegrationType.GuildInstall]);
  });

  it('every registered slash command built on it carries the same contexts and install type', () => {
    const slash = commandDefinitions({ plans: [{ id: 'rhit', title: 'RHIT' }] }).filter((d) => (d.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput);
    expect(slash.map((d) => d.name).sort()).toEqual(['ask', 'checklist', 'forget-me', 'help', 'topics']);
    for (const d of slash) {
      expect(d.contexts, d.name).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
      expect(d.integration_types, d.name).toEqual([ApplicationIntegrationType.GuildInstall]);
    }
  });
});
