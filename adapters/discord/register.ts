// `npm run discord:register`: registers the slash commands with Discord, to one server (DISCORD_GUILD_ID,
// instant, for development) or globally. It fetches what is registered, compares a normalised form and
// pushes (one bulk overwrite) only when something differs.
import { pathToFileURL } from 'node:url';
import { DiscordAPIError, REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { ConfigError, loadConfig, loadDotEnv } from '../../src/index.js';
import { loadKnowledge } from '../../src/index.js';
import { outbound } from '../../src/index.js';
import { KnowledgeError } from '../../src/index.js';
import { commandDefinitions } from './commands/index.js';

export type Scope = { kind: 'guild'; guildId: string } | { kind: 'global' };

type Json = Record<string, unknown>;

const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;

function sortedOrNull(list: unknown): unknown[] | null {
  return Array.isArray(list) && list.length ? [...list].sort() : null;
}

function localizations(value: unknown): unknown {
  return value && typeof value === 'object' && Object.keys(value).length ? value : null;
}

function normaliseOption(option: Json): Json {
  const out: Json = {
    type: option.type,
    name: option.name,
    description: option.description ?? '',
    name_localizations: localizations(option.name_localizations),
    description_localizations: localizations(option.description_localizations),
  };
  if (option.type !== SUBCOMMAND && option.type !== SUBCOMMAND_GROUP) {
    out.required = Boolean(option.required);
    out.autocomplete = Boolean(option.autocomplete);
  }
  const choices = Array.isArray(option.choices) ? (option.choices as Json[]) : [];
  out.choices = choices.length ? choices.map((c) => ({ name: c.name, value: c.value, name_localizations: localizations(c.name_localizations) })) : null;
  const options = Array.isArray(option.options) ? (option.options as Json[]) : [];
  out.options = options.length ? options.map(normaliseOption) : null;
  for (const key of ['min_value', 'max_value', 'min_length', 'max_length']) out[key] = option[key] ?? null;
  out.channel_types = sortedOrNull(option.channel_types);
  return out;
}

/**
 * The parts of a command definition that matter, with Discord's defaults filled in, so that what
 * Discord returns (ids, versions, nulls, omitted falses) compares equal to what we would send.
 * `contexts` and `integration_types` only exist for global commands.
 */
export function normaliseCommand(command: Json, scope: Scope['kind']): Json {
  const options = Array.isArray(command.options) ? (command.options as Json[]) : [];
  const out: Json = {
    name: command.name,
    type: command.type ?? 1,
    description: command.description ?? '',
    name_localizations: localizations(command.name_localizations),
    description_localizations: localizations(command.description_localizations),
    options: options.length ? options.map(normaliseOption) : null,
    default_member_permissions: command.default_member_permissions ?? null,
    nsfw: Boolean(command.nsfw),
  };
  if (scope === 'global') {
    out.contexts = sortedOrNull(command.contexts);
    out.integration_types = sortedOrNull(command.integration_types) ?? [0];
  }
  return out;
}

export interface CommandDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export function diffCommands(wanted: readonly Json[], current: readonly Json[], scope: Scope['kind']): CommandDiff {
  const byName = (list: readonly Json[]) => new Map(list.map((c) => [String(c.name), JSON.stringify(normaliseCommand(c, scope))]));
  const want = byName(wanted);
  const have = byName(current);
  return {
    added: [...want.keys()].filter((n) => !have.has(n)),
    removed: [...have.keys()].filter((n) => !want.has(n)),
    changed: [...want.keys()].filter((n) => have.has(n) && have.get(n) !== want.get(n)),
  };
}

export function isUpToDate(diff: CommandDiff): boolean {
  return !diff.added.length && !diff.removed.length && !diff.changed.length;
}

/** What to send for a scope: guild commands carry no contexts or integration types. */
export function definitionsFor(definitions: readonly RESTPostAPIApplicationCommandsJSONBody[], scope: Scope['kind']): Json[] {
  return definitions.map((d) => {
    const copy: Json = { ...d };
    if (scope === 'guild') {
      delete copy.contexts;
      delete copy.integration_types;
    }
    return copy;
  });
}

/** How a command is named to an operator: /ask for a slash command, "Ask ChartPath" (message menu) for a context-menu one. */
function commandLabel(name: string): string {
  return /^[-_\p{Ll}\p{N}]+$/u.test(name) ? `/${name}` : `"${name}" (message menu)`;
}

function route(applicationId: string, scope: Scope): `/${string}` {
  return scope.kind === 'guild' ? Routes.applicationGuildCommands(applicationId, scope.guildId) : Routes.applicationCommands(applicationId);
}

export async function fetchRegistered(rest: REST, applicationId: string, scope: Scope): Promise<Json[]> {
  return (await rest.get(route(applicationId, scope))) as Json[];
}

export interface SyncResult {
  scope: Scope;
  pushed: boolean;
  diff: CommandDiff;
  names: string[];
}

export async function syncCommands(
  rest: REST,
  applicationId: string,
  scope: Scope,
  definitions: readonly RESTPostAPIApplicationCommandsJSONBody[],
): Promise<SyncResult> {
  const body = definitionsFor(definitions, scope.kind);
  const current = await fetchRegistered(rest, applicationId, scope);
  const diff = diffCommands(body, current, scope.kind);
  const names = body.map((c) => String(c.name));
  if (isUpToDate(diff)) return { scope, pushed: false, diff, names };
  await rest.put(route(applicationId, scope), { body });
  return { scope, pushed: true, diff, names };
}

export function describeScope(scope: Scope): string {
  return scope.kind === 'guild' ? `server (guild) ${scope.guildId}` : 'every server (global commands)';
}

export function describeResult(result: SyncResult): string {
  const where = describeScope(result.scope);
  if (!result.names.length) {
    return result.pushed
      ? `Removed ${result.diff.removed.map(commandLabel).join(', ')} from ${where}.`
      : `No commands are registered in ${where}; nothing to remove.`;
  }
  if (!result.pushed) return `Already up to date: ${result.names.length} commands in ${where} (${result.names.map(commandLabel).join(', ')}). Nothing was pushed.`;
  const parts = [
    result.diff.added.length ? `added ${result.diff.added.map(commandLabel).join(', ')}` : '',
    result.diff.changed.length ? `updated ${result.diff.changed.map(commandLabel).join(', ')}` : '',
    result.diff.removed.length ? `removed ${result.diff.removed.map(commandLabel).join(', ')}` : '',
  ].filter(Boolean);
  return `Registered ${result.names.length} commands in ${where}: ${parts.join('; ')}.`;
}

export function explainApiError(error: unknown, scope: Scope): string {
  if (error instanceof DiscordAPIError || (error && typeof error === 'object' && 'status' in error)) {
    const status = (error as { status: number }).status;
    if (status === 401) return 'Discord rejected DISCORD_TOKEN. Get a new token in the developer portal (Bot > Reset Token).';
    if (status === 403 || status === 404) {
      return scope.kind === 'guild'
        ? `Discord refused access to server ${scope.guildId}: check DISCORD_GUILD_ID and DISCORD_APPLICATION_ID, and that the bot was invited to that server with the "applications.commands" scope (see adapters/discord/README.md).`
        : 'Discord refused access: check that DISCORD_APPLICATION_ID is the id of the application that owns DISCORD_TOKEN.';
    }
  }
  return `Discord answered with an error: ${(error as Error)?.message ?? String(error)}`;
}

/**
 * The command-line entry point. Returns the exit code. `--remove` unregisters every command of the scope
 * (e.g. the development guild's, once the global ones are live, so that they do not show twice).
 */
export async function main(
  env: NodeJS.ProcessEnv = process.env,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  args: readonly string[] = process.argv.slice(2),
): Promise<number> {
  const remove = args.includes('--remove');
  const unknown = args.filter((a) => a !== '--remove');
  if (unknown.length) {
    err.write(`Unknown argument ${unknown[0]}. Usage: npm run discord:register [-- --remove]\n`);
    return 2;
  }
  let config;
  try {
    if (env === process.env) loadDotEnv();
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      err.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const discord = config.discord;
  const missing = [!discord && 'DISCORD_TOKEN', !discord?.applicationId && 'DISCORD_APPLICATION_ID'].filter(Boolean);
  if (!discord || !discord.applicationId) {
    err.write(`Cannot register commands: set ${missing.join(' and ')} (see .env.example and adapters/discord/README.md).\n`);
    return 2;
  }
  const scope: Scope = discord.guildId ? { kind: 'guild', guildId: discord.guildId } : { kind: 'global' };
  let kb;
  try {
    kb = loadKnowledge(config.knowledgeDir);
  } catch (error) {
    if (error instanceof KnowledgeError) {
      err.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const definitions = remove ? [] : commandDefinitions({ plans: kb.plans, maxQuestion: config.maxInputChars });
  const agent = (await outbound(config.proxy)).dispatcher; // HTTPS_PROXY / NO_PROXY, as for the bot
  const rest = new REST({ ...(discord.apiUrl ? { api: discord.apiUrl } : {}), ...(agent ? { agent: agent as never } : {}) }).setToken(discord.token);
  try {
    out.write(`Checking the slash commands of application ${discord.applicationId} in ${describeScope(scope)}${discord.apiUrl ? ` (API ${discord.apiUrl})` : ''}...\n`);
    const result = await syncCommands(rest, discord.applicationId, scope, definitions);
    out.write(`${describeResult(result)}\n`);
    if (scope.kind === 'global' && result.pushed) out.write('Global commands can take a few minutes to show up in every server; use DISCORD_GUILD_ID while developing.\n');
    return 0;
  } catch (error) {
    err.write(`${explainApiError(error, scope)}\n`);
    return 1;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
