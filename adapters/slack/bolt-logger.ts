// Bolt and the Slack SDK log through core.logger (pino, which redacts secrets).
// Their debug output is dropped: at that level they print whole request bodies, i.e. what people wrote.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/index.js';

function describe(args: unknown[]): { message: string; err?: unknown } {
  let err: unknown;
  const parts: string[] = [];
  for (const a of args) {
    if (a instanceof Error) {
      err ??= a;
      parts.push(a.message);
    } else if (typeof a === 'string') parts.push(a);
    else if (a !== undefined) parts.push(String(a));
  }
  return { message: parts.join(' ').slice(0, 500), err };
}

export function boltLogger(logger: Logger, component = 'slack-sdk'): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  let name = component;
  const emit = (kind: 'info' | 'warn' | 'error', args: unknown[]) => {
    const { message, err } = describe(args);
    logger[kind](err ? { component: name, err } : { component: name }, message);
  };
  return {
    debug: () => {},
    info: (...args: unknown[]) => {
      if (level === LogLevel.INFO || level === LogLevel.DEBUG) emit('info', args);
    },
    warn: (...args: unknown[]) => {
      if (level !== LogLevel.ERROR) emit('warn', args);
    },
    error: (...args: unknown[]) => emit('error', args),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      name = n;
    },
  };
}
