// The lowdb implementation of the storage port: one JSON file in DATA_DIR, for one process.
// Writes are serialised and atomic (a temporary file, then a rename), and changes are applied to memory in call
// order, so concurrent updates never lose each other. Several processes must not share one file: a lock
// (DATA_DIR/chartpath.lock, proper-lockfile) makes a second process wait up to 12 s for the first to finish (a
// short `chartpath checklist` command) and then stop with a clear error, instead of silently overwriting its
// changes. Several processes share a PostgreSQL database instead (DATABASE_URL, pg-store.ts).
//
// Files for one reader: the data folder is made 0700 and every file in it (the data file, its backup, temporary
// files) 0600, also for a folder an older version created. A failed write (a full disk) leaves no temporary file
// behind and is undone in memory, so a change reported as failed is never saved later by someone else's write.
// At start-up, a backup that cannot be written (a full disk) is reported and skipped: an intact data file always
// opens.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import lockfile from 'proper-lockfile';
import { silentLogger, type Logger } from '../log.js';
import { DocumentStore } from './document-store.js';
import { storeSchema } from './schema.js';
import { emptyData, type StoreData } from './state.js';

export const DATA_FILE_NAME = 'chartpath.json';
/** The lock of the data folder: a directory proper-lockfile creates and keeps fresh while the store is open. */
export const LOCK_NAME = 'chartpath.lock';
/**
 * How long opening waits for another process to release the folder: a CLI command takes a second or two, and the lock
 * of a process that was killed goes stale after LOCK_STALE_MS, so a restart right after a crash still opens.
 */
export const LOCK_STALE_MS = 10_000;
export const LOCK_WAIT_MS = 12_000;
/** Only the owner may list the data folder or read its files. */
export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The writes the store makes, as a seam: tests inject a full disk (ENOSPC) here; everything else is the real fs. */
export interface StoreFs {
  writeFile(file: string, text: string, mode: number): Promise<void>;
  writeFileSync(file: string, text: string, mode: number): void;
}

export const realFs: StoreFs = {
  writeFile: (file, text, mode) => writeFile(file, text, { mode }),
  writeFileSync: (file, text, mode) => writeFileSync(file, text, { mode }),
};

export interface StoreOptions {
  fs?: StoreFs | undefined;
  /** Where start-up warnings go (a backup that could not be written). */
  logger?: Logger | undefined;
  /** How long to wait for another process to release the data folder before failing (LOCK_WAIT_MS). */
  lockWaitMs?: number | undefined;
}

/** Temporary files of this store (and of lowdb's steno writer, used before): removed at start-up. */
const TEMP_FILE = /^(?:\.chartpath\.json\.tmp|chartpath\.json(?:\.bak)?\.\d+\.tmp)$/;

/** Writes text to a file atomically (temporary file, then rename), readable by the owner only; no temp file survives a failure. */
async function writeAtomic(fs: StoreFs, file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temp, text, FILE_MODE);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}

function writeAtomicSync(fs: StoreFs, file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, text, FILE_MODE);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** lowdb's adapter: the same JSON layout as lowdb's JSONFile, written with writeAtomic. */
class PrivateJsonFile implements Adapter<StoreData> {
  /** The text of the last write that reached the disk: what a failed write rolls back to. */
  durable: string;

  constructor(
    readonly file: string,
    private readonly fs: StoreFs,
    initial: string,
  ) {
    this.durable = initial;
  }

  async read(): Promise<StoreData | null> {
    return JSON.parse(this.durable) as StoreData;
  }

  async write(data: StoreData): Promise<void> {
    const text = JSON.stringify(data, null, 2);
    await writeAtomic(this.fs, this.file, text);
    this.durable = text;
  }
}

