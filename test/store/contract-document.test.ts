// The storage contract on the embedded stores: memory, and the lowdb file (with a restart).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe } from 'vitest';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { MemoryStore } from '../../src/store/memory.js';
import { storeContract } from './contract.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('storage contract: memory', () => storeContract({ open: async () => new MemoryStore() }));

describe('storage contract: lowdb', () =>
  storeContract({
    open: async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'chartpath-contract-'));
      dirs.push(dir);
      return LowdbStore.open(dir, { lockWaitMs: 0 });
    },
    reopen: async (store) => {
      await store.close();
      return LowdbStore.open(path.dirname((store as LowdbStore).file), { lockWaitMs: 0 });
    },
  }));
