// The registry of slash commands: one module per command, each with its definition and handler.
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import * as ask from './ask.js';
import * as askMessage from './ask-message.js';
import * as checklist from './checklist.js';
import * as forgetMe from './forget-me.js';
import * as help from './help.js';
import * as topics from './topics.js';
import type { CommandModule, DefinitionContext } from './types.js';

export const commandModules: readonly CommandModule[] = [ask, checklist, topics, help, forgetMe, askMessage];

export function buildCommand(module: CommandModule, ctx: DefinitionContext) {
  return typeof module.data === 'function' ? module.data(ctx) : module.data;
}

/** The JSON definitions Discord registers (PUT /applications/{id}/commands). */
export function commandDefinitions(ctx: DefinitionContext): RESTPostAPIApplicationCommandsJSONBody[] {
  return commandModules.map((m) => buildCommand(m, ctx).toJSON());
}

/** Command name -> module, for dispatching interactions. */
export function commandTable(ctx: DefinitionContext): Map<string, CommandModule> {
  return new Map(commandModules.map((m) => [buildCommand(m, ctx).name, m]));
}

