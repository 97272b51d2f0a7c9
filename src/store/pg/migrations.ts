// The PostgreSQL schema, as numbered migrations applied in order at start-up. A migration, once released, never
// changes: a new version is a new entry at the end. Several processes starting at once are serialised by an advisory
// lock, so each migration runs exactly once; a database migrated by a newer ChartPath is refused, not downgraded.
import type { Pool } from 'pg';
import { StoreError } from '../private-file.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'people, conversations, feedback, review log, handled requests, installations',
    sql: `
      -- A person's whole checklist state is one row: marking a step locks and rewrites that row only.
      CREATE TABLE people (
        key text PRIMARY KEY,
        state jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX people_updated_at ON people (updated_at);
      -- Keys are "<person key>|<channel>"; text_pattern_ops lets a person's prefix find their contexts.
      CREATE TABLE contexts (
        key text PRIMARY KEY,
        context jsonb NOT NULL,
        expires_at bigint NOT NULL
      );
      CREATE INDEX contexts_key_prefix ON contexts (key text_pattern_ops);
      CREATE INDEX contexts_expires_at ON contexts (expires_at);
      CREATE TABLE replies (
        id text PRIMARY KEY,
        intent text,
        at bigint NOT NULL,
        seq bigserial NOT NULL
      );
      CREATE INDEX replies_seq ON replies (seq);
      CREATE TABLE feedback (
        reply_id text PRIMARY KEY,
        intent text,
        helpful boolean NOT NULL,
        at timestamptz NOT NULL,
        seq bigserial NOT NULL
      );
      CREATE INDEX feedback_at ON feedback (at);
      CREATE INDEX feedback_seq ON feedback (seq);
      CREATE TABLE review (
        seq bigserial PRIMARY KEY,
        id text NOT NULL UNIQUE,
        entry jsonb NOT NULL,
        status text NOT NULL,
        by_tag text,
        at timestamptz NOT NULL
      );
      CREATE INDEX review_by_tag ON review (by_tag);
      CREATE TABLE seen (
        id text PRIMARY KEY,
        until bigint NOT NULL
      );
      CREATE INDEX seen_until ON seen (until);
      CREATE TABLE installations (
        platform text NOT NULL,
        key text NOT NULL,
        record jsonb NOT NULL,
        installed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (platform, key)
      );
    `,
  },
];

/** Any constant: the key of the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK = 7_140_001;

/** Applies every migration the database does not have yet; returns the versions applied. */
export async function migrate(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS chartpath_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM chartpath_migrations');
    const have = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...migrations.map((m) => m.version));
    const unknown = [...have].filter((v) => v > newest);
    if (unknown.length) {
      throw new StoreError(
        `The database has schema version ${Math.max(...unknown)}, newer than this ChartPath knows (${newest}). ` +
          'It was migrated by a newer release: run that release, or restore a backup taken before the upgrade.',
      );
    }
    for (const m of migrations) {
      if (have.has(m.version)) continue;
      // Each migration and its record in one transaction: a failed one leaves no half-made schema behind.
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO chartpath_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(m.version);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
  return applied;
}
