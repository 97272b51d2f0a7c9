// What every command file gets and exports (the discord.js guide's one-command-per-file layout).
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Who } from '../../../src/core/advisor.js';
import type { Core } from '../../../src/boot.js';
import type { Plan } from '../../../src/checklist/types.js';
import type { DeliveryOptions } from '../delivery.js';

export interface CommandContext {
  core: Core;
  delivery: DeliveryOptions;
  /** The person and place of an interaction, as the core knows them. */
  who(interaction: ChatInputCommandInteraction | AutocompleteInteraction): Who;
}

/** What a command's definition may depend on: the knowledge base's checklist plans. */
export interface DefinitionContext {
  plans: readonly Pick<Plan, 'id' | 'title'>[];
}

export interface CommandBuilderLike {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

export interface CommandModule {
  /** The command's builder, or a function of the knowledge base for definitions that list its content. */
  data: CommandBuilderLike | ((ctx: DefinitionContext) => CommandBuilderLike);
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void>;
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
