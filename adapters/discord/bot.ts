// The discord.js client and its event handlers: slash commands, autocomplete, buttons and menus, mentions
// and direct messages. Each handler is wrapped: a failure is logged and answered with a short apology.
import {
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  RESTEvents,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type Message,
} from 'discord.js';
import type { Core } from '../../src/index.js';
import type { Who } from '../../src/contract/index.js';
import type { Logger } from '../../src/index.js';
import { PHRASES } from '../../src/index.js';
import { commandTable } from './commands/index.js';
import type { CommandContext } from './commands/types.js';
import {
  apologizeToInteraction,
  apologizeToMessage,
  respondToCommand,
  respondToComponent,
  respondToMessage,
  type ComponentInteraction,
  type DeliveryOptions,
} from './delivery.js';
import { NO_MENTIONS, TOPIC_MENU_PREFIX } from './render.js';
import { boundedCaches, shardOptions, sweepers } from './scale.js';

/**
 * Gateway intents, the minimum the bot needs (none of them privileged):
 * - Guilds: the servers and channels the bot is in (discord.js needs them to route interactions and messages);
 * - GuildMessages: messages in server channels, to see the ones that mention the bot;
 * - DirectMessages: messages people send the bot in private.
 * MessageContent is not needed: Discord always gives a bot the text of messages that mention it and of DMs.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

export interface ClientSettings {
  /** Another base URL for the REST API (DISCORD_API_URL), e.g. http://127.0.0.1:8080/api; discord.js adds /v10. */
  apiUrl?: string | undefined;
  /** The REST client's undici dispatcher: the outbound proxy (src/net/outbound.ts), or undefined to connect directly. */
  agent?: unknown;
  /** DISCORD_SHARDS: "auto" (the default) or a total number of shards, all in this process. */
  shards?: 'auto' | number | undefined;
}

export function createDiscordClient(settings: ClientSettings = {}): Client {
  return new Client({
    intents: [...INTENTS],
    // DM channels are not cached before their first message: without this partial, DMs would be dropped.
    partials: [Partials.Channel],
    // A safety net under every payload, which also sets allowedMentions itself.
    allowedMentions: NO_MENTIONS,
    failIfNotExists: false,
    rest: { ...(settings.apiUrl ? { api: settings.apiUrl } : {}), ...(settings.agent ? { agent: settings.agent as never } : {}) },
    ...shardOptions(settings.shards),
    makeCache: boundedCaches(),
    sweepers: sweepers(),
  });
}

export interface HandlerSettings {
  /** See DeliveryOptions.deferAfterMs. */
  deferAfterMs: number;
}

export interface Handlers {
  /** Handlers still running, so that stop() can let them finish. */
  inflight: Set<Promise<void>>;
}

function interactionWho(interaction: Interaction): Who {
  return {
    person: interaction.user.id,
    channel: interaction.channelId ?? `dm-${interaction.user.id}`,
    surface: 'discord',
    shared: interaction.inGuild(),
  };
}

function interactionKind(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return 'command';
  if (interaction.isMessageContextMenuCommand()) return 'message-command';
  if (interaction.isAutocomplete()) return 'autocomplete';
  if (interaction.isButton()) return 'button';
  if (interaction.isStringSelectMenu()) return 'menu';
  return `type-${interaction.type}`;
}

/** Does a guild message address the bot (a mention of the bot user or of its own managed role)? */
function addressesBot(message: Message<true>, botId: string): boolean {
  if (message.mentions.users.has(botId) || new RegExp(`<@!?${botId}>`).test(message.content)) return true;
  return message.mentions.roles.some((role) => role.tags?.botId === botId);
}

