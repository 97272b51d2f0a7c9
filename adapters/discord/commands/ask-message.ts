// "Ask ChartPath" on a message (right-click or long-press > Apps): a message context-menu command that asks about
// the message's text, answered like /ask. Discord gives an app the target message's content without the privileged
// MessageContent intent.
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { respondToCommand } from '../delivery.js';
import type { CommandContext } from './types.js';

export const ASK_MESSAGE = 'Ask ChartPath';

export const data = new ContextMenuCommandBuilder()
  .setName(ASK_MESSAGE)
  .setType(ApplicationCommandType.Message)
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export async function execute(interaction: MessageContextMenuCommandInteraction, ctx: CommandContext): Promise<void> {
  const text = interaction.targetMessage.content;
  await respondToCommand(interaction, ctx.core.advisor.handle(ctx.who(interaction), { kind: 'text', text }), false, ctx.delivery);
}
