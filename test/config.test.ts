// config.ts: loadConfig turns the environment into the Config (defaults, bounds, on/off words, which platforms run,
// which values are secrets) or a ConfigError listing every problem; loadDotEnv reads ./.env, the environment winning.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDotEnv } from '../src/config.js';

const temp = mkdtempSync(path.join(tmpdir(), 'chartpath-config-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The ConfigError's problems for an environment (fails the test when it loads). */
function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('an empty environment: the terminal chat with the defaults, no platform and no secrets', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      contextTtlMs: 30 * 60_000,
      rateLimitPerMinute: 20,
      channelRateLimitPerMinute: 60,
      maxInputChars: 1000,
      reviewLog: { enabled: true, retentionDays: 90 },
      retention: { feedbackDays: 365, peopleDays: 365 },
      discord: undefined,
      slack: undefined,
      database: undefined,
      secrets: [],
    });
    expect(c.dataDir).toBe(path.resolve('data'));
  });

  it('reads numbers, on/off words, and keeps MAX_INPUT_CHARS at least 50 and at most the limit', () => {
    const c = loadConfig({ CONTEXT_TTL_MINUTES: '5', REVIEW_LOG: 'OFF', MAX_INPUT_CHARS: '10', PG_POOL_MAX: '0', DATABASE_URL: 'postgres://u:sekr%21t99@db/x' });
    expect(c.contextTtlMs).toBe(300_000);
    expect(c.reviewLog.enabled).toBe(false);
    expect(c.maxInputChars).toBe(50);
    expect(c.database).toEqual({ url: 'postgres://u:sekr%21t99@db/x', poolMax: 1 });
    expect(c.secrets).toEqual(['postgres://u:sekr%21t99@db/x', 'sekr!t99']);
    expect(problems({ MAX_INPUT_CHARS: '2001' })[0]).toMatch(/^MAX_INPUT_CHARS: must be at most 2000/);
  });

  it('lists every malformed setting at once, each with its name', () => {
    const p = problems({ RATE_LIMIT_PER_MINUTE: 'many', REVIEW_LOG: 'maybe', REVIEW_LOG_DAYS: '0', DATABASE_URL: 'mysql://x' });
    expect(p.map((x) => x.split(':')[0])).toEqual(expect.arrayContaining(['RATE_LIMIT_PER_MINUTE', 'REVIEW_LOG', 'REVIEW_LOG_DAYS', 'DATABASE_URL']));
    expect(p).toHaveLength(4);
  });

  it('starts Discord only with a token, and keeps the token out of the logs', () => {
    expect(loadConfig({ DISCORD_APPLICATION_ID: '123456789' }).discord).toBeUndefined();
    const c = loadConfig({ DISCORD_TOKEN: 'discord-token-value' });
    expect(c.discord?.token).toBe('discord-token-value');
    expect(c.secrets).toContain('discord-token-value');
  });

  it('Slack with a bot token needs Socket Mode or a signing secret; a secret without a bot token is a mistake', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-123456' })[0]).toContain('neither SLACK_APP_TOKEN');
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-123456', SLACK_APP_TOKEN: 'xapp-123456' });
    expect(socket.slack).toMatchObject({ botToken: 'xoxb-123456', appToken: 'xapp-123456', oauth: undefined });
    expect(socket.secrets).toEqual(expect.arrayContaining(['xoxb-123456', 'xapp-123456']));
    expect(problems({ SLACK_SIGNING_SECRET: 'abcdef123' })[0]).toContain('SLACK_BOT_TOKEN is missing');
  });
});

describe('loadDotEnv', () => {
  it('reads .env into the environment without overriding what is set, and does nothing without a file', () => {
    const dir = mkdtempSync(path.join(temp, 'env-'));
    const a = 'CHARTPATH_TEST_DOTENV_A';
    const b = 'CHARTPATH_TEST_DOTENV_B';
    writeFileSync(path.join(dir, '.env'), `${a}=from-file\n${b}=from-file\n`);
    process.env[b] = 'from-env';
    try {
      loadDotEnv(dir);
      expect(process.env[a]).toBe('from-file');
      expect(process.env[b]).toBe('from-env');
      expect(() => loadDotEnv(path.join(temp, 'no-such-dir'))).not.toThrow();
    } finally {
      delete process.env[a];
      delete process.env[b];
    }
  });
});
