// Reaching the PostgreSQL server: a bounded pool, a clear message when the server cannot be reached at start-up, and
// a few retries with backoff while running, so a server restart or a dropped connection costs a short wait instead of
// a lost answer. The URL's password never appears in a message.
import pg from 'pg';
import type { Logger } from '../../log.js';
import { StoreError } from '../private-file.js';

export interface PoolSettings {
  url: string;
  /** At most this many connections per process (PG_POOL_MAX). */
  max: number;
  logger: Logger;
}

/** Where the URL points, for messages: host, port and database, never the user's password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}/${decodeURIComponent(u.pathname.slice(1)) || '(default database)'}`;
  } catch {
    return '(an unreadable DATABASE_URL)';
  }
}

export function createPool(s: PoolSettings): pg.Pool {
  const pool = new pg.Pool({ connectionString: s.url, max: s.max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5_000 });
  // An idle connection the server dropped (a restart) must not take the process down; the next query reconnects.
  pool.on('error', (error) => s.logger.warn({ err: error, database: describeUrl(s.url) }, 'a PostgreSQL connection was lost; it will be reopened'));
  return pool;
}

/** Checks the server answers; else a StoreError that says where, why and what to check. */
export async function checkReachable(pool: pg.Pool, url: string): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    const e = error as { code?: string; message?: string };
    throw new StoreError(
      `Could not reach the PostgreSQL server at ${describeUrl(url)} (${e.code ?? 'error'}: ${e.message ?? String(error)}). ` +
        'Check that the server runs and accepts connections from here, and that DATABASE_URL (user, password, database) is right; ' +
        'or unset DATABASE_URL to keep data in a file in DATA_DIR.',
    );
  }
}

/** Errors worth another try: the connection or the server went away, or PostgreSQL asks for a retry. */
const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '40001', '40P01', '53300']);

export function isTransient(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  if (e.code && TRANSIENT_CODES.has(e.code)) return true;
  // pg reports a connection lost mid-query, or a connect timeout, without a code.
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(e.message ?? '');
}

export interface RetryPolicy {
  /** Tries in all (the first included). */
  tries: number;
  /** Wait before the second try; doubles each time, up to maxDelayMs. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const RETRY_DEFAULTS: RetryPolicy = { tries: 5, firstDelayMs: 100, maxDelayMs: 1_000 };

/**
 * Runs an operation, again after a transient failure (by default up to 5 tries, 100 ms then doubling: about 1.5 s in
 * all, enough for a server restart or a failover of a few seconds' blip to cost a wait instead of an answer). Each
 * operation is one transaction, so a try that failed changed nothing and trying again is safe. The log says which try
 * failed and why (the error's code and message: never the statement's values, which may name a person). When the
 * tries run out, a StoreError says the server did not answer, where, and for how long.
 */
export async function withRetry<T>(run: () => Promise<T>, logger: Logger, policy: RetryPolicy = RETRY_DEFAULTS, database = 'the database'): Promise<T> {
  let delay = policy.firstDelayMs;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isTransient(error)) throw error;
      const e = error as { code?: string; message?: string };
      const reason = `${e.code ?? 'error'}: ${e.message ?? String(error)}`;
      if (attempt >= policy.tries) {
        throw new StoreError(
          `The PostgreSQL server at ${database} did not answer (${reason}) after ${attempt} tries over ${waited} ms. ` +
            'The operation was not applied; it can be tried again once the server is back.',
          { cause: error },
        );
      }
      logger.warn({ code: e.code, reason: e.message, attempt, tries: policy.tries, retryInMs: delay, database }, 'a PostgreSQL operation failed for a passing reason; trying again');
      await new Promise((r) => setTimeout(r, delay));
      waited += delay;
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  }
}
