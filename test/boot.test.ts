// src/boot.ts: how every surface gets its core. These tests check the wiring boot() owns, not the parts it calls:
// which store it opens (memory or the data folder), that the knowledge comes from the compiled bundle once one is
// written, that rate limits and retention reach the advisor as configured, which log level the logger gets, and that a
// failed start-up housekeeping closes the store it opened instead of leaking it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as log from '../src/log.js';
import { boot, type Core } from '../src/boot.js';
import { Advisor } from '../src/core/advisor.js';
import { MemoryStore } from '../src/store/memory.js';
import type { PruneRequest } from '../src/store/port.js';

vi.mock('../src/log.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/log.js')>();
  return { ...original, lazyLogger: vi.fn(original.lazyLogger) };
});

const DAY = 86_400_000;
// One data folder for the file: the first boot compiles the knowledge into its cache, later ones read the bundle.
const dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-boot-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const opened: Core[] = [];
afterEach(async () => {
  for (const core of opened.splice(0)) await core.store.close();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.mocked(log.lazyLogger).mockClear();
});

/** Nothing from the real environment: no platform tokens or database, no log output unless asked, the temporary data folder. */
function stubEnv(values: Record<string, string> = {}): void {
  for (const k of ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'DATABASE_URL', 'KNOWLEDGE_DIR', 'RATE_LIMIT_PER_MINUTE', 'CHANNEL_RATE_LIMIT_PER_MINUTE', 'FEEDBACK_RETENTION_DAYS', 'PEOPLE_RETENTION_DAYS']) vi.stubEnv(k, '');
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('DATA_DIR', dataDir);
  for (const [k, v] of Object.entries(values)) vi.stubEnv(k, v);
}

async function booted(options: Parameters<typeof boot>[0] = {}): Promise<Core> {
  const core = await boot(options);
  opened.push(core);
  return core;
}

beforeAll(async () => {
  // The first boot in an empty data folder: the knowledge is compiled from the source files and the bundle written.
  stubEnv();
  const first = await boot({ memory: true });
  await first.store.close();
  expect(first.knowledge?.from).toBe('source');
  expect(first.knowledge?.written).toBe(true);
  vi.unstubAllEnvs();
});

describe('boot: knowledge', () => {
  it('a second start reads the bundle the first one wrote into DATA_DIR/cache, and the advisor answers from it', async () => {
    stubEnv();
    const core = await booted({ memory: true });
    expect(core.knowledge).toEqual({ from: 'bundle', written: false, file: expect.stringContaining(path.join(dataDir, 'cache', 'knowledge-')) });
    expect(existsSync(core.knowledge!.file)).toBe(true);
    const reply = await core.advisor.ask({ person: 'P1', channel: 'terminal', surface: 'terminal', text: 'what is the RHIT?' });
    expect(reply.intent).toBe('rhit');
  });
});

describe('boot: the store', () => {
  // Runs before the data-file test below, which creates chartpath.json in the shared folder.
  it('memory: true keeps nothing on disk (a MemoryStore, no data file)', async () => {
    stubEnv();
    const core = await booted({ memory: true });
    expect(core.store).toBeInstanceOf(MemoryStore);
    expect(core.advisor.store).toBe(core.store);
    expect(existsSync(path.join(dataDir, 'chartpath.json'))).toBe(false);
  });

  it('without memory the store is the data file in DATA_DIR, and installations are kept in that same store', async () => {
    stubEnv();
    const core = await booted();
    expect(core.store).not.toBeInstanceOf(MemoryStore);
    expect(core.advisor.store).toBe(core.store);
    await core.store.flush();
    expect(existsSync(path.join(dataDir, 'chartpath.json'))).toBe(true);

    await core.installations!.put({ platform: 'slack', key: 'T1', teamId: 'T1', isEnterpriseInstall: false, data: { team: 'T1' } });
    expect(await core.store.getInstallation('slack', 'T1')).toMatchObject({ platform: 'slack', key: 'T1' });
  });
});

