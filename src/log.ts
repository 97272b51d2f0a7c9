// Structured logs (pino) on stderr, so stdout stays clean for answers and --json output.
// Secrets are removed twice: known secret fields by path, and any configured secret value wherever it appears.
import pino from 'pino';
import type { Logger } from './core/logger.js';

const SECRET_PATHS = ['token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'headers.authorization', '*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.authorization', 'config.discord.token', 'config.slack.botToken', 'config.slack.appToken', 'config.slack.signingSecret'];

// Token shapes of the platforms, caught even when a value was never configured here.
const TOKEN_SHAPES = [/xox[abposr]-[A-Za-z0-9-]{8,}/g, /xapp-[A-Za-z0-9-]{8,}/g, /\b[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}\b/g];

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('[redacted]');
  for (const re of TOKEN_SHAPES) out = out.replace(re, '[redacted]');
  return out;
}

function redactDeep(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, secrets, depth + 1);
  return out;
}

export interface LoggerOptions {
  level?: string | undefined;
  secrets?: readonly string[];
  destination?: NodeJS.WritableStream | undefined;
}

export function createLogger(options: LoggerOptions = {}): Logger & pino.Logger {
  const secrets = options.secrets ?? [];
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'chartpath' },
      redact: { paths: SECRET_PATHS, censor: '[redacted]' },
      serializers: { err: (e: unknown) => redactDeep(pino.stdSerializers.err(e as Error), secrets) },
      formatters: { log: (obj) => redactDeep(obj, secrets) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? redactText(a, secrets) : a)) as Parameters<typeof method>);
        },
      },
    },
    (options.destination ?? pino.destination({ fd: 2, sync: true })) as pino.DestinationStream,
  );
}
