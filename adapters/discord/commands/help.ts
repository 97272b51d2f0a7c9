// /help — what the bot does and its commands.
import type { ChatInputCommandInteraction } from 'discord.js';
import { respondToCommand } from '../delivery.js';
import { slashCommand, type CommandContext } from './types.js';

export const data = slashCommand('help', 'What I can do, and my commands');

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await respondToCommand(interaction, ctx.core.advisor.handle(ctx.who(interaction), { kind: 'command', command: { name: 'help' } }), true, ctx.delivery);
}
