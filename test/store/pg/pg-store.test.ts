// The PostgreSQL store against a real server (TEST_DATABASE_URL; see test/helpers/pg.ts): the storage contract, two
// stores on one database as two processes would be, and the message when the server cannot be reached.
// Each test file gets its own fresh database.
import { expect, it } from 'vitest';
import { newPerson } from '../../../src/store/state.js';
import { PgStore } from '../../../src/store/pg/pg-store.js';
import { StoreError } from '../../../src/store/lowdb-store.js';
import { describePg, useFreshDatabase } from '../../helpers/pg.js';
import { storeContract } from '../contract.js';

describePg('PostgreSQL store', (server) => {
  const url = useFreshDatabase(server);

  // Every contract test starts from empty tables (the schema stays).
  const emptied = async () => {
    const s = await PgStore.open(url(), { poolMax: 4 });
    await s.pool.query('TRUNCATE people, contexts, replies, feedback, review, seen, installations');
    return s;
  };
  storeContract({
    open: emptied,
    reopen: async (store) => {
      await store.close();
      return PgStore.open(url(), { poolMax: 4 });
    },
  });

  it('two stores on one database (two processes): 2 x 30 concurrent marks of the same 3 people are all kept', async () => {
    const a = await emptied();
    const b = await PgStore.open(url(), { poolMax: 4 });
    try {
      const mark = (s: PgStore, key: string, step: string) =>
        s.changePerson(key, (p) => {
          const person = p ?? newPerson();
          person.done[step] = 'x';
          return person;
        });
      const work = [];
      for (let i = 0; i < 30; i++) for (const key of ['p1', 'p2', 'p3']) work.push(mark(a, key, `a${i}`), mark(b, key, `b${i}`));
      await Promise.all(work);
      for (const key of ['p1', 'p2', 'p3']) expect(Object.keys((await a.getPerson(key))!.done)).toHaveLength(60);
      // Handled requests are shared: what one process recorded, the other refuses.
      expect(await a.claim(['ev'], 1, 100)).toBe(true);
      expect(await b.claim(['ev'], 2, 100)).toBe(false);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('an unreachable server: a clear error naming where, without the password', async () => {
    const closed = new URL(server);
    closed.port = '1'; // nothing listens on port 1
    closed.username = 'chartpath';
    closed.password = 'sekret-pw';
    const error = await PgStore.open(closed.toString()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/Could not reach the PostgreSQL server at 127\.0\.0\.1:1\/.*ECONNREFUSED.*DATABASE_URL/);
    expect((error as Error).message).not.toContain('sekret-pw');
  });
});
