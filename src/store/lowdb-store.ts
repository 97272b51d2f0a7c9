// The lowdb implementation of the storage port: JSON files in DATA_DIR, for one process. The document is split by
// how often its parts change (file-layout.ts), and a write rewrites only the files whose part changed: an answer
// rewrites the small conversations file, not every person's profile; a mark (one person's change) appends one line
// to the people's journal (people-journal.ts, split-files.ts), which is compacted into chartpath.json when it grows
// past a bound and at a start or clean close that finds lines in it. Writes are serialised and atomic (a temporary
// file, then a rename; a journal line is one flushed append), and changes are applied to memory in call order, so
// concurrent updates never lose each other.
// Several processes must not share the files: a lock (DATA_DIR/chartpath.lock, proper-lockfile) makes a second
// process wait up to 12 s for the first to finish (a short `chartpath checklist` command) and then stop with a clear
// error, instead of silently overwriting its changes. Several processes share a PostgreSQL database instead (DATABASE_URL, pg-store.ts).
//
// Files for one reader: the data folder is made 0700 and every file in it (the data files, their backups, temporary
// files) 0600, also for a folder an older version created. A failed write (a full disk) leaves no temporary file
// behind and is undone in memory, so a change reported as failed is never saved later by someone else's write.
// At start-up, a backup that cannot be written (a full disk) is reported and skipped: an intact data file always
// opens; a journal line cut short by a crash is reported and dropped (it was never reported as saved).
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import lockfile from 'proper-lockfile';
import { silentLogger, type Logger } from '../log.js';
import { DocumentStore } from './document-store.js';
import { DATA_FILE_NAME, readLayout, SECTIONS, type Section } from './file-layout.js';
import { journalFile } from './people-journal.js';
import { DIR_MODE, FILE_MODE, realFs, StoreError, writeAtomic, writeAtomicSync, type StoreFs } from './private-file.js';
import { SplitJsonFiles } from './split-files.js';
import type { StoreData } from './state.js';

export { DATA_FILE_NAME, SECTION_FILES } from './file-layout.js';
export { JOURNAL_FILE_NAME } from './people-journal.js';
export { DIR_MODE, FILE_MODE, realFs, StoreError, type StoreFs } from './private-file.js';

/** The lock of the data folder: a directory proper-lockfile creates and keeps fresh while the store is open. */
export const LOCK_NAME = 'chartpath.lock';
/**
 * How long opening waits for another process to release the folder: a CLI command takes a second or two, and the lock
 * of a process that was killed goes stale after LOCK_STALE_MS, so a restart right after a crash still opens.
 */
export const LOCK_STALE_MS = 10_000;
export const LOCK_WAIT_MS = 12_000;

export interface StoreOptions {
  fs?: StoreFs | undefined;
  /** Where start-up warnings go (a backup that could not be written). */
  logger?: Logger | undefined;
  /** How long to wait for another process to release the data folder before failing (LOCK_WAIT_MS). */
  lockWaitMs?: number | undefined;
  /** Compact the people's journal once it would pass this many bytes (default: 256 KiB or half the snapshot). */
  journalBound?: number | undefined;
}

/** Temporary files of this store (and of lowdb's steno writer, used before): removed at start-up. */
const TEMP_FILE = /^(?:\.chartpath\.json\.tmp|chartpath(?:-conversations|-ratings)?\.json(?:\.bak)?\.\d+\.tmp|chartpath\.journal\.\d+\.tmp)$/;

