// /topics — the browsable list of what ChartPath knows.
import type { ChatInputCommandInteraction } from 'discord.js';
import { respondToCommand } from '../delivery.js';
import { slashCommand, type CommandContext } from './types.js';

export const data = slashCommand('topics', 'Browse what I can answer, by group');

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await respondToCommand(interaction, ctx.core.advisor.handle(ctx.who(interaction), { kind: 'command', command: { name: 'topics' } }), true, ctx.delivery);
}
