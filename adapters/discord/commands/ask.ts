// /ask question: — a free-text question, answered like a mention or a direct message.
import type { ChatInputCommandInteraction } from 'discord.js';
import { respondToCommand } from '../delivery.js';
import { slashCommand, type CommandContext } from './types.js';

export const data = slashCommand('ask', 'Ask a question about health-information careers').addStringOption((o) =>
  o.setName('question').setDescription('Your question, in your own words').setRequired(true).setMaxLength(4000),
);

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const text = interaction.options.getString('question', true);
  await respondToCommand(interaction, ctx.core.advisor.ask({ ...ctx.who(interaction), text }), false, ctx.delivery);
}