describe('boot: limits and retention reach the advisor', () => {
  it('RATE_LIMIT_PER_MINUTE and CHANNEL_RATE_LIMIT_PER_MINUTE are the advisor’s limits; noRateLimit turns both off', async () => {
    stubEnv({ RATE_LIMIT_PER_MINUTE: '1', CHANNEL_RATE_LIMIT_PER_MINUTE: '2' });
    const text = 'what is the RHIT?';
    const dm = { channel: 'D1', surface: 'slack' as const };
    const shared = { channel: 'C1', surface: 'slack' as const, shared: true };

    const chat = await booted({ memory: true });
    expect((await chat.advisor.ask({ ...dm, person: 'P1', text })).kind).toBe('answer');
    expect((await chat.advisor.ask({ ...dm, person: 'P1', text })).kind).toBe('notice'); // the person's limit (1)
    expect((await chat.advisor.ask({ ...shared, person: 'P2', text })).kind).toBe('answer');
    expect((await chat.advisor.ask({ ...shared, person: 'P3', text })).kind).toBe('answer');
    expect((await chat.advisor.ask({ ...shared, person: 'P4', text })).kind).toBe('notice'); // the channel's limit (2)

    const scripted = await booted({ memory: true, noRateLimit: true });
    for (const person of ['P1', 'P1']) expect((await scripted.advisor.ask({ ...dm, person, text })).kind).toBe('answer');
    for (const person of ['P2', 'P3', 'P4']) expect((await scripted.advisor.ask({ ...shared, person, text })).kind).toBe('answer');
  });

  it('start-up housekeeping prunes with the configured retention days and the default cap on ratings', async () => {
    stubEnv({ FEEDBACK_RETENTION_DAYS: '10', PEOPLE_RETENTION_DAYS: '20' });
    const prune = vi.spyOn(MemoryStore.prototype, 'prune');
    const before = Date.now();
    await booted({ memory: true });
    expect(prune).toHaveBeenCalledTimes(1);
    const request = prune.mock.calls[0]![0] as PruneRequest;
    expect(request.maxFeedback).toBe(100_000);
    const feedbackDays = (before - request.feedbackBefore.getTime()) / DAY;
    const peopleDays = (before - request.peopleBefore.getTime()) / DAY;
    expect(Math.round(feedbackDays)).toBe(10);
    expect(Math.round(peopleDays)).toBe(20);
  });
});

describe('boot: the logger', () => {
  it('LOG_LEVEL wins over the default level; without it the caller’s default is used; the secrets are passed for redaction', async () => {
    stubEnv({ LOG_LEVEL: 'error', DISCORD_TOKEN: 'discord-token-value' });
    await booted({ memory: true, defaultLogLevel: 'debug' });
    expect(vi.mocked(log.lazyLogger).mock.calls[0]![0]).toMatchObject({ level: 'error', secrets: expect.arrayContaining(['discord-token-value']) });

    vi.mocked(log.lazyLogger).mockClear();
    stubEnv({ LOG_LEVEL: '' });
    await booted({ memory: true, defaultLogLevel: 'silent' });
    expect(vi.mocked(log.lazyLogger).mock.calls[0]![0]).toMatchObject({ level: 'silent' });
  });
});

describe('boot: a failed start-up', () => {
  it('closes the store it opened and passes the housekeeping error on', async () => {
    stubEnv();
    const failure = new Error('prune failed');
    vi.spyOn(Advisor.prototype, 'housekeeping').mockRejectedValue(failure);
    const close = vi.spyOn(MemoryStore.prototype, 'close');
    await expect(boot({ memory: true })).rejects.toBe(failure);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('a bad setting fails before anything is opened', async () => {
    stubEnv({ RATE_LIMIT_PER_MINUTE: 'many' });
    const prune = vi.spyOn(MemoryStore.prototype, 'prune');
    await expect(boot({ memory: true })).rejects.toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(prune).not.toHaveBeenCalled();
  });
});
