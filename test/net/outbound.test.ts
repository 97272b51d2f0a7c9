// NO_PROXY as the gateway's agent reads it matches undici's EnvHttpProxyAgent (used for every HTTP client), so REST
// calls and WebSockets to one host never disagree; the proxy's password never shows in the start-up log.
import { describe, expect, it } from 'vitest';
import { bypassesProxy, outbound } from '../../src/net/outbound.js';

describe('NO_PROXY', () => {
  const cases: [string, string, boolean][] = [
    ['wss://gateway.discord.gg/?v=10', '', false],
    ['wss://gateway.discord.gg/?v=10', '*', true],
    ['wss://gateway.discord.gg/?v=10', 'discord.gg', true], // a name covers its subdomains
    ['wss://gateway.discord.gg/?v=10', '.discord.gg', true],
    ['wss://gateway.discord.gg/?v=10', '*.discord.gg', true],
    ['wss://gateway.discord.gg/?v=10', 'discord.com', false],
    ['https://slack.com/api/auth.test', 'slack.com:443', true],
    ['https://slack.com/api/auth.test', 'slack.com:8443', false],
    ['ws://127.0.0.1:4000/gateway', 'localhost, 127.0.0.1', true],
    ['ws://127.0.0.1:4000/gateway', 'localhost,127.0.0.2', false],
    ['https://notdiscord.gg/', 'discord.gg', false],
    ['https://[::1]:8080/', '[::1]', true],
  ];
  it.each(cases)('%s with NO_PROXY="%s" goes direct: %s', (url, noProxy, direct) => {
    expect(bypassesProxy(new URL(url), noProxy)).toBe(direct);
  });
});

describe('outbound', () => {
  it('without a proxy: the global fetch and no agent, so nothing changes', async () => {
    const net = await outbound(undefined);
    expect(net.dispatcher).toBeUndefined();
    expect(net.agentFor('wss://gateway.discord.gg')).toBeUndefined();
  });

  it('with one: an agent per URL unless NO_PROXY says direct; https falls back to the http proxy; no password in describe()', async () => {
    const net = await outbound({ httpProxy: 'http://svc:p4ss@proxy.example:3128', httpsProxy: 'http://svc:p4ss@proxy.example:3128', noProxy: 'internal.example' });
    expect(net.dispatcher).toBeDefined();
    expect(net.proxyFor('wss://gateway.discord.gg')).toBe('http://svc:p4ss@proxy.example:3128');
    expect(net.agentFor('wss://gateway.discord.gg')).toBeDefined();
    expect(net.agentFor('https://api.internal.example/x')).toBeUndefined();
    expect(net.describe()).not.toContain('p4ss');
    expect(net.describe()).toContain('direct for NO_PROXY=internal.example');
    const httpOnly = await outbound({ httpProxy: undefined, httpsProxy: 'http://proxy.example:3128', noProxy: '' });
    expect(httpOnly.proxyFor('ws://plain.example')).toBeUndefined();
    expect(httpOnly.proxyFor('wss://secure.example')).toBe('http://proxy.example:3128');
  });
});
