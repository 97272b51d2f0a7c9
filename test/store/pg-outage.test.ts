// PostgreSQL going away while the store is in use (issue 14: "retries while running"). The test owns a throwaway
// cluster of its own (scripts/pg-test-server.sh) and really stops and restarts its server: during the outage an
// operation is tried again a bounded number of times, logged without personal data, and then fails with a clear
// StoreError; an operation still retrying when the server comes back succeeds; after the restart every acknowledged
// write is there.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { StoreError } from '../../src/store/private-file.js';
import { PgStore } from '../../src/store/pg/pg-store.js';
import { newPerson, type PersonState } from '../../src/store/state.js';
import { repoRoot } from '../helpers/core.js';
import { recordingLogger } from '../helpers/logger.js';
import { describePg } from '../helpers/pg.js';

const script = path.join(repoRoot, 'scripts', 'pg-test-server.sh');
const server = (...args: string[]) => execFileSync(script, args, { encoding: 'utf8', env: { ...process.env, PG_TEST_PORT: '' } });
const mark = (step: string) => (p: PersonState | undefined) => ({ ...(p ?? newPerson()), done: { ...p?.done, [step]: '2026-06-01T00:00:00.000Z' } });

describePg('PostgreSQL store while its server stops and starts again', () => {
  let url = '';
  let dir = '';
  beforeAll(() => {
    const out = server('start');
    url = /TEST_DATABASE_URL=(\S+)/.exec(out)![1]!;
    dir = /PG_TEST_DIR=(\S+)/.exec(out)![1]!;
  }, 120_000);
  afterAll(() => {
    if (dir) server('stop', dir);
  }, 60_000);

  it('retries, then fails clearly during the outage; a write retrying across the restart succeeds; nothing acknowledged is lost', async () => {
    const log = recordingLogger();
    // Few, short tries: this store gives up during the outage.
    const brief = await PgStore.open(url, { poolMax: 2, logger: log, retry: { tries: 3, firstDelayMs: 50, maxDelayMs: 50 } });
    // Many tries (up to about a minute): this one outlasts the restart.
    const patientLog = recordingLogger();
    const patient = await PgStore.open(url, { poolMax: 2, logger: patientLog, retry: { tries: 120, firstDelayMs: 100, maxDelayMs: 500 } });
    try {
      await brief.changePerson('slack:UOUTAGE', mark('before'));
      server('halt', dir);

      const error = await brief.changePerson('slack:UOUTAGE', mark('during')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as Error).message).toMatch(/The PostgreSQL server at 127\.0\.0\.1:\d+\/postgres did not answer \(.+\) after 3 tries .*not applied/);
      // Each retry was logged (which try, why), and no log line names the person.
      const retries = log.entries.filter((e) => e.msg?.includes('trying again'));
      expect(retries.map((e) => (e.obj as { attempt: number }).attempt)).toEqual([1, 2]);
      expect(JSON.stringify(log.entries)).not.toContain('UOUTAGE');

      // Writes started while the server is down, and still being tried when it comes back.
      const pending = Array.from({ length: 8 }, (_, i) => patient.changePerson('slack:UOUTAGE', mark(`across-${i}`)));
      // The server comes back only once they have failed and are being tried again.
      await vi.waitFor(() => expect(patientLog.entries.some((e) => e.msg?.includes('trying again'))).toBe(true), { timeout: 30_000 });
      server('resume', dir);
      await Promise.all(pending);

      // The store that gave up works again without being reopened.
      await brief.changePerson('slack:UOUTAGE', mark('after'));
      const done = Object.keys((await brief.getPerson('slack:UOUTAGE'))!.done).sort();
      expect(done).toEqual(['after', 'before', ...Array.from({ length: 8 }, (_, i) => `across-${i}`)].sort());
    } finally {
      await brief.close();
      await patient.close();
    }
  }, 120_000);
});
