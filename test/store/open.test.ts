// openStore: the file store in DATA_DIR without a database setting; with one, PostgreSQL only (never a silent file fallback).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { openStore } from '../../src/store/open.js';
import { StoreError } from '../../src/store/private-file.js';
import type { PersonState } from '../../src/store/state.js';

const person: PersonState = { goals: [], done: { 'step-1': '2026-01-01T00:00:00.000Z' }, rated: {}, updatedAt: '2026-01-01T00:00:00.000Z' };

/** A loopback port with nothing listening on it (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'chartpath-open-store-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('openStore without a database', () => {
  it('opens the file store, creating DATA_DIR', async () => {
    const dataDir = path.join(root, 'nested', 'data');
    const store = await openStore({ dataDir }, silentLogger);
    try {
      expect(store).toBeInstanceOf(LowdbStore);
      expect(existsSync(dataDir)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('keeps what was saved in DATA_DIR for the next open', async () => {
    const dataDir = path.join(root, 'data');
    const first = await openStore({ dataDir }, silentLogger);
    await first.changePerson('discord:u1', () => person);
    await first.close();
    expect(readdirSync(dataDir).length).toBeGreaterThan(0);
    const second = await openStore({ dataDir }, silentLogger);
    try {
      expect(await second.getPerson('discord:u1')).toEqual(person);
    } finally {
      await second.close();
    }
  });
});

describe('openStore with a database', () => {
  it('connects to PostgreSQL and fails clearly when it cannot, without writing a file store', async () => {
    const dataDir = path.join(root, 'data');
    const url = `postgres://chartpath:secret@127.0.0.1:${await closedPort()}/chartpath`;
    const opening = openStore({ dataDir, database: { url, poolMax: 1 } }, silentLogger);
    await expect(opening).rejects.toBeInstanceOf(StoreError);
    await expect(opening).rejects.toThrow(/Could not reach the PostgreSQL server at 127\.0\.0\.1:\d+\/chartpath/);
    // The message names the server but not the password in DATABASE_URL.
    await expect(opening).rejects.not.toThrow(/secret/);
    expect(existsSync(dataDir)).toBe(false);
  });
});
