// What every command file gets and exports (the discord.js guide's one-command-per-file layout).
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Who } from '../../../src/contract/index.js';
import type { Core } from '../../../src/index.js';
import type { DeliveryOptions } from '../delivery.js';

/** A slash command, or a command from a message's context menu. */
export type AnyCommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

export interface CommandContext {
  core: Core;
  delivery: DeliveryOptions;
  /** The person and place of an interaction, as the core knows them. */
  who(interaction: AnyCommandInteraction | AutocompleteInteraction): Who;
}

/** What a command's definition may depend on: the checklist plans, and the longest question the core reads. */
export interface DefinitionContext {
  plans: readonly { id: string; title: string }[];
  /** MAX_INPUT_CHARS: /ask accepts no more than the core reads. */
  maxQuestion?: number | undefined;
}

export interface CommandBuilderLike {
  readonly name: string;
  toJSON(): RESTPostAPIApplicationCommandsJSONBody;
}

export interface CommandModule {
  /** The command's builder, or a function of the knowledge base for definitions that list its content. */
  data: CommandBuilderLike | ((ctx: DefinitionContext) => CommandBuilderLike);
  execute(interaction: never, ctx: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
}

/** A builder usable in servers and in the bot's DMs, for a server-installed app. */
export function slashCommand(name: string, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}