/** The question without the bot's own mention(s). Other mentions stay: the core never echoes text. */
export function stripBotMention(content: string, botId: string, botRoleIds: readonly string[] = []): string {
  let text = content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ');
  for (const role of botRoleIds) text = text.split(`<@&${role}>`).join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

export function attachHandlers(client: Client, core: Core, settings: HandlerSettings): Handlers {
  const log = core.logger;
  const delivery: DeliveryOptions = { deferAfterMs: settings.deferAfterMs, logger: log, toldAboutDm: new Set() };
  const ctx: CommandContext = { core, delivery, who: interactionWho };
  const commands = commandTable({ plans: core.advisor.plans(), maxQuestion: core.config.maxInputChars });
  const inflight = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    const settled = work.catch(() => undefined);
    inflight.add(settled);
    void settled.finally(() => inflight.delete(settled));
  };

  async function onInteraction(interaction: Interaction): Promise<void> {
    const started = Date.now();
    const kind = interactionKind(interaction);
    const name = interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined;
    try {
      if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) await onCommand(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isButton()) await onComponent(interaction, interaction.customId);
      else if (interaction.isStringSelectMenu() && interaction.customId.startsWith(TOPIC_MENU_PREFIX)) {
        await onComponent(interaction, interaction.values[0]);
      } else return;
      log.debug({ surface: 'discord', kind, command: name, ms: Date.now() - started }, 'discord: interaction handled');
    } catch (error) {
      log.error({ surface: 'discord', kind, command: name, err: error }, 'discord: an interaction handler failed');
      try {
        if (interaction.isAutocomplete()) {
          if (!interaction.responded) await interaction.respond([]);
        } else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand() || interaction.isButton() || interaction.isStringSelectMenu()) {
          await apologizeToInteraction(interaction, PHRASES.error);
        }
      } catch (apologyError) {
        log.warn({ surface: 'discord', kind, err: apologyError }, 'discord: could not send the apology either');
      }
    }
  }

  async function onCommand(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction): Promise<void> {
    const command = commands.get(interaction.commandName);
    if (command) return command.execute(interaction as never, ctx);
    // A command registered by another version of the bot: say so instead of failing silently.
    const invalid = { name: 'invalid' as const, message: PHRASES.unknownCommand(interaction.commandName.slice(0, 32)) };
    const work = core.advisor.handle(interactionWho(interaction), { kind: 'command', command: invalid });
    await respondToCommand(interaction, work, true, delivery);
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = commands.get(interaction.commandName);
    if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
  }

  async function onComponent(interaction: ComponentInteraction, payload: string | undefined): Promise<void> {
    await respondToComponent(interaction, core.advisor.handle(interactionWho(interaction), { kind: 'action', payload }), delivery);
  }

  async function onMessage(message: Message): Promise<void> {
    if (message.author.bot || message.system || message.webhookId) return;
    const me = client.user;
    if (!me) return;
    const inGuild = message.inGuild();
    if (inGuild) {
      if (!addressesBot(message, me.id)) return;
    } else if (message.channel.type !== ChannelType.DM) return;
    try {
      const botRoles = inGuild ? message.mentions.roles.filter((r) => r.tags?.botId === me.id).map((r) => r.id) : [];
      const text = stripBotMention(message.content, me.id, botRoles);
      const who: Who = { person: message.author.id, channel: message.channelId, surface: 'discord', shared: inGuild };
      const reply = await core.advisor.handle(who, { kind: 'text', text });
      await respondToMessage(message, reply, delivery);
      log.debug({ surface: 'discord', kind: inGuild ? 'mention' : 'dm' }, 'discord: message answered');
    } catch (error) {
      log.error({ surface: 'discord', kind: inGuild ? 'mention' : 'dm', err: error }, 'discord: a message handler failed');
      try {
        await apologizeToMessage(message, PHRASES.error);
      } catch (apologyError) {
        log.warn({ surface: 'discord', err: apologyError }, 'discord: could not send the apology either');
      }
    }
  }

  client.on(Events.InteractionCreate, (interaction) => track(onInteraction(interaction)));
  client.on(Events.MessageCreate, (message) => track(onMessage(message)));
  return { inflight };
}

/** Connection events, logged so that an operator sees disconnects and reconnects (discord.js reconnects itself). */
export function attachLifecycleLogging(client: Client, log: Logger, state: { stopping: boolean }): void {
  let lost = false;
  client.on(Events.ShardReconnecting, (shard) => {
    if (state.stopping) return;
    lost = true;
    log.warn({ surface: 'discord', shard }, 'discord: gateway connection lost; reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    lost = false;
    log.info({ surface: 'discord', shard, replayed }, 'discord: gateway connection re-established (session resumed)');
  });
  client.on(Events.ShardReady, (shard) => {
    if (lost) log.info({ surface: 'discord', shard }, 'discord: gateway connection re-established (new session)');
    lost = false;
  });
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (state.stopping) return;
    log.error({ surface: 'discord', shard, code: event.code }, 'discord: gateway closed the connection for good (it will not reconnect)');
  });
  client.on(Events.ShardError, (error, shard) => log.warn({ surface: 'discord', shard, err: error }, 'discord: gateway connection error'));
  client.on(Events.Invalidated, () => log.error({ surface: 'discord' }, 'discord: the session was invalidated; restart the bot'));
  client.on(Events.Error, (error) => log.error({ surface: 'discord', err: error }, 'discord: client error'));
  client.on(Events.Warn, (message) => log.warn({ surface: 'discord', detail: message }, 'discord: warning'));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.warn({ surface: 'discord', route: info.route, retryAfterMs: info.retryAfter, global: info.global }, 'discord: rate limited by Discord'),
  );
}
