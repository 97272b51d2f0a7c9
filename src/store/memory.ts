// A store that keeps nothing on disk: for `chartpath ask` (one-off answers) and tests of the core.
import { DocumentStore } from './document-store.js';
import { emptyData, type StoreData } from './state.js';

export class MemoryStore extends DocumentStore {
  readonly kind = 'memory' as const;
  readonly data: StoreData;

  constructor(initial: StoreData = emptyData()) {
    super();
    this.data = initial;
  }

  async update<T>(change: (data: StoreData) => T): Promise<T> {
    return change(this.data);
  }

  async flush(): Promise<void> {}

  async purgeOldCopies(): Promise<void> {}

  async close(): Promise<void> {}
}
