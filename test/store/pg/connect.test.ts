// store/pg/connect.ts: where a DATABASE_URL points (never its password), which failures are worth another try, the
// retry loop's backoff and its final message, and the start-up check against a real server (TEST_DATABASE_URL; the
// server part is skipped without one, like the other PostgreSQL suites). A closed loopback port stands in for a
// server that is down.
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkReachable, createPool, describeUrl, isTransient, withRetry } from '../../../src/store/pg/connect.js';
import { StoreError } from '../../../src/store/private-file.js';
import { recordingLogger } from '../../helpers/logger.js';
import { describePg, useFreshDatabase } from '../../helpers/pg.js';

/** A loopback port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const coded = (code: string, message = 'boom') => Object.assign(new Error(message), { code });

describe('describeUrl', () => {
  it('names host, port and database, never the user or password', () => {
    const d = describeUrl('postgres://chart:s3cret-pw@db.example.org:6543/chart%20path');
    expect(d).toBe('db.example.org:6543/chart path');
    expect(d).not.toMatch(/s3cret|chart:/);
  });

  it('fills in the defaults PostgreSQL uses, and says when the URL cannot be read', () => {
    expect(describeUrl('postgres://db.example.org')).toBe('db.example.org:5432/(default database)');
    expect(describeUrl('not a url with a p4ssword')).toBe('(an unreadable DATABASE_URL)');
  });
});

describe('isTransient', () => {
  it('retries lost connections, server shutdowns, serialization failures and too many connections', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '08006', '40001', '40P01', '53300']) expect(isTransient(coded(code)), code).toBe(true);
    expect(isTransient(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransient(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('does not retry mistakes that would fail again: bad SQL, a violated constraint, a wrong password', () => {
    for (const code of ['42601', '23505', '28P01', '42P01']) expect(isTransient(coded(code)), code).toBe(false);
    expect(isTransient(new Error('syntax error'))).toBe(false);
    expect(isTransient('a string')).toBe(false);
  });
});

describe('withRetry', () => {
  const policy = { tries: 4, firstDelayMs: 5, maxDelayMs: 12 };

  it('tries again after passing failures, doubling the wait up to the cap, and logs each try without values', async () => {
    const log = recordingLogger();
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 4) throw coded('ECONNRESET', 'socket hang up');
        return 'done';
      },
      log,
      policy,
      'db:5432/x',
    );
    expect(result).toBe('done');
    expect(calls).toBe(4);
    expect(log.entries.map((e) => (e.obj as { retryInMs: number }).retryInMs)).toEqual([5, 10, 12]);
    expect(log.entries.map((e) => (e.obj as { attempt: number }).attempt)).toEqual([1, 2, 3]);
    expect(log.entries[0]).toMatchObject({ level: 'warn', obj: { code: 'ECONNRESET', reason: 'socket hang up', tries: 4, database: 'db:5432/x' } });
  });

  it('throws a failure that is not passing at once, unchanged', async () => {
    const log = recordingLogger();
    let calls = 0;
    const error = coded('23505', 'duplicate key');
    await expect(withRetry(async () => (calls++, Promise.reject(error)), log, policy)).rejects.toBe(error);
    expect(calls).toBe(1);
    expect(log.entries).toEqual([]);
  });

  it('after the last try, a StoreError says where, why, how many tries over how long, and that nothing was applied', async () => {
    const error = coded('57P01', 'terminating connection due to administrator command');
    let calls = 0;
    const failure = await withRetry(async () => (calls++, Promise.reject(error)), recordingLogger(), policy, 'db:5432/x').catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).message).toBe(
      'The PostgreSQL server at db:5432/x did not answer (57P01: terminating connection due to administrator command) after 4 tries over 27 ms. ' +
        'The operation was not applied; it can be tried again once the server is back.',
    );
    expect((failure as StoreError).cause).toBe(error);
  });
});

describe('checkReachable', () => {
  it('a server that is down: a StoreError naming where, the reason and what to check, without the password', async () => {
    const port = await closedPort();
    const url = `postgres://chart:s3cret-pw@127.0.0.1:${port}/chartpath`;
    const pool = createPool({ url, max: 1, logger: recordingLogger() });
    try {
      const failure = await checkReachable(pool, url).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(StoreError);
      const message = (failure as Error).message;
      expect(message).toMatch(new RegExp(`^Could not reach the PostgreSQL server at 127\\.0\\.0\\.1:${port}/chartpath \\(ECONNREFUSED: `));
      expect(message).toMatch(/Check that the server runs.*DATABASE_URL \(user, password, database\).*or unset DATABASE_URL to keep data in a file in DATA_DIR\./);
      expect(message).not.toMatch(/s3cret/);
    } finally {
      await pool.end();
    }
  });
});

describePg('connect.ts against a real PostgreSQL server', (serverUrl) => {
  const dbUrl = useFreshDatabase(serverUrl);

  it('checkReachable passes, and the pool holds at most `max` connections', async () => {
    const pool = createPool({ url: dbUrl(), max: 2, logger: recordingLogger() });
    try {
      await checkReachable(pool, dbUrl());
      await Promise.all(Array.from({ length: 5 }, () => pool.query('SELECT pg_sleep(0.05)')));
      expect(pool.totalCount).toBeLessThanOrEqual(2);
    } finally {
      await pool.end();
    }
  });

  it('an idle connection the server drops is logged as a warning (the process stays up) and the next query reconnects', async () => {
    const log = recordingLogger();
    const pool = createPool({ url: dbUrl(), max: 1, logger: log });
    const admin = createPool({ url: dbUrl(), max: 1, logger: recordingLogger() });
    try {
      const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      await expect.poll(() => log.entries.length, { timeout: 5_000 }).toBeGreaterThan(0);
      expect(log.entries[0]).toMatchObject({ level: 'warn', msg: 'a PostgreSQL connection was lost; it will be reopened' });
      expect((log.entries[0]!.obj as { database: string }).database).toMatch(/^127\.0\.0\.1:\d+\/chartpath_t_/);
      const again = await pool.query<{ one: number }>('SELECT 1 AS one');
      expect(again.rows[0]!.one).toBe(1);
    } finally {
      await pool.end();
      await admin.end();
    }
  });
});
