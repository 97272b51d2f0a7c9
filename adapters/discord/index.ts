// The Discord surface: `startDiscord(core)` logs the bot in and answers until stop(). src/start.ts calls it
// when DISCORD_TOKEN is set. The adapter only translates between Discord and the core.
// gateway-proxy must be evaluated before discord.js is loaded (it prepares the gateway's WebSocket for a proxy):
// src/start.ts imports it first. useGatewayAgent refuses a proxy if discord.js came first.
import { useGatewayAgent } from './gateway-proxy.js';
import { Events, REST, Status, type Client } from 'discord.js';
import { outbound } from '../../src/index.js';
import type { Core } from '../../src/index.js';
import type { Logger } from '../../src/index.js';
import type { RunningSurface, SurfaceHealth } from '../../src/contract/index.js';
import { FINAL_CLOSES } from './scale.js';
import { attachHandlers, attachLifecycleLogging, createDiscordClient, type Handlers } from './bot.js';
import { commandDefinitions } from './commands/index.js';
import { describeScope, diffCommands, definitionsFor, fetchRegistered, isUpToDate, type Scope } from './register.js';

export { createDiscordClient, INTENTS } from './bot.js';
export { renderReply } from './render.js';

export interface DiscordSurfaceOptions {
  /** Answer directly when the core replies within this time, else deferReply first. Default 1500 ms (Discord allows 3 s). */
  deferAfterMs?: number;
  /** Give up when the gateway is not ready within this time. Default 60 s. */
  readyTimeoutMs?: number;
  /** Check at start-up that the registered slash commands match this version, and warn if not. Default true. */
  checkCommands?: boolean;
  /** On stop, how long running handlers may take to finish before the client is destroyed. Default 5 s. */
  drainMs?: number;
}

export const DEFAULT_DEFER_AFTER_MS = 1500;

const TOKEN_HELP =
  'Get a new token in the Discord developer portal (https://discord.com/developers/applications > your application > Bot > Reset Token) and put it in DISCORD_TOKEN.';

/** Turns a start-up failure into an Error an operator can act on. */
export function startupError(error: unknown, apiUrl: string | undefined): Error {
  const code = (error as { code?: unknown })?.code;
  const message = (error as Error)?.message;
  // REST answers 401 (discord.js: TokenInvalid), or the gateway closes with 4004 ("Authentication failed").
  if (code === 'TokenInvalid' || code === 4004 || message === 'Authentication failed') return new Error(`Discord rejected the bot token (DISCORD_TOKEN). ${TOKEN_HELP}`);
  if (code === 4014 || message === 'Used disallowed intents') return new Error(FINAL_CLOSES[4014]);
  if (typeof code === 'number' && FINAL_CLOSES[code]) return new Error(FINAL_CLOSES[code]);
  const where = apiUrl ? ` at ${apiUrl} (DISCORD_API_URL)` : '';
  return new Error(`Could not connect to Discord${where}: ${(error as Error)?.message ?? String(error)}`);
}

class GatewayClosed extends Error {
  constructor(readonly code: number) {
    super(`the gateway closed the connection (code ${code})`);
  }
}

