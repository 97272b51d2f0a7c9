// The PostgreSQL schema's migrations (src/store/pg/migrations.ts), on a real throwaway server: applied in order and
// once, even by processes starting together, recorded with their versions; a database from a newer release refused.
import { expect, it } from 'vitest';
import pg from 'pg';
import { MIGRATIONS, migrate } from '../../../src/store/pg/migrations.js';
import { PgStore } from '../../../src/store/pg/pg-store.js';
import { describePg, useFreshDatabase } from '../../helpers/pg.js';

describePg('PostgreSQL migrations', (server) => {
  const url = useFreshDatabase(server);

  it('migrations: applied once, even by processes starting together; recorded with their versions', async () => {
    const opened = await Promise.all([PgStore.open(url(), { poolMax: 2 }), PgStore.open(url(), { poolMax: 2 }), PgStore.open(url(), { poolMax: 2 })]);
    try {
      const { rows } = await opened[0]!.pool.query<{ version: number }>('SELECT version FROM chartpath_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(opened[0]!.pool)).toEqual([]);
      // A database migrated by a newer release is refused, not touched.
      await expect(migrate(opened[0]!.pool, MIGRATIONS.slice(0, 0))).rejects.toThrow(/newer than this ChartPath knows/);
    } finally {
      for (const s of opened) await s.close();
    }
  });

  it('migrate() on an empty database applies every migration, in version order, and creates the tables', async () => {
    const pool = new pg.Pool({ connectionString: url(), max: 1 });
    try {
      await pool.query('DROP TABLE IF EXISTS chartpath_migrations, people, contexts, replies, feedback, review, seen, installations CASCADE');
      const applied = await migrate(pool);
      expect(applied).toEqual(MIGRATIONS.map((m) => m.version));
      expect([...applied].sort((a, b) => a - b)).toEqual(applied);
      const { rows } = await pool.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE tablename IN ('people', 'contexts', 'installations')");
      expect(rows.map((r) => r.name).sort()).toEqual(['contexts', 'installations', 'people']);
    } finally {
      await pool.end();
    }
  });

  it('a failing migration is rolled back with its record: no half-made schema, and the error reaches the caller', async () => {
    const pool = new pg.Pool({ connectionString: url(), max: 1 });
    try {
      await migrate(pool);
      // The schema change works; recording it fails (a migration without a name): the change must go too.
      const broken = [...MIGRATIONS, { version: 9999, name: null as unknown as string, sql: 'CREATE TABLE half_made (id int)' }];
      await expect(migrate(pool, broken)).rejects.toThrow(/null value/);
      const { rows } = await pool.query("SELECT 1 FROM chartpath_migrations WHERE version = 9999 UNION ALL SELECT 1 FROM pg_tables WHERE tablename = 'half_made'");
      expect(rows).toEqual([]);
    } finally {
      await pool.end();
    }
  });
});
