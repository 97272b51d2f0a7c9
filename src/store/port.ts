// The storage port: the core talks to this interface only. lowdb implements it for one process;
// a server database can implement it later for several processes without touching the core.
import type { StoreData } from './state.js';

export interface Store {
  /** The current data. Read it freely; change it only inside `update`. */
  readonly data: Readonly<StoreData>;
  /**
   * Applies a change and persists it. Changes are applied in call order, synchronously, so concurrent
   * callers never overwrite each other; the promise settles when the change is safely on disk.
   */
  update<T>(change: (data: StoreData) => T): Promise<T>;
  /** Waits for every pending write. */
  flush(): Promise<void>;
  /**
   * Makes every older copy the store keeps (a backup file, for instance) match the current data, so that data
   * deleted on request (forget-me) is gone everywhere, not just from the live file.
   */
  purgeOldCopies(): Promise<void>;
  close(): Promise<void>;
}
