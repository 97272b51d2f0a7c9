// Every outbound connection to Discord and Slack goes through here, so that a hospital's forward proxy
// (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) is honoured by all of them: undici's EnvHttpProxyAgent for fetch-style HTTP
// (the Slack Web API client, response_url posts, OAuth, Socket Mode's WebSocket, Discord's REST client), and
// https-proxy-agent for the `ws` WebSockets of Discord's gateway. Both tunnel with CONNECT. Not platform code: the
// adapters hand these to their SDKs' own options.
// The proxy libraries load only when a proxy is configured, so a deployment without one pays nothing at start-up.
import type { Agent as HttpAgent } from 'node:http';
import type { Dispatcher } from 'undici';
import type { ProxySettings } from '../config-deploy.js';

/** fetch's signature as the SDKs call it. */
export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

export interface Outbound {
  /** The proxy settings in force, or undefined: every connection goes direct. */
  readonly proxy: ProxySettings | undefined;
  /** An undici dispatcher that routes each request through the proxy or direct (NO_PROXY); undefined without a proxy. */
  readonly dispatcher: Dispatcher | undefined;
  /** fetch through the dispatcher (the global fetch without a proxy). */
  readonly fetch: FetchLike;
  /** A node:http agent for a ws:// or wss:// (or http/https) URL: the proxy's tunnel, or undefined to go direct. */
  agentFor(url: string | URL): HttpAgent | undefined;
  /** The proxy a URL goes through, or undefined when it goes direct (for logs and tests). */
  proxyFor(url: string | URL): string | undefined;
  /** Where connections go, for the start-up log (no password). */
  describe(): string;
}

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };

/**
 * NO_PROXY as undici's EnvHttpProxyAgent reads it (so the gateway and the HTTP clients agree): entries separated by
 * commas or spaces; "*" means every host; a name (with or without a leading "." or "*.") covers itself and its
 * subdomains; "name:port" only that port.
 */
export function bypassesProxy(url: URL, noProxy: string): boolean {
  const entries = noProxy
    .split(/[,\s]/)
    .filter(Boolean)
    .map((entry) => {
      const parsed = entry.match(/^(.+):(\d+)$/);
      return { hostname: (parsed ? parsed[1]! : entry).replace(/^\*?\./, '').toLowerCase(), port: parsed ? Number(parsed[2]) : 0 };
    });
  if (!entries.length) return false;
  if (noProxy.trim() === '*') return true;
  const hostname = url.host.replace(/:\d*$/, '').toLowerCase();
  const port = Number.parseInt(url.port, 10) || DEFAULT_PORTS[url.protocol] || 0;
  return entries.some((e) => (!e.port || e.port === port) && (hostname === e.hostname || hostname.endsWith(`.${e.hostname}`)));
}

function withoutPassword(proxy: string): string {
  const url = new URL(proxy);
  if (url.password) url.password = '***';
  return url.href.replace(/\/$/, '');
}

const direct: Outbound = {
  proxy: undefined,
  dispatcher: undefined,
  fetch: (input, init) => globalThis.fetch(input, init),
  agentFor: () => undefined,
  proxyFor: () => undefined,
  describe: () => 'direct (no HTTPS_PROXY or HTTP_PROXY set)',
};

let current: { key: string; outbound: Promise<Outbound> } | undefined;

/**
 * The process's outbound network for these settings (one dispatcher and one agent per proxy, shared by every
 * surface). With a proxy it also becomes undici's global dispatcher, which Node's own fetch uses, as a safety net
 * for any request an SDK would make without its options.
 */
export function outbound(proxy: ProxySettings | undefined): Promise<Outbound> {
  if (!proxy || (!proxy.httpProxy && !proxy.httpsProxy)) return Promise.resolve(direct);
  const key = JSON.stringify(proxy);
  if (current?.key === key) return current.outbound;
  const previous = current;
  const made = proxied(proxy, previous?.outbound);
  current = { key, outbound: made };
  return made;
}

async function proxied(proxy: ProxySettings, previous: Promise<Outbound> | undefined): Promise<Outbound> {
  const [{ EnvHttpProxyAgent, fetch: undiciFetch, getGlobalDispatcher, setGlobalDispatcher }, { HttpsProxyAgent }] = await Promise.all([
    import('undici'),
    import('https-proxy-agent'),
  ]);
  const dispatcher = new EnvHttpProxyAgent({ httpProxy: proxy.httpProxy ?? '', httpsProxy: proxy.httpsProxy ?? '', noProxy: proxy.noProxy });
  const agents = new Map<string, HttpAgent>();
  const proxyFor = (target: string | URL): string | undefined => {
    const url = typeof target === 'string' ? new URL(target) : target;
    const secure = url.protocol === 'https:' || url.protocol === 'wss:';
    const via = secure ? (proxy.httpsProxy ?? proxy.httpProxy) : proxy.httpProxy;
    if (!via || bypassesProxy(url, proxy.noProxy)) return undefined;
    return via;
  };
  const result: Outbound = {
    proxy,
    dispatcher,
    fetch: (input, init) => undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as object), dispatcher } as Parameters<typeof undiciFetch>[1]) as unknown as Promise<Response>,
    proxyFor,
    agentFor(target) {
      const via = proxyFor(target);
      if (!via) return undefined;
      let agent = agents.get(via);
      if (!agent) {
        agent = new HttpsProxyAgent(via, { keepAlive: false });
        agents.set(via, agent);
      }
      return agent;
    },
    describe() {
      const parts = [
        proxy.httpsProxy ? `https/wss via ${withoutPassword(proxy.httpsProxy)}` : 'https/wss direct',
        proxy.httpProxy ? `http/ws via ${withoutPassword(proxy.httpProxy)}` : 'http/ws direct',
      ];
      if (proxy.noProxy) parts.push(`direct for NO_PROXY=${proxy.noProxy}`);
      return parts.join('; ');
    },
  };
  const before = await previous?.catch(() => undefined);
  if (!before || getGlobalDispatcher() === before.dispatcher) setGlobalDispatcher(dispatcher);
  return result;
}
