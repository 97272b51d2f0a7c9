// A store that keeps nothing on disk: for `chartpath ask` (one-off answers) and tests of the core.
import type { Store } from './port.js';
import { emptyData, type StoreData } from './state.js';

export class MemoryStore implements Store {
  readonly data: StoreData;

  constructor(initial: StoreData = emptyData()) {
    this.data = initial;
  }

  async update<T>(change: (data: StoreData) => T): Promise<T> {
    return change(this.data);
  }

  async flush(): Promise<void> {}

  async purgeOldCopies(): Promise<void> {}

  async close(): Promise<void> {}
}
