// `npm start` (the built `node bin/chartpath.js start`) with Discord only: sharded start-up, and a non-zero exit when
// Discord refuses the token (at start-up, or later with gateway close 4004), so that a supervisor (systemd, Docker)
// sees the failure and restarts the process or raises an alarm instead of leaving a bot that answers nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { built, startChartpath, type RunningChild } from '../../helpers/chartpath-process.js';
import { FakeDiscord } from './fake-discord.js';
import { answersTo, sentData } from './harness.js';

let child: RunningChild | undefined;
let fake: FakeDiscord | undefined;
let dataDir: string;
/** Start-up of a child process, generous: the machine's two cores are shared with other test runs. */
const START_MS = 45_000;
const TEST_MS = 90_000;

beforeAll(() => {
  expect(built(), 'build first: npm run build (npm test does it)').toBe(true);
});

afterEach(async () => {
  child?.kill('SIGKILL');
  await child?.exited;
  child = undefined;
  await fake?.close();
  fake = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

function env(f: FakeDiscord, token = f.token): Record<string, string> {
  dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-discord-exit-'));
  return { DATA_DIR: dataDir, DISCORD_TOKEN: token, DISCORD_API_URL: f.apiUrl, DISCORD_APPLICATION_ID: f.applicationId, DISCORD_GUILD_ID: f.guildId };
}

it('an invalid token: the process exits 1 with the reason and what to do', async () => {
  fake = await FakeDiscord.start();
  child = startChartpath(env(fake, 'not-the-bot-token-0000'), dataDir);
  const code = await child.exited;
  expect(code).toBe(1);
  expect(child.output()).toContain('Discord rejected the bot token (DISCORD_TOKEN)');
  expect(child.output()).toContain('Reset Token');
  expect(child.output()).toContain('No surface could start');
  expect(fake.sockets.size).toBe(0);
}, TEST_MS);

it('sharded start-up: both shards connect, the server on shard 1 is answered; then the token is reset (4004): exit 1', async () => {
  fake = await FakeDiscord.start({ shards: 2 });
  child = startChartpath(env(fake), dataDir);
  const ready = await child.waitForLog((l) => l.msg === 'discord: logged in and listening', 'logged in', START_MS);
  expect(ready.shards).toBe(2);
  expect([...fake.identifiedShards].sort()).toEqual([
    [0, 2],
    [1, 2],
  ]);
  await child.waitForLog((l) => l.msg === 'surface started', 'surface started', START_MS);
  const sent = fake.slashCommand('ask', [{ type: 3, name: 'question', value: 'what is the RHIT?' }], fake.user('223344556677889900', 'student'));
  const [answer] = await answersTo(fake, sent, 1, 20_000);
  expect(sentData(answer!).embeds[0].title).toMatch(/RHIT/);

  fake.closeConnections(4004, 'Authentication failed.');
  const code = await child.exited;
  expect(code).toBe(1);
  expect(child.output()).toMatch(/discord failed and cannot recover: Discord rejected the bot token \(DISCORD_TOKEN\)/);
  expect(child.logs.some((l) => l.msg === 'stopped after a failure')).toBe(true);
  expect(child.output()).not.toContain(fake.token);
}, TEST_MS);
