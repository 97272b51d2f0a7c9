// Structured logs (pino) on stderr, so stdout stays clean for answers and --json output.
// Secrets are removed three times: known secret fields by path, any configured secret value or token shape wherever it
// appears in what is logged (errors included), and, last, in every line written.
import { createRequire } from 'node:module';
import type pino from 'pino';

/** The logging interface the core needs; pino satisfies it, and tests can pass a recorder. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

// pino is loaded when a logger is made, not with this module: a one-question `chartpath ask` logs nothing at its level
// and should not pay for loading it (see lazyLogger).
const require = createRequire(import.meta.url);
const loadPino = () => require('pino') as typeof pino;

const SECRET_PATHS = ['token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'headers.authorization', '*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.authorization', 'config.discord.token', 'config.slack.botToken', 'config.slack.appToken', 'config.slack.signingSecret'];

// Token shapes of the platforms, caught even when a value was never configured here.
const TOKEN_SHAPES = [/xox[abposr]-[A-Za-z0-9-]{8,}/g, /xapp-[A-Za-z0-9-]{8,}/g, /\b[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}\b/g];

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('[redacted]');
  for (const re of TOKEN_SHAPES) out = out.replace(re, '[redacted]');
  return out;
}

const MAX_DEPTH = 12;

/** An Error as plain data (what pino's err serializer keeps: type, message, stack, own fields, cause, aggregated errors). */
function errorData(error: Error): Record<string, unknown> {
  const out: Record<string, unknown> = { type: error.name, message: error.message, stack: error.stack };
  for (const [k, v] of Object.entries(error)) out[k] = v;
  if (error.cause !== undefined) out.cause = error.cause;
  if (error instanceof AggregateError) out.errors = error.errors;
  return out;
}

/**
 * A copy of a value to log with every secret removed, at any depth: in strings, keys, errors (message, stack, cause,
 * own fields), arrays, Maps and Sets, and whatever toJSON returns. Cycles and very deep nesting are cut, never passed through.
 */
function redactDeep(value: unknown, secrets: readonly string[], depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  try {
    if (value instanceof Error) return redactDeep(errorData(value), secrets, depth + 1, seen);
    if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets, depth + 1, seen));
    if (value instanceof Map) return redactDeep(Object.fromEntries(value), secrets, depth + 1, seen);
    if (value instanceof Set) return redactDeep([...value], secrets, depth + 1, seen);
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return redactDeep(toJSON.call(value), secrets, depth + 1, seen);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redactText(k, secrets)] = redactDeep(v, secrets, depth + 1, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}

export interface LoggerOptions {
  level?: string | undefined;
  secrets?: readonly string[];
  destination?: NodeJS.WritableStream | undefined;
}

export function createLogger(options: LoggerOptions = {}): Logger & pino.Logger {
  const secrets = options.secrets ?? [];
  const pino = loadPino();
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'chartpath' },
      redact: { paths: SECRET_PATHS, censor: '[redacted]' },
      // pino applies formatters.log before serializers: redactDeep has already turned errors into plain data.
      serializers: { err: (e: unknown) => e },
      formatters: { log: (obj) => redactDeep(obj, secrets) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          let [first, ...rest] = args as unknown[];
          // logger.error(error) and logger.error({ err }) without a message: pino would print the raw error message.
          if (first instanceof Error) first = { err: first };
          const err = first && typeof first === 'object' ? (first as { err?: unknown }).err : undefined;
          if (!rest.length && err instanceof Error) rest = [err.message];
          method.apply(this, [first, ...rest].map((a) => (typeof a === 'string' ? redactText(a, secrets) : a)) as Parameters<typeof method>);
        },
      },
    },
    redactingStream((options.destination ?? pino.destination({ fd: 2, sync: true })) as pino.DestinationStream, secrets),
  );
}

const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

/**
 * The logger of createLogger, made on the first line that its level lets through: until then nothing is loaded. The
 * lines, their redaction and their destination are exactly createLogger's.
 */
export function lazyLogger(options: LoggerOptions = {}): Logger {
  const threshold = LEVELS[options.level ?? 'info'] ?? LEVELS.info!;
  let real: Logger | undefined;
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (obj: object, msg?: string) => {
    if (LEVELS[level]! < threshold) return;
    real ??= createLogger(options);
    if (msg === undefined) real[level](obj);
    else real[level](obj, msg);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The last line of defence: every line written is scanned for the secrets (also JSON-escaped) and token shapes, whatever produced it (child bindings included). */
function redactingStream(destination: pino.DestinationStream, secrets: readonly string[]): pino.DestinationStream {
  const forms = [...new Set(secrets.flatMap((s) => (s ? [s, JSON.stringify(s).slice(1, -1)] : [])))].sort((a, b) => b.length - a.length);
  return { write: (line: string) => destination.write(redactText(line, forms)) };
}
