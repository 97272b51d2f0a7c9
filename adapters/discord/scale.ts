// Discord at scale: shards, bounded caches, the invite's permissions, and which gateway closes are final.
import { GatewayCloseCodes, Options, PermissionFlagsBits, type ClientOptions } from 'discord.js';

/**
 * Shards, all run by this one process (so every shard shares the one data store): "auto" asks Discord for the
 * recommended count at login (one shard below 2,500 servers); a number fixes the total. Several processes
 * (discord.js's ShardingManager) would each write the data file: that needs a server database behind the storage port.
 */
export function shardOptions(shards: 'auto' | number | undefined): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (shards === undefined || shards === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: shards }, (_, i) => i), shardCount: shards };
}

/** Messages kept per channel. The bot answers the message event it is given and never needs history. */
export const MESSAGE_CACHE_PER_CHANNEL = 25;
/** Members kept per server (the bot's own member is always kept: permissions are computed from it). */
export const MEMBER_CACHE_PER_GUILD = 100;
/** Users kept in all (the bot itself is always kept). */
export const USER_CACHE = 2000;

/**
 * Caches with limits, so memory does not grow with the size and activity of the servers. Channels, threads, roles and
 * guilds stay unlimited: discord.js drops a message whose channel it has not cached, and mentions of the bot's role
 * are resolved from the roles. What the bot never reads is not cached at all.
 */
export function boundedCaches(): NonNullable<ClientOptions['makeCache']> {
  const keepSelf = { keepOverLimit: (value: { id: string; client: { user: { id: string } | null } }) => value.id === value.client.user?.id };
  return Options.cacheWithLimits({
    MessageManager: MESSAGE_CACHE_PER_CHANNEL,
    GuildMemberManager: { maxSize: MEMBER_CACHE_PER_GUILD, ...keepSelf },
    UserManager: { maxSize: USER_CACHE, ...keepSelf },
    PresenceManager: 0,
    ReactionManager: 0,
    ReactionUserManager: 0,
    ThreadMemberManager: 0,
    VoiceStateManager: 0,
    StageInstanceManager: 0,
    GuildEmojiManager: 0,
    BaseGuildEmojiManager: 0,
    ApplicationEmojiManager: 0,
    GuildStickerManager: 0,
    GuildScheduledEventManager: 0,
    GuildInviteManager: 0,
    GuildBanManager: 0,
    AutoModerationRuleManager: 0,
    ApplicationCommandManager: 0,
    EntitlementManager: 0,
  } as Parameters<typeof Options.cacheWithLimits>[0]);
}

/** Sweepers: what stays in the limited caches also ages out. */
export function sweepers(): NonNullable<ClientOptions['sweepers']> {
  const notSelf = () => (value: { id: string; client: { user: { id: string } | null } }) => value.id !== value.client.user?.id;
  return {
    ...Options.DefaultSweeperSettings, // archived threads after 4 hours
    messages: { interval: 300, lifetime: 900 },
    users: { interval: 3600, filter: notSelf },
    guildMembers: { interval: 3600, filter: notSelf },
  } as NonNullable<ClientOptions['sweepers']>;
}

/**
 * The permissions the invite asks for, in the channels where people mention the bot. Slash commands, buttons and
 * their replies need none (Discord delivers them as interaction responses).
 */
export const INVITE_PERMISSIONS = {
  ViewChannel: PermissionFlagsBits.ViewChannel, // see the channel and the messages that mention the bot
  SendMessages: PermissionFlagsBits.SendMessages, // answer a mention
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads, // answer a mention in a thread or a forum post
  EmbedLinks: PermissionFlagsBits.EmbedLinks, // answers are embeds
  ReadMessageHistory: PermissionFlagsBits.ReadMessageHistory, // an answer is a reply to the question's message
} as const;

export const INVITE_PERMISSION_BITS: bigint = Object.values(INVITE_PERMISSIONS).reduce((a, b) => a | b, 0n);

/** The install link for servers (Guild Install): the bot user and its slash commands, with the permissions above. */
export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot+applications.commands&permissions=${INVITE_PERMISSION_BITS}`;
}

/** Gateway close codes after which discord.js does not reconnect, each with what an operator should do. */
export const FINAL_CLOSES: Readonly<Record<number, string>> = {
  [GatewayCloseCodes.AuthenticationFailed]:
    'Discord rejected the bot token (DISCORD_TOKEN). Get a new token in the Discord developer portal (https://discord.com/developers/applications > your application > Bot > Reset Token) and put it in DISCORD_TOKEN.',
  [GatewayCloseCodes.InvalidShard]: 'Discord refused the shard settings (invalid shard): set DISCORD_SHARDS=auto, or a total shard count.',
  [GatewayCloseCodes.ShardingRequired]: 'Discord requires sharding for a bot in this many servers: set DISCORD_SHARDS=auto (the default), or a higher shard count.',
  [GatewayCloseCodes.InvalidAPIVersion]: 'Discord refused the gateway API version: update ChartPath (discord.js).',
  [GatewayCloseCodes.InvalidIntents]: 'Discord refused the gateway intents as invalid: update ChartPath (discord.js).',
  [GatewayCloseCodes.DisallowedIntents]:
    'Discord refused a privileged gateway intent this bot asked for. Enable it under Bot > Privileged Gateway Intents in the developer portal.',
};
