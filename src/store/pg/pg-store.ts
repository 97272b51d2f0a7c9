// The PostgreSQL implementation of the storage port (DATABASE_URL): every process of a deployment (Slack HTTP
// processes, Discord, the CLI) shares one database. Each operation is one statement or one short transaction; a person
// is changed under a row lock (SELECT ... FOR UPDATE), so concurrent marks from any number of processes are applied
// one after another and none is lost. Contexts carry their expiry and are never read past it. No person's data is
// written to DATA_DIR (which keeps only the model cache).
import type pg from 'pg';
import { silentLogger, type Logger } from '../../log.js';
import type { InstallationPlatform, InstallationRecord } from '../installations.js';
import type { PruneRequest, PruneResult, Store } from '../port.js';
import type { ConversationContext, FeedbackEntry, PersonState, ReplyRecord, UnansweredEntry, UnansweredStatus } from '../state.js';
import { checkReachable, createPool, describeUrl, RETRY_DEFAULTS, withRetry, type RetryPolicy } from './connect.js';
import { migrate } from './migrations.js';

export interface PgStoreOptions {
  /** At most this many connections (PG_POOL_MAX); default 10. */
  poolMax?: number | undefined;
  logger?: Logger | undefined;
  /** How operations are tried again while the server is away (RETRY_DEFAULTS). */
  retry?: RetryPolicy | undefined;
}

/** Expired handled-request records are swept every so many claims (and at housekeeping, through pruneContexts). */
const SWEEP_EVERY = 256;
/** How many times a change of a person that raced another's first insert is tried again. */
const CREATE_RACE_TRIES = 5;

export class PgStore implements Store {
  readonly kind = 'postgres' as const;
  private claims = 0;

  private constructor(
    readonly pool: pg.Pool,
    private readonly log: Logger,
    private readonly retry: RetryPolicy,
    /** Host, port and database, for messages (never the password). */
    private readonly where: string,
  ) {}

  /** Connects (a clear StoreError when the server cannot be reached), applies pending migrations, and is ready. */
  static async open(url: string, options: PgStoreOptions = {}): Promise<PgStore> {
    const log = options.logger ?? silentLogger;
    const pool = createPool({ url, max: options.poolMax ?? 10, logger: log });
    try {
      await checkReachable(pool, url);
      const applied = await migrate(pool);
      if (applied.length) log.info({ versions: applied }, 'applied database migrations');
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
    return new PgStore(pool, log, options.retry ?? RETRY_DEFAULTS, describeUrl(url));
  }

  private q<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    return withRetry(() => this.pool.query<R>(sql, params), this.log, this.retry, this.where);
  }

