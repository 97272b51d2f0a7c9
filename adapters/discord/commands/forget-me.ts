// /forget-me — delete everything ChartPath keeps about you (the core asks for confirmation with buttons).
import type { ChatInputCommandInteraction } from 'discord.js';
import { respondToCommand } from '../delivery.js';
import { slashCommand, type CommandContext } from './types.js';

export const data = slashCommand('forget-me', 'Delete everything I keep about you (asks to confirm first)');

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await respondToCommand(interaction, ctx.core.advisor.handle(ctx.who(interaction), { kind: 'command', command: { name: 'forget', confirmed: false } }), true, ctx.delivery);
}
