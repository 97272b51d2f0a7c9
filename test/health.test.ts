// GET /healthz for the whole process (HEALTH_PORT): 200 when every surface is connected, 503 when one is not, JSON
// details; and `npm start` serving it beside a running Discord bot.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { healthReport, startHealthServer } from '../src/health.js';
import { FakeDiscord } from './adapters/discord/fake-discord.js';
import { startChartpath, type RunningChild } from './helpers/chartpath-process.js';

let child: RunningChild | undefined;
let fake: FakeDiscord | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  await child?.exited;
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  child = fake = dataDir = undefined;
});

it('answers 200 when every surface is healthy, 503 when one is not, 404 elsewhere', async () => {
  let slackOk = true;
  const surfaces = [
    { name: 'discord', health: () => ({ ok: true, shards: 2, ready: 2 }) },
    { name: 'slack', health: () => ({ ok: slackOk, mode: 'socket' }) },
  ];
  const server = await startHealthServer({ host: '127.0.0.1', port: 0 }, () => healthReport(surfaces));
  try {
    const url = `http://127.0.0.1:${server.port}/healthz`;
    let res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, surfaces: { discord: { ok: true, shards: 2, ready: 2 }, slack: { ok: true, mode: 'socket' } } });
    slackOk = false;
    res = await fetch(url);
    expect(res.status).toBe(503);
    expect((await res.json()).surfaces.slack.ok).toBe(false);
    expect((await fetch(`http://127.0.0.1:${server.port}/other`)).status).toBe(404);
    expect(healthReport([]).ok).toBe(false);
    expect(healthReport([{ name: 'x', health: () => { throw new Error('boom'); } }]).surfaces.x).toEqual({ ok: false, error: 'boom' });
  } finally {
    await server.close();
  }
});

it('npm start with HEALTH_PORT serves /healthz for the running Discord bot, and stops serving on SIGTERM', async () => {
  fake = await FakeDiscord.start();
  dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-health-'));
  child = startChartpath({ DATA_DIR: dataDir, DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, HEALTH_PORT: '0' }, dataDir);
  const line = await child.waitForLog((l) => String(l.msg).startsWith('health endpoint on'), 'the health endpoint', 45_000);
  await child.waitForLog((l) => l.msg === 'surface started', 'surface started', 45_000);
  const res = await fetch(`http://127.0.0.1:${line.port as number}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true, surfaces: { discord: { ok: true, shards: 1, ready: 1 } } });
  child.kill('SIGTERM');
  expect(await child.exited).toBe(0);
  await expect(fetch(`http://127.0.0.1:${line.port as number}/healthz`)).rejects.toThrow();
}, 90_000);
