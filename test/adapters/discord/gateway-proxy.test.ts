// gateway-proxy.ts: the `ws` WebSocket that Discord's gateway (@discordjs/ws) opens goes through the agent that
// useGatewayAgent was given (the outbound proxy), directly without one, and a proxied start whose discord.js was
// loaded too early is refused instead of silently bypassing the proxy. A real WebSocket server and forward proxy
// on 127.0.0.1 stand in for Discord and the hospital's proxy.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { Agent } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { useGatewayAgent } from '../../../adapters/discord/gateway-proxy.js';
import { runScript } from '../../helpers/cli.js';
import { repoRoot } from '../../helpers/core.js';
import { ForwardProxy } from '../../helpers/forward-proxy.js';

// The `ws` that @discordjs/ws itself loads (it may be another copy than the test's own `ws`).
const require = createRequire(import.meta.url);
const gatewayWs = createRequire(createRequire(require.resolve('discord.js')).resolve('@discordjs/ws'))('ws') as {
  WebSocket: new (url: string, protocols?: unknown, options?: Record<string, unknown>) => import('ws').WebSocket;
};

let server: WebSocketServer;
let proxy: ForwardProxy;
let port: number;
/** The client port of each connection the server accepted (to tell whether it came from the proxy). */
const peers: number[] = [];

beforeAll(async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (socket, req) => {
    peers.push(req.socket.remotePort!);
    socket.send('hello');
  });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
  proxy = await new ForwardProxy().start();
});

afterAll(async () => {
  useGatewayAgent(undefined, false);
  await proxy.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Opens a gateway WebSocket, waits for the server's first message, closes it; returns the server's peer port. */
async function connect(options?: Record<string, unknown>): Promise<number> {
  const before = peers.length;
  const ws = new gatewayWs.WebSocket(`ws://127.0.0.1:${port}/?v=10`, [], options);
  const message = await new Promise<string>((resolve, reject) => {
    ws.once('message', (data) => resolve(String(data)));
    ws.once('error', reject);
  });
  expect(message).toBe('hello');
  ws.close();
  expect(peers.length).toBe(before + 1);
  return peers[before]!;
}

describe('the gateway WebSocket', () => {
  it('goes through the agent useGatewayAgent gives for its URL', async () => {
    const asked: string[] = [];
    useGatewayAgent((url) => (asked.push(url), new HttpsProxyAgent(proxy.url)), true);
    const tunnelsBefore = proxy.countTo(port);
    const peer = await connect({ handshakeTimeout: 5_000 });
    expect(asked).toEqual([`ws://127.0.0.1:${port}/?v=10`]);
    expect(proxy.countTo(port)).toBe(tunnelsBefore + 1);
    expect(proxy.carriedAll([peer])).toBe(true);
  });

  it('goes direct when the agent function gives none (a NO_PROXY host) or when there is no proxy', async () => {
    useGatewayAgent(() => undefined, true);
    const tunnels = proxy.countTo(port);
    expect(proxy.carriedAll([await connect()])).toBe(false);
    useGatewayAgent(undefined, false);
    expect(proxy.carriedAll([await connect()])).toBe(false);
    expect(proxy.countTo(port)).toBe(tunnels);
  });

  it('keeps an agent the caller passed itself', async () => {
    useGatewayAgent(() => new HttpsProxyAgent(proxy.url), true);
    const tunnels = proxy.countTo(port);
    const peer = await connect({ agent: new Agent() });
    expect(proxy.countTo(port)).toBe(tunnels);
    expect(proxy.carriedAll([peer])).toBe(false);
  });
});

describe('loaded after discord.js', () => {
  it('refuses a proxied gateway (it would connect directly) but allows a direct one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chartpath-gateway-'));
    const script = path.join(dir, 'too-early.mjs');
    writeFileSync(
      script,
      `import { createRequire } from 'node:module';
      createRequire(${JSON.stringify(path.join(repoRoot, 'package.json'))})('discord.js');
      const { useGatewayAgent } = await import(${JSON.stringify(path.join(repoRoot, 'dist/adapters/discord/gateway-proxy.js'))});
      useGatewayAgent(undefined, false);
      process.stdout.write('direct ok\\n');
      useGatewayAgent(() => undefined, true);
      process.stdout.write('proxied ok\\n');`,
    );
    const r = await runScript(script, []);
    expect(r.stdout).toBe('direct ok\n');
    expect(r.stderr).toMatch(/discord\.js was loaded before adapters\/discord\/gateway-proxy\.js, so the gateway would not use the proxy/);
    expect(r.code).not.toBe(0);
  }, 30_000);
});
