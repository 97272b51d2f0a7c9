// Settings are validated without zod (src/env-fields.ts, for start-up time): the same values pass, the same
// mistakes are reported with the same messages.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('settings without zod', () => {
  it('reports each mistake with its variable, in the order of the settings, all at once', () => {
    expect(problems({ LOG_LEVEL: 'bogus', MAX_INPUT_CHARS: '-1', REVIEW_LOG: 'maybe', PORT: '99999', DISCORD_API_URL: 'ftp://x', REVIEW_LOG_DAYS: '0' })).toEqual([
      'LOG_LEVEL: Invalid input',
      'MAX_INPUT_CHARS: must be a whole number (got "-1")',
      'REVIEW_LOG: must be on or off (got "maybe")',
      'REVIEW_LOG_DAYS: must be a number of days from 1 to 36500',
      'DISCORD_API_URL: must be an http:// or https:// URL',
      'PORT: must be a port number (0-65535)',
    ]);
    expect(problems({ MAX_INPUT_CHARS: '5000' })).toEqual(['MAX_INPUT_CHARS: must be at most 2000 characters (longer questions are cut with a note)']);
  });

  it('trims text, reads empty as not set, and applies the defaults', () => {
    const c = loadConfig({ LOG_LEVEL: '', DATA_DIR: '  ', SLACK_BOT_TOKEN: ' xoxb-123456 ', SLACK_APP_TOKEN: 'xapp-1', REVIEW_LOG: 'OFF', CONTEXT_TTL_MINUTES: '5' });
    expect(c.logLevel).toBeUndefined();
    expect(c.dataDir.endsWith('data')).toBe(true);
    expect(c.slack?.botToken).toBe('xoxb-123456');
    expect(c.reviewLog).toEqual({ enabled: false, retentionDays: 90 });
    expect(c.contextTtlMs).toBe(5 * 60_000);
    expect(c.rateLimitPerMinute).toBe(20);
    expect(loadConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });
});
