// The Slack surface: Bolt (@slack/bolt 5) in Socket Mode (SLACK_APP_TOKEN) or HTTP mode (SLACK_SIGNING_SECRET + PORT),
// for one workspace (SLACK_BOT_TOKEN) or for every workspace that installs it (OAuth: SLACK_CLIENT_ID... , oauth.ts).
// `npm start` calls startSlack(core) when Slack is configured (src/start.ts).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, webApi, type Receiver } from '@slack/bolt';
import type { Core } from '../../src/index.js';
import { outbound } from '../../src/index.js';
import type { RunningSurface } from '../../src/contract/index.js';
import { StoreInstallations } from '../../src/index.js';
import { boltLogger } from './bolt-logger.js';
import { PersistedIds } from './dedupe.js';
import { registerHandlers } from './handlers.js';
import { guardRequests, MAX_BODY_BYTES } from './request-guard.js';
import { INSTALL_PATH, oauthReceiverOptions, personInInstallation, slackInstallationStore } from './oauth.js';
import { registerUninstallHandlers } from './uninstall.js';

/** Slack signs each request with a timestamp; Bolt refuses old ones, we also refuse ones from the future. */
export const MAX_REQUEST_AGE_SECONDS = 5 * 60;
export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';

export interface SlackStartOptions {
  /** HTTP mode: address to listen on. Default: SLACK_HTTP_HOST, else 0.0.0.0 (tests use 127.0.0.1). */
  host?: string | undefined;
  /** HTTP mode: port. Default: PORT (tests use 0: any free port). */
  port?: number | undefined;
  /** Extra Web API client options (tests: { retryConfig: { retries: 0 } }). */
  clientOptions?: Partial<webApi.WebClientOptions> | undefined;
  /** Socket Mode: settings of the Socket Mode client (tests shorten the ping timeouts). */
  socket?: { clientPingTimeout?: number; serverPingTimeout?: number } | undefined;
}

export interface SlackSurface extends RunningSurface {
  mode: 'http' | 'socket';
  app: App;
  /** HTTP mode: where Slack's requests are received. */
  address?: { host: string; port: number; url: string } | undefined;
  /** Socket Mode: the receiver (its `client` is the Socket Mode client). */
  socketReceiver?: SocketModeReceiver | undefined;
}

const HOST_RE = /^(?:[a-z0-9.-]+|\[?[0-9a-f:]+\]?)$/i;

function hostSetting(options: SlackStartOptions, configured: string | undefined): string {
  const host = options.host ?? configured ?? '';
  if (!host) return '0.0.0.0';
  if (!HOST_RE.test(host)) throw new Error(`SLACK_HTTP_HOST: must be an IP address or host name to listen on (got "${host}")`);
  return host.replace(/^\[|\]$/g, '');
}

/** Checks the bot token with auth.test (through the Web API client, so SLACK_API_URL applies) before anything starts. */
async function verifyBotToken(token: string, clientOptions: webApi.WebClientOptions, apiUrl: string): Promise<{ botId: string; botUserId: string; team?: string | undefined }> {
  const client = new webApi.WebClient(token, { ...clientOptions, retryConfig: { retries: 0 }, timeout: 15_000 });
  let result: webApi.AuthTestResponse;
  try {
    result = await client.auth.test();
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code) {
      throw new Error(
        `Slack rejected SLACK_BOT_TOKEN (${code}). Use the app's Bot User OAuth Token (xoxb-..., OAuth & Permissions page, after installing the app to the workspace).`,
      );
    }
    throw new Error(`Could not reach Slack's Web API at ${apiUrl} to check SLACK_BOT_TOKEN: ${(error as Error).message}. Check the network or SLACK_API_URL.`);
  }
  if (!result.bot_id || !result.user_id) {
    throw new Error('SLACK_BOT_TOKEN does not belong to a bot user. Use the Bot User OAuth Token (xoxb-...) from OAuth & Permissions.');
  }
  return { botId: result.bot_id, botUserId: result.user_id, team: result.team };
}

