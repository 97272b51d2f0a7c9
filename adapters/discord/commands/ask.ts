// /ask question: — a free-text question, answered like a mention or a direct message.
import type { ChatInputCommandInteraction } from 'discord.js';
import { respondToCommand } from '../delivery.js';
import { slashCommand, type CommandContext, type DefinitionContext } from './types.js';

/** The question option takes no more than the core reads (MAX_INPUT_CHARS), so nothing is cut without a word. */
export function data({ maxQuestion = 1000 }: DefinitionContext) {
  return slashCommand('ask', 'Ask a question about health-information careers').addStringOption((o) =>
    o.setName('question').setDescription('Your question, in your own words').setRequired(true).setMaxLength(maxQuestion),
  );
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const text = interaction.options.getString('question', true);
  await respondToCommand(interaction, ctx.core.advisor.handle(ctx.who(interaction), { kind: 'text', text }), false, ctx.delivery);
}
