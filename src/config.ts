// Environment settings, validated once at start-up. Every variable is documented in .env.example.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NEVER, object, optionalEnum, optionalText as text } from './env-fields.js';
import { deploymentSchema, deploymentSettings, type DeploymentSettings } from './config-deploy.js';
import { packageRoot } from './paths.js';

const optionalText = text;

const optionalUrl = optionalText.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
  message: 'must be an http:// or https:// URL',
});

const positiveInt = (fallback: number) =>
  optionalText.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number (got "${v}")` });
      return NEVER;
    }
    return n;
  });

/** Whole days, at least one. */
const days = (fallback: number) =>
  positiveInt(fallback).refine((n) => n >= 1 && n <= 36_500, { message: 'must be a number of days from 1 to 36500' });

const onOff = (fallback: boolean) =>
  optionalText.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const s = v.toLowerCase();
    if (['on', 'true', 'yes', '1'].includes(s)) return true;
    if (['off', 'false', 'no', '0'].includes(s)) return false;
    ctx.addIssue({ code: 'custom', message: `must be on or off (got "${v}")` });
    return NEVER;
  });

/** Longest question read (the Advisor caps MAX_INPUT_CHARS at it): every per-message cost is bounded by it. */
export const MAX_INPUT_CHARS_LIMIT = 2000;

const schema = object({
  DATA_DIR: optionalText,
  // PostgreSQL instead of the data file (src/store/pg-store.ts): people's data then lives in the database only.
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(?:ql)?:\/\//.test(v), { message: 'must be a postgres:// (or postgresql://) URL' }),
  PG_POOL_MAX: positiveInt(10),
  KNOWLEDGE_DIR: optionalText,
  LOG_LEVEL: optionalEnum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  CONTEXT_TTL_MINUTES: positiveInt(30),
  RATE_LIMIT_PER_MINUTE: positiveInt(20),
  CHANNEL_RATE_LIMIT_PER_MINUTE: positiveInt(60),
  MAX_INPUT_CHARS: positiveInt(1000).refine((n) => n <= MAX_INPUT_CHARS_LIMIT, {
    message: `must be at most ${MAX_INPUT_CHARS_LIMIT} characters (longer questions are cut with a note)`,
  }),
  REVIEW_LOG: onOff(true),
  REVIEW_LOG_DAYS: days(90),
  FEEDBACK_RETENTION_DAYS: days(365),
  PEOPLE_RETENTION_DAYS: days(365),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
    message: 'must be the numeric application id from the Discord developer portal',
  }),
  DISCORD_GUILD_ID: optionalText.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
    message: 'must be a numeric server (guild) id',
  }),
  DISCORD_API_URL: optionalUrl,
  SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message: 'must be a bot token starting with "xoxb-"',
  }),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message: 'must be an app-level token starting with "xapp-"',
  }),
  SLACK_API_URL: optionalUrl,
  SLACK_HTTP_HOST: optionalText.refine((v) => v === undefined || /^(?:[a-z0-9.-]+|\[?[0-9a-f:]+\]?)$/i.test(v), {
    message: 'must be an IP address or host name to listen on, e.g. 0.0.0.0 or 127.0.0.1',
  }),
  PORT: positiveInt(3000).refine((n) => n <= 65535, { message: 'must be a port number (0-65535)' }),
  ...deploymentSchema,
});

export interface Config {
  dataDir: string;
  /** DATABASE_URL set: the PostgreSQL store with a pool of at most poolMax connections (PG_POOL_MAX). */
  database: { url: string; poolMax: number } | undefined;
  knowledgeDir: string;
  logLevel: string | undefined;
  contextTtlMs: number;
  rateLimitPerMinute: number;
  channelRateLimitPerMinute: number;
  maxInputChars: number;
  /** The unanswered-question log (REVIEW_LOG, REVIEW_LOG_DAYS). */
  reviewLog: { enabled: boolean; retentionDays: number };
  /** FEEDBACK_RETENTION_DAYS, PEOPLE_RETENTION_DAYS. */
  retention: { feedbackDays: number; peopleDays: number };
  discord:
    | {
        token: string;
        applicationId: string | undefined;
        guildId: string | undefined;
        apiUrl: string | undefined;
        /** DISCORD_SHARDS: 'auto' (Discord's recommended count) or a total number of shards, all run by this process. */
        shards: 'auto' | number;
      }
    | undefined;
  slack:
    | {
        /** Single-workspace mode: the one workspace's bot token. Undefined in OAuth (distribution) mode. */
        botToken: string | undefined;
        /** OAuth (distribution) mode: every workspace installs through /slack/install; tokens are kept per installation. */
        oauth: DeploymentSettings['slackOAuth'];
        signingSecret: string | undefined;
        appToken: string | undefined;
        apiUrl: string | undefined;
        port: number;
        /** HTTP mode: the address to listen on (default 0.0.0.0). */
        host: string | undefined;
      }
    | undefined;
  /** Outbound proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) for every connection to Discord and Slack. */
  proxy: DeploymentSettings['proxy'];
  /** HEALTH_PORT / HEALTH_HOST: a /healthz endpoint for the whole process (container and service health checks). */
  health: DeploymentSettings['health'];
  /** Values that must never appear in a reply or a log line. */
  secrets: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads ./.env when present (the environment wins over the file), as README.md "Configuration" describes. */
export function loadDotEnv(cwd = process.cwd()): void {
  const file = path.join(cwd, '.env');
  if (!existsSync(file)) return;
  try {
    process.loadEnvFile(file);
  } catch (error) {
    throw new ConfigError([`.env could not be read (${(error as Error).message}); fix or remove ${file}`]);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];

  // Without a token Discord is simply not started (the application and guild ids alone serve command registration).
  const deployment = deploymentSettings(e, problems);
  const discord: Config['discord'] = e.DISCORD_TOKEN
    ? { token: e.DISCORD_TOKEN, applicationId: e.DISCORD_APPLICATION_ID, guildId: e.DISCORD_GUILD_ID, apiUrl: e.DISCORD_API_URL, shards: deployment.discordShards }
    : undefined;

  let slack: Config['slack'];
  const oauth = deployment.slackOAuth;
  if (oauth && e.SLACK_BOT_TOKEN) {
    problems.push(
      'SLACK_BOT_TOKEN and SLACK_CLIENT_ID/SLACK_CLIENT_SECRET/SLACK_STATE_SECRET are both set: use SLACK_BOT_TOKEN for one workspace, or the three OAuth settings to let workspaces install the app (then every workspace has its own token), not both',
    );
  } else if (oauth) {
    if (e.SLACK_APP_TOKEN) {
      problems.push('SLACK_APP_TOKEN (Socket Mode) cannot be combined with the OAuth install flow (SLACK_CLIENT_ID...): distribution uses HTTP mode; unset SLACK_APP_TOKEN and set SLACK_SIGNING_SECRET');
    } else if (!e.SLACK_SIGNING_SECRET) {
      problems.push('the OAuth install flow (SLACK_CLIENT_ID...) runs in HTTP mode and needs SLACK_SIGNING_SECRET (Basic Information > App Credentials)');
    }
    slack = { botToken: undefined, oauth, signingSecret: e.SLACK_SIGNING_SECRET, appToken: undefined, apiUrl: e.SLACK_API_URL, port: e.PORT, host: e.SLACK_HTTP_HOST };
  } else if (e.SLACK_BOT_TOKEN) {
    if (!e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
      problems.push(
        'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: set one of them',
      );
    }
    slack = {
      botToken: e.SLACK_BOT_TOKEN,
      oauth: undefined,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      port: e.PORT,
      host: e.SLACK_HTTP_HOST,
    };
  } else if (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN) {
    problems.push(
      'SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is missing: set SLACK_BOT_TOKEN (starts with "xoxb-"), or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET to let workspaces install the app',
    );
  }
  if (problems.length) throw new ConfigError(problems);

  const secrets = [e.DISCORD_TOKEN, e.SLACK_BOT_TOKEN, e.SLACK_SIGNING_SECRET, e.SLACK_APP_TOKEN, e.DATABASE_URL, databasePassword(e.DATABASE_URL), ...deployment.secrets].filter(
    (s): s is string => typeof s === 'string' && s.length >= 6,
  );

  return {
    dataDir: path.resolve(e.DATA_DIR ?? 'data'),
    database: e.DATABASE_URL ? { url: e.DATABASE_URL, poolMax: Math.max(1, e.PG_POOL_MAX) } : undefined,
    knowledgeDir: path.resolve(e.KNOWLEDGE_DIR ?? path.join(packageRoot, 'knowledge')),
    logLevel: e.LOG_LEVEL,
    contextTtlMs: e.CONTEXT_TTL_MINUTES * 60_000,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    channelRateLimitPerMinute: e.CHANNEL_RATE_LIMIT_PER_MINUTE,
    maxInputChars: Math.max(50, e.MAX_INPUT_CHARS),
    reviewLog: { enabled: e.REVIEW_LOG, retentionDays: e.REVIEW_LOG_DAYS },
    retention: { feedbackDays: e.FEEDBACK_RETENTION_DAYS, peopleDays: e.PEOPLE_RETENTION_DAYS },
    discord,
    slack,
    proxy: deployment.proxy,
    health: deployment.health,
    secrets,
  };
}

/** The password in a database URL, so the logger masks it wherever it might appear. */
function databasePassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
