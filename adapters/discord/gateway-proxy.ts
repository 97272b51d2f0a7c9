// Discord's gateway WebSocket through the outbound proxy. discord.js 14 passes its REST client an agent option, but
// its gateway (@discordjs/ws 1.x) opens `new WebSocket(url, [], { handshakeTimeout })` from the `ws` package with no
// way to pass an agent (discord.js issue #10716). So, before discord.js is loaded, the `WebSocket` export that
// @discordjs/ws reads is replaced by a subclass that adds the agent the outbound settings give for the URL (none
// when there is no proxy or the host is in NO_PROXY: then it is the original class's behaviour, unchanged).
// This module must be evaluated before discord.js: src/start.ts imports it on its own before the Discord adapter,
// because in one static import list Node may run a CommonJS package (discord.js) before an earlier ES module.
import type { Agent as HttpAgent } from 'node:http';
import { createRequire } from 'node:module';

type AgentFor = (url: string) => HttpAgent | undefined;

let agentFor: AgentFor | undefined;

const require = createRequire(import.meta.url);

function gatewayModules(): { wsPath: string; discordWsPath: string } {
  const discordWsPath = createRequire(require.resolve('discord.js')).resolve('@discordjs/ws');
  const wsPath = createRequire(discordWsPath).resolve('ws');
  return { wsPath, discordWsPath };
}

const { wsPath, discordWsPath } = gatewayModules();
/** True when @discordjs/ws was loaded before this module could prepare `ws` (then the gateway would bypass a proxy). */
const loadedTooEarly = Boolean(require.cache[discordWsPath]);

type WsClass = new (address: string | URL, protocols?: unknown, options?: Record<string, unknown>) => object;
const wsModule = require(wsPath) as WsClass & { WebSocket: WsClass; __chartpathProxied?: true };

if (!wsModule.__chartpathProxied) {
  const Original = wsModule.WebSocket;
  class ProxiedWebSocket extends Original {
    constructor(address: string | URL, protocols?: unknown, options?: Record<string, unknown>) {
      const agent = agentFor?.(String(address));
      super(address, protocols, agent && !options?.agent ? { ...options, agent } : options);
    }
  }
  wsModule.WebSocket = ProxiedWebSocket;
  wsModule.__chartpathProxied = true;
}

/**
 * Sets how the gateway connects (the outbound settings' agentFor). Throws when a proxy is configured but discord.js
 * was loaded before this module, because the gateway would then connect directly.
 */
export function useGatewayAgent(fn: AgentFor | undefined, proxied: boolean): void {
  if (proxied && loadedTooEarly) {
    throw new Error('internal: discord.js was loaded before adapters/discord/gateway-proxy.js, so the gateway would not use the proxy');
  }
  agentFor = fn;
}