/** Wraps Bolt's HTTP listener: a request stamped more than five minutes in the future is refused (401) like a stale one. */
function refuseFutureRequests(receiver: HTTPReceiver, now: () => number = Date.now): void {
  const inner = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const header = req.headers['x-slack-request-timestamp'];
    const ts = Number(Array.isArray(header) ? header[0] : header);
    if (req.method === 'POST' && Number.isFinite(ts) && ts > Math.floor(now() / 1000) + MAX_REQUEST_AGE_SECONDS) {
      res.writeHead(401);
      res.end();
      return;
    }
    return inner(req, res);
  };
}

export async function startSlack(core: Core, options: SlackStartOptions = {}): Promise<SlackSurface> {
  const settings = core.config.slack;
  if (!settings) {
    throw new Error('Slack is not configured: set SLACK_BOT_TOKEN, plus SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode).');
  }
  const oauth = settings.oauth;
  const mode: 'http' | 'socket' = settings.appToken ? 'socket' : 'http';
  if (mode === 'http' && !settings.signingSecret) {
    throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET (Basic Information > App Credentials), or set SLACK_APP_TOKEN for Socket Mode.');
  }
  const host = mode === 'http' ? hostSetting(options, core.config.slack?.host) : '';
  const port = options.port ?? settings.port;
  const logger = core.logger;
  const sdkLogger = boltLogger(logger);
  const apiUrl = settings.apiUrl ?? 'https://slack.com/api/';

  // Every Web API call (oauth.v2.access included), response_url post and WebSocket goes through the outbound proxy
  // when one is set (HTTPS_PROXY / NO_PROXY): Bolt and the Web API client take a fetch, Socket Mode a dispatcher.
  const net = await outbound(core.config.proxy);
  const viaProxy = net.proxy ? { fetch: net.fetch as webApi.FetchFunction } : {};
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: apiUrl,
    // An answer that cannot be delivered within a few minutes is not worth delivering.
    retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
    logger: sdkLogger,
    ...viaProxy,
    ...options.clientOptions,
  };

  // One workspace: its token is checked now. OAuth: each installation brings its own token.
  const identity = oauth ? undefined : await verifyBotToken(settings.botToken!, clientOptions, apiUrl);
  const installations = oauth ? (core.installations ?? new StoreInstallations(core.store)) : undefined;

  // Handled requests and events, remembered in the store: a replay is not applied twice, even after a restart.
  const seen = new PersistedIds(core.store);
  let socketConnected = false;
  let receiver: Receiver;
  let socketReceiver: SocketModeReceiver | undefined;
  let httpReceiver: HTTPReceiver | undefined;
  if (mode === 'socket') {
    socketReceiver = new SocketModeReceiver({
      appToken: settings.appToken!,
      logger: sdkLogger,
      // The WebSocket (and apps.connections.open) through the outbound proxy.
      ...(net.dispatcher ? { dispatcher: net.dispatcher as never } : {}),
      // The Socket Mode client asks apps.connections.open through the same API URL.
      installerOptions: { clientOptions: { slackApiUrl: apiUrl, ...viaProxy } },
      ...(options.socket ?? {}),
    });
    // The SDK reconnects by itself after a lost connection; we only say so in the log.
    let connectedOnce = false;
    socketReceiver.client.on('connected', () => {
      logger.info({ surface: 'slack', mode }, connectedOnce ? 'Socket Mode connection re-established' : 'Socket Mode connected');
      connectedOnce = true;
    });
    socketReceiver.client.on('connected', () => (socketConnected = true));
    socketReceiver.client.on('reconnecting', () => {
      socketConnected = false;
      logger.warn({ surface: 'slack', mode }, 'Socket Mode connection lost; reconnecting');
    });
    socketReceiver.client.on('disconnected', () => (socketConnected = false));
    receiver = socketReceiver;
  } else {
    httpReceiver = new HTTPReceiver({
      signingSecret: settings.signingSecret!,
      endpoints: EVENTS_PATH,
      logger: sdkLogger,
      bodyLimit: MAX_BODY_BYTES,
      // OAuth: /slack/install and /slack/oauth_redirect, installations kept in the store.
      ...(oauth
        ? oauthReceiverOptions(
            oauth,
            slackInstallationStore(installations!, logger),
            { slackApiUrl: apiUrl, logger: sdkLogger, retryConfig: { retries: 0 }, timeout: 15_000, ...viaProxy, ...options.clientOptions },
            logger,
          )
        : {}),
      // A load balancer's health check.
      customRoutes: [
        {
          path: HEALTH_PATH,
          method: ['GET'],
          handler: (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/plain' });
            res.end('ok');
          },
        },
      ],
    });
    refuseFutureRequests(httpReceiver);
    guardRequests(httpReceiver, { signingSecret: settings.signingSecret!, path: EVENTS_PATH, seen, logger });
    receiver = httpReceiver;
  }

  const app = new App({
    ...(identity ? { token: settings.botToken, botId: identity.botId, botUserId: identity.botUserId } : {}),
    receiver,
    logger: sdkLogger,
    clientOptions,
    convoStore: false,
    ignoreSelf: true,
  });
  registerHandlers(app, { core, recent: seen, personOf: oauth ? personInInstallation : undefined });
  let removed: (error: Error) => void = () => {};
  const fatal = new Promise<Error>((resolve) => (removed = resolve));
  registerUninstallHandlers(app, core, installations ? { kind: 'oauth', installations } : { kind: 'single', botUserId: identity!.botUserId, onRemoved: removed });

  let address: SlackSurface['address'];
  try {
    if (mode === 'http') {
      const server = (await app.start({ port, host })) as Server;
      const info = server.address() as AddressInfo;
      address = { host, port: info.port, url: `http://${host.includes(':') ? `[${host}]` : host}:${info.port}${EVENTS_PATH}` };
      logger.info({ surface: 'slack', mode, host, port: info.port, path: EVENTS_PATH }, `Slack app listening for HTTP requests on ${host}:${info.port}${EVENTS_PATH}`);
      if (oauth) {
        const count = (await installations!.list('slack')).length;
        logger.info({ surface: 'slack', installPath: INSTALL_PATH, installations: count }, `Slack OAuth: workspaces install ChartPath at ${INSTALL_PATH} (${count} installed so far)`);
      }
    } else {
      await app.start();
    }
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (mode === 'socket' && code) {
      await socketReceiver?.client.disconnect().catch(() => {});
      throw new Error(`Slack rejected SLACK_APP_TOKEN (${code}). Use an app-level token (xapp-...) with the connections:write scope, and enable Socket Mode for the app.`);
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(`PORT ${port} is already in use: choose another PORT for Slack's HTTP mode.`);
    throw error;
  }
  logger.info(
    { surface: 'slack', mode, team: identity?.team, botUserId: identity?.botUserId, oauth: Boolean(oauth), network: net.describe() },
    `Slack app started (${mode === 'socket' ? 'Socket Mode' : 'HTTP mode'}${oauth ? ', OAuth distribution' : ''})`,
  );

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      if (socketReceiver) {
        // Close the socket ourselves first, so that app.stop() does not wait for a slow close handshake.
        await Promise.race([socketReceiver.client.disconnect(), new Promise((r) => setTimeout(r, 3000).unref())]).catch(() => {});
      }
      try {
        await app.stop();
      } catch (error) {
        logger.warn({ surface: 'slack', err: error }, 'Slack app did not stop cleanly');
      }
      logger.info({ surface: 'slack', mode }, 'Slack app stopped');
    })());

  const health = () => (mode === 'socket' ? { ok: socketConnected, mode } : { ok: true, mode });
  return { name: 'slack', mode, app, address, socketReceiver, stop, fatal, health };
}
