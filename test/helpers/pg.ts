// The PostgreSQL server the tests use: TEST_DATABASE_URL (scripts/pg-test-server.sh starts a throwaway one; .ci/run
// does). Without it the PostgreSQL suites are skipped with a visible message, except in CI (CI=true), where a missing
// server is a failure: CI must never pass without having run them.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createDatabase } from './pg-database.js';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
const inCi = process.env.CI === 'true' || process.env.CI === '1';

/** describe() when a server is set; else a skip that says why, or (CI) one failing test that says why. */
export function describePg(name: string, body: (url: string) => void): void {
  const url = TEST_DATABASE_URL;
  if (url) {
    describe(name, () => body(url));
    return;
  }
  if (inCi) {
    describe(name, () => {
      it('needs a PostgreSQL server (TEST_DATABASE_URL)', () => {
        throw new Error('CI=true but TEST_DATABASE_URL is not set: start a server with scripts/pg-test-server.sh (see .ci/run); the PostgreSQL suite must not be skipped in CI');
      });
    });
    return;
  }
  console.warn(`[skipped] ${name}: TEST_DATABASE_URL is not set. Start a throwaway server with: eval "$(scripts/pg-test-server.sh start)"`);
  describe.skip(name, () => body(''));
}

/** A fresh, empty database for one test file (tests never share tables); drop() removes it. */
export function freshDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  return createDatabase(serverUrl, `chartpath_t_${process.pid}`);
}

/**
 * A fresh, empty database for the enclosing describe (one per test file): created before its tests, dropped after
 * them. Returns a getter of its URL, which exists from the first test on.
 */
export function useFreshDatabase(serverUrl: string): () => string {
  let db: { url: string; drop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    db = await freshDatabase(serverUrl);
  });
  afterAll(async () => {
    await db?.drop();
  });
  return () => {
    if (!db) throw new Error('useFreshDatabase: the database exists from the first test on (it is created in beforeAll)');
    return db.url;
  };
}
