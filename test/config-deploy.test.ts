// src/config-deploy.ts: the deployment settings (.env.example: proxy, Slack distribution, Discord shards, health): what they turn into, and
// a clear error naming the variable for every mistake.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { deploymentSchema, deploymentSettings } from '../src/config-deploy.js';
import { repoRoot } from './helpers/core.js';

const OAUTH = { SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: 'client-secret-abcdef', SLACK_STATE_SECRET: 'state-secret-0123456789', SLACK_SIGNING_SECRET: 'signing-secret-123456' };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('outbound proxy', () => {
  it('reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY (lower case wins); https falls back to the http proxy', () => {
    expect(loadConfig({}).proxy).toBeUndefined();
    expect(loadConfig({ HTTPS_PROXY: 'http://proxy.example:3128', NO_PROXY: 'localhost,.internal' }).proxy).toEqual({
      httpsProxy: 'http://proxy.example:3128',
      httpProxy: undefined,
      noProxy: 'localhost,.internal',
    });
    expect(loadConfig({ HTTP_PROXY: 'proxy.example:8080' }).proxy).toEqual({ httpsProxy: 'http://proxy.example:8080', httpProxy: 'http://proxy.example:8080', noProxy: '' });
    expect(loadConfig({ HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:2', no_proxy: 'a', NO_PROXY: 'b' }).proxy).toMatchObject({ httpsProxy: 'http://lower:2', noProxy: 'a' });
  });

  it('keeps a proxy password out of the logs, and refuses SOCKS and non-URLs', () => {
    const config = loadConfig({ HTTPS_PROXY: 'http://svc-chartpath:s3cr%40t-pass@proxy.example:3128' });
    expect(config.secrets).toEqual(expect.arrayContaining(['s3cr@t-pass', 's3cr%40t-pass']));
    expect(problems({ HTTPS_PROXY: 'socks5://proxy.example:1080' })).toEqual([expect.stringMatching(/^HTTPS_PROXY: only http:\/\/ and https:\/\/ proxies are supported.*SOCKS/)]);
    expect(problems({ http_proxy: 'http://' })).toEqual([expect.stringMatching(/^http_proxy: /)]);
  });
});

describe('Slack distribution (OAuth)', () => {
  it('with the three OAuth settings and the signing secret: OAuth mode, no bot token, secrets kept from the logs', () => {
    const config = loadConfig({ ...OAUTH, SLACK_REDIRECT_URI: 'https://chartpath.example.org/slack/oauth_redirect' });
    expect(config.slack).toMatchObject({ botToken: undefined, appToken: undefined, oauth: { clientId: '1111.2222', redirectUri: 'https://chartpath.example.org/slack/oauth_redirect' } });
    expect(config.secrets).toEqual(expect.arrayContaining([OAUTH.SLACK_CLIENT_SECRET, OAUTH.SLACK_STATE_SECRET]));
  });

  it('names what is missing or conflicting', () => {
    expect(problems({ SLACK_CLIENT_ID: '1111.2222', SLACK_SIGNING_SECRET: 'x' })[0]).toMatch(/needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together: SLACK_CLIENT_SECRET and SLACK_STATE_SECRET missing/);
    expect(problems({ ...OAUTH, SLACK_BOT_TOKEN: 'xoxb-1-2' })[0]).toMatch(/SLACK_BOT_TOKEN and SLACK_CLIENT_ID.*not both/);
    expect(problems({ ...OAUTH, SLACK_APP_TOKEN: 'xapp-1' })[0]).toMatch(/SLACK_APP_TOKEN \(Socket Mode\) cannot be combined with the OAuth install flow/);
    expect(problems({ ...OAUTH, SLACK_SIGNING_SECRET: '' })[0]).toMatch(/needs SLACK_SIGNING_SECRET/);
    expect(problems({ ...OAUTH, SLACK_STATE_SECRET: 'short' })[0]).toMatch(/^SLACK_STATE_SECRET: must be at least 16 characters/);
    expect(problems({ ...OAUTH, SLACK_CLIENT_ID: 'abc' })[0]).toMatch(/^SLACK_CLIENT_ID: /);
    expect(problems({ ...OAUTH, SLACK_REDIRECT_URI: 'https://x.example/elsewhere' })[0]).toMatch(/^SLACK_REDIRECT_URI: .*\/slack\/oauth_redirect/);
    expect(problems({ SLACK_REDIRECT_URI: 'https://x.example/slack/oauth_redirect' })[0]).toMatch(/SLACK_REDIRECT_URI is set but the OAuth install flow is not/);
  });
});

describe('Discord shards and the health endpoint', () => {
  it('DISCORD_SHARDS: auto by default, a whole number, or a clear error', () => {
    expect(loadConfig({ DISCORD_TOKEN: 't' }).discord?.shards).toBe('auto');
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_SHARDS: '4' }).discord?.shards).toBe(4);
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_SHARDS: 'AUTO' }).discord?.shards).toBe('auto');
    expect(problems({ DISCORD_TOKEN: 't', DISCORD_SHARDS: '0' })[0]).toMatch(/^DISCORD_SHARDS: must be "auto" or a whole number/);
    expect(problems({ DISCORD_TOKEN: 't', DISCORD_SHARDS: 'two' })[0]).toMatch(/^DISCORD_SHARDS: /);
  });

  it('HEALTH_PORT (loopback unless HEALTH_HOST says otherwise)', () => {
    expect(loadConfig({}).health).toBeUndefined();
    expect(loadConfig({ HEALTH_PORT: '8079' }).health).toEqual({ port: 8079, host: '127.0.0.1' });
    expect(loadConfig({ HEALTH_PORT: '8079', HEALTH_HOST: '0.0.0.0' }).health).toEqual({ port: 8079, host: '0.0.0.0' });
    expect(problems({ HEALTH_PORT: '70000' })[0]).toMatch(/^HEALTH_PORT: must be a port number/);
    expect(problems({ HEALTH_HOST: '0.0.0.0' })[0]).toMatch(/HEALTH_HOST is set but HEALTH_PORT is not/);
  });
});

