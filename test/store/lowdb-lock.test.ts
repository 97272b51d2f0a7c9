// The embedded store serves one process: a second process on the same data folder gets a clear error instead of
// silently overwriting the first one's changes (issue 14: two processes used to lose each other's marks).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { LOCK_NAME, LowdbStore, StoreError } from '../../src/store/lowdb-store.js';
import { runCli } from '../helpers/cli.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('a second opening of a data folder in use fails with a clear error; once the first closes, it opens', async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'chartpath-lock-'));
  const first = await LowdbStore.open(dir, { lockWaitMs: 0 });
  expect(existsSync(path.join(dir, LOCK_NAME))).toBe(true);
  const error = await LowdbStore.open(dir, { lockWaitMs: 300 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  expect((error as Error).message).toMatch(/Another ChartPath process is using the data folder .*DATABASE_URL/);
  await first.close();
  expect(existsSync(path.join(dir, LOCK_NAME))).toBe(false);
  const again = await LowdbStore.open(dir, { lockWaitMs: 0 });
  await again.close();
});

it('a second process (`chartpath checklist`) on a folder this process holds exits 2 (a setup error) with the message, and changes nothing', async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'chartpath-lock-'));
  const holder = await LowdbStore.open(dir, { lockWaitMs: 0 });
  try {
    const run = await runCli(['checklist', 'start', '--user', 'u1', '--goal', 'rhit', '--education', 'none', '--experience', 'none'], { env: { DATA_DIR: dir, DATABASE_URL: '' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Another ChartPath process is using the data folder/);
    expect(await holder.getPerson('terminal:u1')).toBeUndefined();
  } finally {
    await holder.close();
  }
  // Released: the same command now works.
  const run = await runCli(['checklist', 'start', '--user', 'u1', '--goal', 'rhit', '--education', 'none', '--experience', 'none'], { env: { DATA_DIR: dir, DATABASE_URL: '' } });
  expect(run.code, run.stderr).toBe(0);
}, 60_000);
