// Settings for running ChartPath at scale and behind a hospital's network: the outbound proxy, Slack distribution
// (OAuth), Discord sharding and the process health endpoint. Part of src/config.ts's validation (kept apart so that
// the main file stays small); every variable is documented in .env.example.
import { optionalText as text } from './env-fields.js';

export const deploymentSchema = {
  HTTPS_PROXY: text,
  https_proxy: text,
  HTTP_PROXY: text,
  http_proxy: text,
  NO_PROXY: text,
  no_proxy: text,
  SLACK_CLIENT_ID: text,
  SLACK_CLIENT_SECRET: text,
  SLACK_STATE_SECRET: text,
  SLACK_REDIRECT_URI: text,
  DISCORD_SHARDS: text,
  HEALTH_PORT: text,
  HEALTH_HOST: text,
};

type DeploymentEnv = { [K in keyof typeof deploymentSchema]?: string | undefined };

export interface ProxySettings {
  /** Proxy for https:// and wss:// destinations (HTTPS_PROXY, else HTTP_PROXY). */
  httpsProxy: string | undefined;
  /** Proxy for http:// and ws:// destinations (HTTP_PROXY). */
  httpProxy: string | undefined;
  /** Hosts reached directly: comma- or space-separated names (a name covers its subdomains), host:port, or "*". */
  noProxy: string;
}

export interface SlackOAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** The public address of /slack/oauth_redirect, when the app lists more than one redirect URL. */
  redirectUri: string | undefined;
}

export interface DeploymentSettings {
  proxy: ProxySettings | undefined;
  slackOAuth: SlackOAuthSettings | undefined;
  discordShards: 'auto' | number;
  health: { port: number; host: string } | undefined;
  /** Values to keep out of the logs (the OAuth secrets, a proxy password). */
  secrets: string[];
}

export const OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';
export const INSTALL_PATH = '/slack/install';
const MIN_STATE_SECRET = 16;

/** A proxy address: http:// or https:// with a host (and optionally user:password@ and a port). */
function proxyUrl(name: string, value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value.includes('://') ? value : `http://${value}`);
  } catch {
    problems.push(`${name}: must be a proxy address such as http://proxy.hospital.example:3128 (got something that is not a URL)`);
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    problems.push(`${name}: only http:// and https:// proxies are supported (got ${url.protocol}//); SOCKS proxies are not`);
    return undefined;
  }
  if (!url.hostname) {
    problems.push(`${name}: the proxy address has no host name`);
    return undefined;
  }
  return url.href.replace(/\/$/, '');
}

export function deploymentSettings(e: DeploymentEnv, problems: string[]): DeploymentSettings {
  const secrets: string[] = [];

  // Lower-case names win, as in curl and undici; either spelling works.
  const httpRaw = e.http_proxy ?? e.HTTP_PROXY;
  const httpsRaw = e.https_proxy ?? e.HTTPS_PROXY;
  const httpProxy = proxyUrl(e.http_proxy ? 'http_proxy' : 'HTTP_PROXY', httpRaw, problems);
  const httpsProxy = proxyUrl(e.https_proxy ? 'https_proxy' : 'HTTPS_PROXY', httpsRaw, problems) ?? httpProxy;
  for (const p of [httpProxy, httpsProxy]) {
    if (!p) continue;
    const url = new URL(p);
    if (url.password) secrets.push(decodeURIComponent(url.password), url.password);
  }
  const proxy: ProxySettings | undefined =
    httpProxy || httpsProxy ? { httpProxy, httpsProxy, noProxy: (e.no_proxy ?? e.NO_PROXY ?? '').trim() } : undefined;

  let slackOAuth: SlackOAuthSettings | undefined;
  const oauthParts = { SLACK_CLIENT_ID: e.SLACK_CLIENT_ID, SLACK_CLIENT_SECRET: e.SLACK_CLIENT_SECRET, SLACK_STATE_SECRET: e.SLACK_STATE_SECRET };
  const given = Object.entries(oauthParts).filter(([, v]) => v !== undefined);
  if (given.length && given.length < 3) {
    const missing = Object.keys(oauthParts).filter((k) => oauthParts[k as keyof typeof oauthParts] === undefined);
    problems.push(`the Slack OAuth install flow needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together: ${missing.join(' and ')} missing`);
  } else if (given.length === 3) {
    const ok = [
      /^\d+\.\d+$/.test(e.SLACK_CLIENT_ID!) || !problems.push('SLACK_CLIENT_ID: must be the Client ID from Basic Information > App Credentials (digits, a dot, digits)'),
      e.SLACK_STATE_SECRET!.length >= MIN_STATE_SECRET ||
        !problems.push(`SLACK_STATE_SECRET: must be at least ${MIN_STATE_SECRET} characters; use a long random value (e.g. \`openssl rand -hex 32\`)`),
    ].every(Boolean);
    let redirectUri: string | undefined;
    if (e.SLACK_REDIRECT_URI !== undefined) {
      try {
        const url = new URL(e.SLACK_REDIRECT_URI);
        if (!/^https?:$/.test(url.protocol) || url.pathname !== OAUTH_REDIRECT_PATH) throw new Error('bad');
        redirectUri = url.href;
      } catch {
        problems.push(`SLACK_REDIRECT_URI: must be the public address of ChartPath's ${OAUTH_REDIRECT_PATH}, e.g. https://chartpath.example.org${OAUTH_REDIRECT_PATH}`);
      }
    }
    if (ok) slackOAuth = { clientId: e.SLACK_CLIENT_ID!, clientSecret: e.SLACK_CLIENT_SECRET!, stateSecret: e.SLACK_STATE_SECRET!, redirectUri };
    secrets.push(e.SLACK_CLIENT_SECRET!, e.SLACK_STATE_SECRET!);
  } else if (e.SLACK_REDIRECT_URI !== undefined) {
    problems.push('SLACK_REDIRECT_URI is set but the OAuth install flow is not: set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET too');
  }

  let discordShards: 'auto' | number = 'auto';
  if (e.DISCORD_SHARDS !== undefined && e.DISCORD_SHARDS.toLowerCase() !== 'auto') {
    const n = Number(e.DISCORD_SHARDS);
    if (!Number.isInteger(n) || n < 1 || n > 4096) problems.push(`DISCORD_SHARDS: must be "auto" or a whole number of shards from 1 (got "${e.DISCORD_SHARDS}")`);
    else discordShards = n;
  }

  let health: DeploymentSettings['health'];
  if (e.HEALTH_PORT !== undefined) {
    const port = Number(e.HEALTH_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`HEALTH_PORT: must be a port number (0-65535) (got "${e.HEALTH_PORT}")`);
    else health = { port, host: e.HEALTH_HOST ?? '127.0.0.1' };
  } else if (e.HEALTH_HOST !== undefined) {
    problems.push('HEALTH_HOST is set but HEALTH_PORT is not: set HEALTH_PORT to serve /healthz');
  }
  if (health && !/^(?:[a-z0-9.-]+|\[?[0-9a-f:]+\]?)$/i.test(health.host)) {
    problems.push('HEALTH_HOST: must be an IP address or host name to listen on, e.g. 127.0.0.1 or 0.0.0.0');
  }

  return { proxy, slackOAuth, discordShards, health, secrets };
}