describe('.env.example', () => {
  const text = readFileSync(path.join(repoRoot, '.env.example'), 'utf8');

  it('documents every deployment setting (upper-case names; the lower-case proxy names are mentioned)', () => {
    for (const name of Object.keys(deploymentSchema).filter((n) => n === n.toUpperCase())) expect(text).toMatch(new RegExp(`^${name}=`, 'm'));
    expect(text).toContain('https_proxy');
  });

  it('copied to .env as it is, it is a valid configuration (the terminal chat: no platform configured)', () => {
    const config = loadConfig(parseEnv(text) as NodeJS.ProcessEnv);
    expect(config.discord).toBeUndefined();
    expect(config.slack).toBeUndefined();
    expect(config.proxy).toBeUndefined();
    expect(config.health).toBeUndefined();
  });
});

describe('deploymentSettings on its own', () => {
  const settle = (env: Record<string, string>) => {
    const found: string[] = [];
    return { settings: deploymentSettings(env, found), found };
  };

  it('nothing set: no proxy, no OAuth, automatic shards, no health endpoint, no secrets, no problems', () => {
    expect(settle({})).toEqual({ settings: { proxy: undefined, slackOAuth: undefined, discordShards: 'auto', health: undefined, secrets: [] }, found: [] });
  });

  it('a proxy given without a scheme is read as http://, and its password is a secret in both spellings', () => {
    const { settings, found } = settle({ http_proxy: 'user:p%20w@proxy.example:3128' });
    expect(found).toEqual([]);
    expect(settings.proxy).toEqual({ httpProxy: 'http://user:p%20w@proxy.example:3128', httpsProxy: 'http://user:p%20w@proxy.example:3128', noProxy: '' });
    expect(settings.secrets).toEqual(expect.arrayContaining(['p w', 'p%20w']));
  });

  it('a problem names the lower-case variable when that is the one set', () => {
    expect(settle({ https_proxy: 'ftp://proxy.example', HTTPS_PROXY: 'http://fine.example' }).found).toEqual([expect.stringMatching(/^https_proxy: only http:\/\/ and https:\/\//)]);
  });

  it('OAuth with a bad client id: no OAuth settings, but its secrets are still kept from the logs', () => {
    const { settings, found } = settle({ ...OAUTH, SLACK_CLIENT_ID: 'not-an-id' });
    expect(settings.slackOAuth).toBeUndefined();
    expect(found).toHaveLength(1);
    expect(settings.secrets).toEqual([OAUTH.SLACK_CLIENT_SECRET, OAUTH.SLACK_STATE_SECRET]);
  });

  it('DISCORD_SHARDS beyond 4096 and a HEALTH_HOST that is no host name are refused', () => {
    expect(settle({ DISCORD_SHARDS: '4097' }).found).toEqual([expect.stringMatching(/^DISCORD_SHARDS: /)]);
    expect(settle({ DISCORD_SHARDS: '4096' }).settings.discordShards).toBe(4096);
    expect(settle({ HEALTH_PORT: '0', HEALTH_HOST: 'bad host!' }).found).toEqual([expect.stringMatching(/^HEALTH_HOST: must be an IP address/)]);
    expect(settle({ HEALTH_PORT: '0', HEALTH_HOST: '::1' }).settings.health).toEqual({ port: 0, host: '::1' });
  });
});