interface Waiting {
  /** Applied again after a failed write undid it in memory (it was not part of that write). */
  change: (data: StoreData) => unknown;
  /** The files this change touched. */
  sections: readonly Section[];
  /** The people it touched, when that is all it touched of the people's part (DocumentStore.update). */
  people: readonly string[] | undefined;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class LowdbStore extends DocumentStore {
  readonly kind = 'lowdb' as const;

  private constructor(
    private readonly db: Low<StoreData>,
    private readonly adapter: SplitJsonFiles,
    private readonly fs: StoreFs,
    /** The people's file (the others are beside it, file-layout.ts). */
    readonly file: string,
    private readonly unlock: () => Promise<void>,
  ) {
    super();
  }

  get data(): StoreData {
    return this.db.data;
  }

  /**
   * Opens (or creates) the data files, splitting a single file from an older version. A file that is not valid JSON
   * or not ChartPath's shape is never overwritten: opening fails with a message naming the file and the problem.
   */
  static async open(dataDir: string, options: StoreOptions = {}): Promise<LowdbStore> {
    const fs = options.fs ?? realFs;
    const log = options.logger ?? silentLogger;
    // A file where the folder should be is a setting to fix, not a crash: say so plainly.
    if (existsSync(dataDir) && !statSync(dataDir).isDirectory()) {
      throw new StoreError(`The data folder ${dataDir} is a file, not a folder. Point DATA_DIR at a folder (it is created if it does not exist).`);
    }
    mkdirSync(dataDir, { recursive: true, mode: DIR_MODE });
    restrict(dataDir, DIR_MODE, log);
    const unlock = await lockDataDir(dataDir, options.lockWaitMs ?? LOCK_WAIT_MS, log);
    try {
      return await LowdbStore.openLocked(dataDir, fs, log, unlock, options.journalBound);
    } catch (error) {
      await unlock().catch(() => {});
      throw error;
    }
  }

  private static async openLocked(dataDir: string, fs: StoreFs, log: Logger, unlock: () => Promise<void>, journalBound: number | undefined): Promise<LowdbStore> {
    removeTempFiles(dataDir);
    const layout = readLayout(dataDir);
    const { journal } = layout;
    const journalPath = journalFile(dataDir);
    if (journal.exists) restrict(journalPath, FILE_MODE, log);
    if (journal.tornLine) log.warn({ file: journalPath, line: journal.tornLine }, 'the last line of the journal was cut short (the process stopped while writing it): that change had not been reported as saved and is dropped');
    if (journal.stale) log.info({ file: journalPath }, 'the journal belongs to an earlier copy of the people\'s file: not replayed');
    const adapter = new SplitJsonFiles(dataDir, fs, layout.durable, { generation: layout.generation, lines: journal.lines, bytes: journal.bytes }, journalBound);
    for (const [s, text] of Object.entries(layout.read) as [Section, string][]) {
      const file = adapter.file(s);
      restrict(file, FILE_MODE, log);
      if (existsSync(`${file}.bak`)) restrict(`${file}.bak`, FILE_MODE, log);
      // The file just proved good: keep it as the backup before this run changes anything (for a single file from an
      // older version, that is the copy an older ChartPath can still read). A backup that cannot be written (a full
      // disk) must not stop a start: the data file itself is intact, and the old backup stays.
      try {
        writeAtomicSync(fs, `${file}.bak`, text);
      } catch (error) {
        log.warn({ err: error, file: `${file}.bak` }, 'could not write the backup copy of a data file (is the disk full?); starting with the data file as it is');
      }
    }
    const db = new Low<StoreData>(adapter, layout.data);
    db.data = layout.data;
    const store = new LowdbStore(db, adapter, fs, path.join(dataDir, DATA_FILE_NAME), unlock);
    if (layout.toWrite.length) {
      for (const s of layout.toWrite) adapter.pending.add(s);
      await db.write();
      if (layout.toWrite.length === SECTIONS.length && layout.read.people) log.info({ dir: dataDir }, 'split the data file into its three parts (people, conversations, ratings)');
    }
    return store;
  }

  /** Updates waiting for the next write (each was already applied to memory). */
  private waiting: Waiting[] = [];
  /** The write loop, while it runs. */
  private writing: Promise<void> | undefined;

  async update<T>(change: (data: StoreData) => T, sections: readonly Section[] = SECTIONS, people?: readonly string[]): Promise<T> {
    const result = change(this.db.data);
    await this.persist(change, sections, people);
    return result;
  }

  /**
   * Resolves once a write that started after this call has finished. Writes never overlap: changes made while one
   * is running share the next one, so under load each changed file is serialised once per write (not once per
   * change), and each change waits for at most the running write and its own.
   */
  private persist(change: (data: StoreData) => unknown = () => {}, sections: readonly Section[] = [], people?: readonly string[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ change, sections, people, resolve, reject });
      this.writing ??= this.writeLoop();
    });
  }

  private async writeLoop(): Promise<void> {
    try {
      while (this.waiting.length) {
        const batch = this.waiting.splice(0);
        for (const w of batch) {
          for (const section of w.sections) {
            if (section === 'people' && w.people) for (const key of w.people) this.adapter.pendingPeople.add(key);
            else this.adapter.pending.add(section);
          }
        }
        try {
          await this.db.write();
          for (const w of batch) w.resolve();
        } catch (error) {
          // The batch's changes are reported as failed: undo them in memory, so no later write saves them. Changes
          // that arrived during the failed write were not part of it: they are applied again and wait for the next.
          // (A change that spans files, such as forget-me, may be on disk in the files written before the failure.)
          this.db.data = this.adapter.restore();
          for (const w of this.waiting) w.change(this.db.data);
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.writing = undefined;
    }
  }

  async flush(): Promise<void> {
    // Waits for a write after everything already queued: the files hold the data as it is now.
    await this.persist();
  }

  /**
   * The backups taken at start-up would still hold a forgotten person: replace each with its file's written state.
   * (Forgetting a person compacts the journal, so it holds nobody's old record; one whose reset failed is compacted now.)
   */
  async purgeOldCopies(): Promise<void> {
    await this.flush();
    if (this.adapter.journalSuspect) await this.persist(undefined, ['people']);
    for (const s of SECTIONS) {
      const backup = `${this.adapter.file(s)}.bak`;
      if (existsSync(backup)) await writeAtomic(this.fs, backup, this.adapter.durable[s]);
    }
  }

  private closed = false;

  /** Writes what is pending, compacts the journal and releases the data folder for another process. */
  async close(): Promise<void> {
    try {
      await this.flush();
      if (this.adapter.journalHasLines) await this.persist(undefined, ['people']);
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
