// erasePeopleWithPrefix(): an uninstalled workspace's people leave the store and its start-up backup; others stay.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { erasePeopleWithPrefix } from '../../src/store/erase.js';
import { DATA_FILE_NAME, LowdbStore } from '../../src/store/lowdb-store.js';
import { MemoryStore } from '../../src/store/memory.js';
import { newPerson } from '../../src/store/state.js';
import type { Store } from '../../src/store/port.js';

const PEOPLE = ['slack:T1/U1', 'slack:T1/U2', 'slack:T2/U1', 'discord:T1/U1'];
const addPeople = async (store: Store) => {
  for (const key of PEOPLE) await store.changePerson(key, () => newPerson());
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'chartpath-erase-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('erasePeopleWithPrefix', () => {
  it('deletes exactly the people whose key starts with the prefix and says how many', async () => {
    const store = new MemoryStore();
    await addPeople(store);
    expect(await erasePeopleWithPrefix(store, 'slack:T1/')).toBe(2);
    expect(await store.getPerson('slack:T1/U1')).toBeUndefined();
    expect(await store.getPerson('slack:T1/U2')).toBeUndefined();
    expect(await store.getPerson('slack:T2/U1')).toBeDefined();
    expect(await store.getPerson('discord:T1/U1')).toBeDefined();
  });

  it('returns 0 when nobody matches', async () => {
    const store = new MemoryStore();
    await addPeople(store);
    expect(await erasePeopleWithPrefix(store, 'slack:T9/')).toBe(0);
    for (const key of PEOPLE) expect(await store.getPerson(key)).toBeDefined();
  });

  it('refuses an empty prefix, which would delete everyone, with its own error', async () => {
    const store = new MemoryStore();
    await addPeople(store);
    // The store has its own guard; this one names erasePeopleWithPrefix.
    await expect(erasePeopleWithPrefix(store, '')).rejects.toThrow(/^erasePeopleWithPrefix: an empty prefix/);
    for (const key of PEOPLE) expect(await store.getPerson(key)).toBeDefined();
  });

  it('removes the erased people from the data file and its start-up backup on disk', async () => {
    const first = await LowdbStore.open(dir, { lockWaitMs: 0 });
    await addPeople(first);
    await first.close();
    // Opening again keeps the file as read as its backup: it still names everyone.
    const store = await LowdbStore.open(dir, { lockWaitMs: 0 });
    const backup = path.join(dir, `${DATA_FILE_NAME}.bak`);
    expect(readFileSync(backup, 'utf8')).toContain('slack:T1/U1');
    expect(await erasePeopleWithPrefix(store, 'slack:T1/')).toBe(2);
    await store.close();
    for (const file of [path.join(dir, DATA_FILE_NAME), backup]) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain('slack:T1/');
      expect(text).toContain('slack:T2/U1');
    }
  });
});