function waitForReady(client: Client, timeoutMs: number): { promise: Promise<void>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let cleanup = () => {};
  const promise = new Promise<void>((resolve, reject) => {
    const onReady = () => {
      cleanup();
      resolve();
    };
    const onDisconnect = (event: { code: number }) => {
      cleanup();
      reject(new GatewayClosed(event.code));
    };
    timer = setTimeout(() => {
      cleanup();
      reject(new Error(`the gateway was not ready after ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    client.once('clientReady', onReady);
    client.on('shardDisconnect', onDisconnect);
    cleanup = () => {
      clearTimeout(timer);
      client.off('clientReady', onReady);
      client.off('shardDisconnect', onDisconnect);
    };
  });
  promise.catch(() => undefined);
  return { promise, cancel: () => cleanup() };
}

/** Warns when the slash commands registered with Discord differ from this version's (never fails). */
async function checkRegistration(client: Client, core: Core, log: Logger): Promise<void> {
  const settings = core.config.discord;
  const applicationId = client.application?.id ?? settings?.applicationId;
  if (!settings || !applicationId) return;
  const scope: Scope = settings.guildId ? { kind: 'guild', guildId: settings.guildId } : { kind: 'global' };
  try {
    const wanted = definitionsFor(commandDefinitions({ plans: core.advisor.plans(), maxQuestion: core.config.maxInputChars }), scope.kind);
    const current = await fetchRegistered(client.rest as unknown as REST, applicationId, scope);
    const diff = diffCommands(wanted, current, scope.kind);
    if (isUpToDate(diff)) log.info({ surface: 'discord', scope: scope.kind }, 'discord: slash commands are registered and up to date');
    else
      log.warn(
        { surface: 'discord', scope: scope.kind, ...diff },
        `discord: the slash commands registered in ${describeScope(scope)} differ from this version; run \`npm run discord:register\``,
      );
  } catch (error) {
    log.warn({ surface: 'discord', err: error }, 'discord: could not check the registered slash commands');
  }
}

async function drain(handlers: Handlers, ms: number): Promise<void> {
  if (!handlers.inflight.size) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled([...handlers.inflight]), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

export interface DiscordSurface extends RunningSurface {
  client: Client;
}

/** Healthy when every shard of this process is connected and ready. */
function discordHealth(client: Client): SurfaceHealth {
  const shards = [...client.ws.shards.values()];
  const ready = shards.filter((s) => s.status === Status.Ready).length;
  return { ok: shards.length > 0 && ready === shards.length, shards: shards.length, ready };
}

export async function startDiscord(core: Core, options: DiscordSurfaceOptions = {}): Promise<DiscordSurface> {
  const settings = core.config.discord;
  if (!settings) throw new Error('Discord is not configured: set DISCORD_TOKEN (see adapters/discord/README.md).');
  const log = core.logger;
  // Every connection through the outbound proxy when one is set: REST through the client's undici agent, the gateway
  // through gateway-proxy.ts.
  const net = await outbound(core.config.proxy);
  useGatewayAgent(net.proxy ? (url) => net.agentFor(url) : undefined, Boolean(net.proxy));
  const client = createDiscordClient({ apiUrl: settings.apiUrl, agent: net.dispatcher, shards: settings.shards });
  const state = { stopping: false };
  attachLifecycleLogging(client, log, state);
  const handlers = attachHandlers(client, core, { deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS });

  const ready = waitForReady(client, options.readyTimeoutMs ?? 60_000);
  try {
    await client.login(settings.token);
    await ready.promise;
  } catch (error) {
    ready.cancel();
    state.stopping = true;
    await client.destroy().catch(() => undefined);
    throw startupError(error, settings.apiUrl);
  }
  log.info(
    { surface: 'discord', bot: client.user?.username, botId: client.user?.id, guilds: client.guilds.cache.size, shards: client.ws.shards.size, network: net.describe() },
    'discord: logged in and listening',
  );
  if (options.checkCommands !== false) void checkRegistration(client, core, log);

  // A close Discord will not let the client recover from (a reset token, a refused intent...): the surface has failed
  // for good, and src/start.ts exits non-zero so that a supervisor notices and restarts it.
  const fatal = new Promise<Error>((resolve) => {
    client.on(Events.ShardDisconnect, (event) => {
      if (!state.stopping) resolve(startupError({ code: event.code }, settings.apiUrl));
    });
    client.on(Events.Invalidated, () => {
      if (!state.stopping) resolve(new Error('Discord invalidated the session and the client cannot continue; restart the bot.'));
    });
  });

  let stopped: Promise<void> | undefined;
  return {
    name: 'discord',
    client,
    fatal,
    health: () => discordHealth(client),
    stop() {
      stopped ??= (async () => {
        state.stopping = true;
        await drain(handlers, options.drainMs ?? 5000);
        await client.destroy();
        log.info({ surface: 'discord' }, 'discord: logged out');
      })();
      return stopped;
    },
  };
}