  /** Runs fn in one transaction on one connection; retried as a whole after a transient failure. */
  private tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return withRetry(async () => {
      const c = await this.pool.connect();
      let broken = false;
      // A connection lost while checked out (a server restart) also emits 'error' on the client, where the pool no
      // longer listens: unheard, it would end the process. The failed query reports it; this listener only hears it.
      const lost = () => {
        broken = true;
      };
      c.on('error', lost);
      try {
        await c.query('BEGIN');
        const result = await fn(c);
        await c.query('COMMIT');
        return result;
      } catch (error) {
        await c.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        // A connection whose rollback failed is dropped rather than handed to the next caller.
        c.off('error', lost);
        c.release(broken);
      }
    }, this.log, this.retry, this.where);
  }

  async getPerson(key: string): Promise<PersonState | undefined> {
    const { rows } = await this.q<{ state: PersonState }>('SELECT state FROM people WHERE key = $1', [key]);
    return rows[0]?.state;
  }

  async changePerson(key: string, change: (person: PersonState | undefined) => PersonState | undefined): Promise<PersonState | undefined> {
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.tx(async (c) => {
        const { rows } = await c.query<{ state: PersonState }>('SELECT state FROM people WHERE key = $1 FOR UPDATE', [key]);
        const current = rows[0]?.state;
        const next = change(current && structuredClone(current));
        if (!next) return { done: true as const, person: undefined };
        if (current) {
          await c.query('UPDATE people SET state = $2, updated_at = $3 WHERE key = $1', [key, next, next.updatedAt]);
          return { done: true as const, person: next };
        }
        // No row to lock yet: two first changes of one person race to insert it. The loser changed nothing and
        // runs again, now on the winner's row (locked this time).
        const inserted = await c.query('INSERT INTO people (key, state, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING', [key, next, next.updatedAt]);
        return inserted.rowCount === 1 ? { done: true as const, person: next } : { done: false as const, person: undefined };
      });
      if (outcome.done) return outcome.person;
      if (attempt >= CREATE_RACE_TRIES) throw new Error('could not change a person: their first change kept racing another process');
    }
  }

  async forgetPerson(key: string, reviewTag: string): Promise<boolean> {
    return this.tx(async (c) => {
      const people = await c.query('DELETE FROM people WHERE key = $1', [key]);
      const contexts = await c.query('DELETE FROM contexts WHERE starts_with(key, $1)', [`${key}|`]);
      const review = await c.query('DELETE FROM review WHERE by_tag = $1', [reviewTag]);
      return (people.rowCount ?? 0) + (contexts.rowCount ?? 0) + (review.rowCount ?? 0) > 0;
    });
  }

  async forgetPeopleWithPrefix(prefix: string): Promise<number> {
    if (!prefix) throw new Error('forgetPeopleWithPrefix: an empty prefix would delete everyone');
    return this.tx(async (c) => {
      const people = await c.query('DELETE FROM people WHERE starts_with(key, $1)', [prefix]);
      await c.query('DELETE FROM contexts WHERE starts_with(key, $1)', [prefix]);
      return people.rowCount ?? 0;
    });
  }

  async getContext(key: string, now: number): Promise<ConversationContext | undefined> {
    const { rows } = await this.q<{ context: ConversationContext }>('SELECT context FROM contexts WHERE key = $1 AND expires_at > $2', [key, now]);
    return rows[0]?.context;
  }

  async putContext(key: string, context: ConversationContext, expiresAt: number): Promise<void> {
    await this.q(
      `INSERT INTO contexts (key, context, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET context = EXCLUDED.context, expires_at = EXCLUDED.expires_at`,
      [key, stripUndefined(context), expiresAt],
    );
  }

  async pruneContexts(now: number): Promise<number> {
    const contexts = await this.q('DELETE FROM contexts WHERE expires_at <= $1', [now]);
    await this.q('DELETE FROM seen WHERE until <= $1', [now]);
    return contexts.rowCount ?? 0;
  }

  async getReply(id: string): Promise<ReplyRecord | undefined> {
    const { rows } = await this.q<{ intent: string | null; at: string }>('SELECT intent, at FROM replies WHERE id = $1', [id]);
    const r = rows[0];
    return r && { intent: r.intent, at: Number(r.at) };
  }

  async putReply(id: string, record: ReplyRecord, keep: number): Promise<void> {
    // One statement: the DELETE sees the table as it was before the INSERT, so the cut is worked out among the other
    // replies (keep - 1 of them stay beside this one). Putting an id again moves it to the newest, as the file does.
    await this.q(
      `WITH put AS (
         INSERT INTO replies (id, intent, at) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET intent = EXCLUDED.intent, at = EXCLUDED.at, seq = nextval(pg_get_serial_sequence('replies', 'seq'))
       )
       DELETE FROM replies WHERE id <> $1 AND seq <= (SELECT seq FROM replies WHERE id <> $1 ORDER BY seq DESC OFFSET $4 LIMIT 1)`,
      [id, record.intent, record.at, Math.max(0, keep - 1)],
    );
  }

  async putFeedback(entry: FeedbackEntry): Promise<void> {
    await this.q(
      `INSERT INTO feedback (reply_id, intent, helpful, at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (reply_id) DO UPDATE SET helpful = EXCLUDED.helpful, at = EXCLUDED.at`,
      [entry.replyId, entry.intent, entry.helpful, entry.at],
    );
  }

  async listFeedback(): Promise<FeedbackEntry[]> {
    const { rows } = await this.q<{ reply_id: string; intent: string | null; helpful: boolean; at: Date }>('SELECT reply_id, intent, helpful, at FROM feedback ORDER BY seq');
    return rows.map((r) => ({ replyId: r.reply_id, intent: r.intent, helpful: r.helpful, at: r.at.toISOString() }));
  }

  async addReview(entry: UnansweredEntry, maxEntries: number): Promise<void> {
    await this.tx(async (c) => {
      await c.query('INSERT INTO review (id, entry, status, by_tag, at) VALUES ($1, $2, $3, $4, $5)', [entry.id, stripUndefined(entry), entry.status, entry.by ?? null, entry.at]);
      await capBySeq(c, 'review', maxEntries);
    });
  }

  async listReview(status?: UnansweredStatus): Promise<UnansweredEntry[]> {
    const { rows } = status
      ? await this.q<{ entry: UnansweredEntry }>('SELECT entry FROM review WHERE status = $1 ORDER BY seq', [status])
      : await this.q<{ entry: UnansweredEntry }>('SELECT entry FROM review ORDER BY seq');
    return rows.map((r) => r.entry);
  }

  async setReviewStatus(ids: string[], status: UnansweredStatus, resolvedTo?: string): Promise<number> {
    if (!ids.length) return 0;
    const patch = resolvedTo === undefined ? { status } : { status, resolvedTo };
    const r = await this.q('UPDATE review SET status = $2, entry = entry || $3::jsonb WHERE id = ANY($1)', [ids, status, JSON.stringify(patch)]);
    return r.rowCount ?? 0;
  }

  async deleteReview(ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const r = await this.q('DELETE FROM review WHERE id = ANY($1)', [ids]);
    return r.rowCount ?? 0;
  }

  async prune(r: PruneRequest): Promise<PruneResult> {
    return this.tx(async (c) => {
      const feedback = (await c.query('DELETE FROM feedback WHERE at < $1', [r.feedbackBefore])).rowCount ?? 0;
      const feedbackCap = await capBySeq(c, 'feedback', r.maxFeedback);
      const gone = await c.query<{ key: string }>('DELETE FROM people WHERE updated_at < $1 RETURNING key', [r.peopleBefore]);
      if (gone.rows.length) {
        await c.query('DELETE FROM contexts c USING unnest($1::text[]) AS p(key) WHERE starts_with(c.key, p.key || $2)', [gone.rows.map((g) => g.key), '|']);
      }
      const review = (await c.query('DELETE FROM review WHERE at < $1', [r.reviewBefore])).rowCount ?? 0;
      const reviewCap = await capBySeq(c, 'review', r.maxReview);
      return { feedback: feedback + feedbackCap, people: gone.rows.length, reviewLog: review + reviewCap };
    });
  }

  async claim(ids: string[], now: number, until: number): Promise<boolean> {
    if (!ids.length) return true;
    // An id is (re)recorded only when it is new or expired; the rows returned are exactly those. Concurrent claims of
    // one id (two processes) serialise on its primary key: the second sees the first's record and gets no row.
    const { rows } = await this.q<{ id: string }>(
      `INSERT INTO seen (id, until) SELECT unnest($1::text[]), $3
       ON CONFLICT (id) DO UPDATE SET until = EXCLUDED.until WHERE seen.until <= $2
       RETURNING id`,
      [[...new Set(ids)], now, until],
    );
    if (++this.claims % SWEEP_EVERY === 0) await this.q('DELETE FROM seen WHERE until <= $1', [now]);
    return rows.length === new Set(ids).size;
  }

  async claimed(id: string, now: number): Promise<boolean> {
    const { rows } = await this.q('SELECT 1 FROM seen WHERE id = $1 AND until > $2', [id, now]);
    return rows.length > 0;
  }

  async getInstallation(platform: InstallationPlatform, key: string): Promise<InstallationRecord | undefined> {
    const { rows } = await this.q<InstallationRow>('SELECT record, installed_at, updated_at FROM installations WHERE platform = $1 AND key = $2', [platform, key]);
    return rows[0] && fromInstallationRow(rows[0]);
  }

  async putInstallation(record: Omit<InstallationRecord, 'installedAt' | 'updatedAt'>, now: Date): Promise<InstallationRecord> {
    const { rows } = await this.q<InstallationRow>(
      `INSERT INTO installations (platform, key, record, installed_at, updated_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (platform, key) DO UPDATE SET record = EXCLUDED.record, updated_at = EXCLUDED.updated_at
       RETURNING record, installed_at, updated_at`,
      [record.platform, record.key, stripUndefined(record), now],
    );
    return fromInstallationRow(rows[0]!);
  }

  async deleteInstallation(platform: InstallationPlatform, key: string): Promise<boolean> {
    const r = await this.q('DELETE FROM installations WHERE platform = $1 AND key = $2', [platform, key]);
    return (r.rowCount ?? 0) > 0;
  }

  async listInstallations(platform: InstallationPlatform): Promise<InstallationRecord[]> {
    const { rows } = await this.q<InstallationRow>('SELECT record, installed_at, updated_at FROM installations WHERE platform = $1 ORDER BY installed_at', [platform]);
    return rows.map(fromInstallationRow);
  }

  /** Every write is committed before its promise settles: nothing is pending. */
  async flush(): Promise<void> {}

  /** The database keeps no older copy of its own (backups are the operator's, and their retention too). */
  async purgeOldCopies(): Promise<void> {}

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

interface InstallationRow {
  record: Omit<InstallationRecord, 'installedAt' | 'updatedAt'>;
  installed_at: Date;
  updated_at: Date;
}

function fromInstallationRow(r: InstallationRow): InstallationRecord {
  return { ...r.record, installedAt: r.installed_at.toISOString(), updatedAt: r.updated_at.toISOString() };
}

/** Keeps the newest `max` rows of a table with a seq column; returns how many went. */
async function capBySeq(c: pg.PoolClient, table: 'review' | 'feedback', max: number): Promise<number> {
  const r = await c.query(`DELETE FROM ${table} WHERE seq <= (SELECT seq FROM ${table} ORDER BY seq DESC OFFSET $1 LIMIT 1)`, [max]);
  return r.rowCount ?? 0;
}

/** JSON as the document stores keep it: an undefined property is absent, not null. */
function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