interface Waiting {
  /** Applied again after a failed write undid it in memory (it was not part of that write). */
  change: (data: StoreData) => unknown;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class LowdbStore extends DocumentStore {
  readonly kind = 'lowdb' as const;

  private constructor(
    private readonly db: Low<StoreData>,
    private readonly adapter: PrivateJsonFile,
    private readonly fs: StoreFs,
    readonly file: string,
    private readonly unlock: () => Promise<void>,
  ) {
    super();
  }

  get data(): StoreData {
    return this.db.data;
  }

  /**
   * Opens (or creates) the data file. A file that is not valid JSON or not ChartPath's shape is
   * never overwritten: opening fails with a message naming the file and the problem.
   */
  static async open(dataDir: string, options: StoreOptions = {}): Promise<LowdbStore> {
    const fs = options.fs ?? realFs;
    const log = options.logger ?? silentLogger;
    mkdirSync(dataDir, { recursive: true, mode: DIR_MODE });
    restrict(dataDir, DIR_MODE, log);
    const file = path.join(dataDir, DATA_FILE_NAME);
    const backup = `${file}.bak`;
    const unlock = await lockDataDir(dataDir, options.lockWaitMs ?? LOCK_WAIT_MS, log);
    try {
      return await LowdbStore.openLocked(dataDir, file, backup, fs, log, unlock);
    } catch (error) {
      await unlock().catch(() => {});
      throw error;
    }
  }

  private static async openLocked(dataDir: string, file: string, backup: string, fs: StoreFs, log: Logger, unlock: () => Promise<void>): Promise<LowdbStore> {
    removeTempFiles(dataDir);
    let data: StoreData = emptyData();
    let text: string | undefined;
    if (existsSync(file)) {
      text = readFileSync(file, 'utf8');
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        throw new StoreError(
          `The data file ${file} is damaged (${(error as Error).message}). ChartPath did not change it.` +
            (existsSync(backup) ? ` The last good copy is ${backup}: restore it, or` : ' Fix it, or') +
            ' move the file away to start with empty data.',
        );
      }
      const parsed = storeSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new StoreError(
          `The data file ${file} is not in ChartPath's format (at ${issue.path.join('.') || 'the top level'}: ${issue.message}). ` +
            `ChartPath did not change it.` +
            (existsSync(backup) ? ` The last good copy is ${backup}: restore it, or` : ' Fix it, or') +
            ' move the file away to start with empty data.',
        );
      }
      data = parsed.data as StoreData;
      restrict(file, FILE_MODE, log);
      if (existsSync(backup)) restrict(backup, FILE_MODE, log);
      // The file just proved good: keep it as the backup before this run changes anything. A backup that cannot be
      // written (a full disk) must not stop a start: the data file itself is intact, and the old backup stays.
      try {
        writeAtomicSync(fs, backup, text);
      } catch (error) {
        log.warn({ err: error, file: backup }, 'could not write the backup copy of the data file (is the disk full?); starting with the data file as it is');
      }
    }
    const adapter = new PrivateJsonFile(file, fs, text ?? JSON.stringify(data, null, 2));
    const db = new Low<StoreData>(adapter, data);
    db.data = data;
    const store = new LowdbStore(db, adapter, fs, file, unlock);
    if (text === undefined) await db.write();
    return store;
  }

  /** Updates waiting for the next write (each was already applied to memory). */
  private waiting: Waiting[] = [];
  /** The write loop, while it runs. */
  private writing: Promise<void> | undefined;

  async update<T>(change: (data: StoreData) => T): Promise<T> {
    const result = change(this.db.data);
    await this.persist(change);
    return result;
  }

  /**
   * Resolves once a write that started after this call has finished. Writes never overlap: changes made while one
   * is running share the next one, so under load the whole document is serialised once per write (not once per
   * change), and each change waits for at most the running write and its own.
   */
  private persist(change: (data: StoreData) => unknown = () => {}): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ change, resolve, reject });
      this.writing ??= this.writeLoop();
    });
  }

  private async writeLoop(): Promise<void> {
    try {
      while (this.waiting.length) {
        const batch = this.waiting.splice(0);
        try {
          await this.db.write();
          for (const w of batch) w.resolve();
        } catch (error) {
          // The batch's changes are reported as failed: undo them in memory, so no later write saves them. Changes
          // that arrived during the failed write were not part of it: they are applied again and wait for the next.
          this.db.data = JSON.parse(this.adapter.durable) as StoreData;
          for (const w of this.waiting) w.change(this.db.data);
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.writing = undefined;
    }
  }

  async flush(): Promise<void> {
    // One more write after everything already queued: the file holds the data as it is now.
    await this.persist();
  }

  /** The backup taken at start-up would still hold a forgotten person: replace it with the current, written state. */
  async purgeOldCopies(): Promise<void> {
    await this.flush();
    const backup = `${this.file}.bak`;
    if (existsSync(backup)) await writeAtomic(this.fs, backup, this.adapter.durable);
  }

  private closed = false;

  /** Writes what is pending and releases the data folder for another process. */
  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      if (!this.closed) {
        this.closed = true;
        await this.unlock().catch(() => {});
      }
    }
  }
}

/**
 * Takes the data folder's lock, waiting up to waitMs for another process to release it. proper-lockfile refreshes the
 * lock while this process lives, so a lock left by a crashed process goes stale (after 10 s) and is taken over.
 */
async function lockDataDir(dataDir: string, waitMs: number, log: Logger): Promise<() => Promise<void>> {
  const lockfilePath = path.join(dataDir, LOCK_NAME);
  const tries = Math.max(0, Math.ceil(waitMs / 250));
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath,
      realpath: false,
      stale: LOCK_STALE_MS,
      update: 2_500,
      retries: { retries: tries, factor: 1, minTimeout: 250, maxTimeout: 250 },
      // Another process took the folder over (this one stalled for longer than the stale period): say so loudly, and
      // keep running rather than crash mid-answer; the operator has two processes on one folder to fix.
      onCompromised: (error) => log.error({ err: error, dir: dataDir }, 'lost the lock of the data folder: another ChartPath process may be writing to it'),
    });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error;
    throw new StoreError(
      `Another ChartPath process is using the data folder ${dataDir} (its lock ${lockfilePath} is held). ` +
        'The embedded store (a JSON file) serves one process at a time: stop the other process (or wait for it), ' +
        'or set DATABASE_URL to a PostgreSQL database, which several processes can share.',
    );
  }
}

/** Owner-only permissions; a file or folder we cannot change (another owner) is reported, not fatal. */
function restrict(target: string, mode: number, log: Logger): void {
  try {
    chmodSync(target, mode);
  } catch (error) {
    log.warn({ err: error, path: target }, 'could not make this readable by its owner only');
  }
}

function removeTempFiles(dataDir: string): void {
  for (const name of readdirSync(dataDir)) if (TEMP_FILE.test(name)) rmSync(path.join(dataDir, name), { force: true });
}
