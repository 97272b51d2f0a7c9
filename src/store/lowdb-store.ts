// The lowdb implementation of the storage port: one JSON file in DATA_DIR, for one process.
// Writes are serialised and atomic (lowdb's steno writes a temporary file and renames it), and
// changes are applied to memory in call order, so concurrent updates never lose each other.
// Several processes must not share one file: that needs a server database behind the same port.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Store } from './port.js';
import { storeSchema } from './schema.js';
import { emptyData, type StoreData } from './state.js';

export const DATA_FILE_NAME = 'chartpath.json';

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

export class LowdbStore implements Store {
  private constructor(
    private readonly db: Low<StoreData>,
    readonly file: string,
  ) {}

  get data(): StoreData {
    return this.db.data;
  }

  /**
   * Opens (or creates) the data file. A file that is not valid JSON or not ChartPath's shape is
   * never overwritten: opening fails with a message naming the file and the problem.
   */
  static async open(dataDir: string): Promise<LowdbStore> {
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, DATA_FILE_NAME);
    const backup = `${file}.bak`;
    let data: StoreData = emptyData();
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
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
      // The file just proved good: keep it as the backup before this run changes anything.
      copyFileSync(file, backup);
    }
    const db = new Low<StoreData>(new JSONFile<StoreData>(file), data);
    db.data = data;
    const store = new LowdbStore(db, file);
    if (!existsSync(file)) await db.write();
    return store;
  }

  /** Updates waiting for the next write (each was already applied to memory). */
  private waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  /** The write loop, while it runs. */
  private writing: Promise<void> | undefined;

  async update<T>(change: (data: StoreData) => T): Promise<T> {
    const result = change(this.db.data);
    await this.persist();
    return result;
  }

  /**
   * Resolves once a write that started after this call has finished. Writes never overlap: changes made while one
   * is running share the next one, so under load the whole document is serialised once per write (not once per
   * change), and each change waits for at most the running write and its own.
   */
  private persist(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
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
    if (existsSync(backup)) copyFileSync(this.file, backup);
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
