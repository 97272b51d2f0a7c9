// `npm start` (the built `node bin/chartpath.js start`) with DISCORD_TOKEN and DISCORD_API_URL pointing at the
// fake Discord: the bot logs in, answers /ask, serves the checklist, and SIGTERM stops it cleanly.
// Set SHOW_CLI_LOG=1 to print the child's log lines (CLI_LOG_LEVEL=debug for one line per interaction).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/core.js';
import { FakeDiscord } from './fake-discord.js';
import { answersTo, buttons, embedsText, isEphemeral, sentData } from './harness.js';

let child: ChildProcess | undefined;
let fake: FakeDiscord | undefined;
const dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-discord-'));

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('npm start: logs in, answers /ask and /checklist, exits cleanly on SIGTERM', async () => {
  fake = await FakeDiscord.start();
  const proc = spawn(process.execPath, [path.join(repoRoot, 'bin', 'chartpath.js'), 'start'], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.CLI_LOG_LEVEL ?? 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let log = '';
  proc.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  proc.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('close', (code) => resolve(code)));

  const deadline = Date.now() + 15_000;
  while (!log.includes('"surface started"')) {
    if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`the bot did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }

  const student = fake.user('112233445566778899', 'student');
  const ask = fake.slashCommand('ask', [{ type: 3, name: 'question', value: 'what is the RHIT?' }], student);
  const [answer] = await answersTo(fake, ask);
  expect(sentData(answer!).embeds[0].title).toMatch(/RHIT/);
  expect(buttons(sentData(answer!)).some((b) => b.custom_id.startsWith('fb:'))).toBe(true);

  const start = fake.slashCommand('checklist', [{ type: 1, name: 'start', options: [] }], student);
  const [goals] = await answersTo(fake, start);
  expect(isEphemeral(sentData(goals!))).toBe(true);
  const firstGoal = buttons(sentData(goals!))[0]!;
  expect(firstGoal.custom_id).toMatch(/^start:/);
  const pick = fake.clickButton(`${firstGoal.custom_id}:high-school:office`, goals!.created, student);
  const [checklist] = await answersTo(fake, pick);
  expect(checklist!.body.type).toBe(7);
  expect(embedsText(sentData(checklist!))).toMatch(/0\/\d+ \(0%\)/);
  const step = buttons(sentData(checklist!)).find((b) => b.custom_id.startsWith('step:'))!;
  const done = fake.slashCommand('checklist', [{ type: 1, name: 'done', options: [{ type: 3, name: 'step', value: step.custom_id.split(':')[1] }] }], student);
  const [marked] = await answersTo(fake, done);
  expect(embedsText(sentData(marked!))).toMatch(/1\/\d+/);

  proc.kill('SIGTERM');
  const code = await exited;
  if (process.env.SHOW_CLI_LOG) console.log(log);
  expect(code).toBe(0);
  expect(log).toContain('discord: logged in and listening');
  expect(log).toContain('discord: logged out');
  expect(log).toContain('stopped cleanly');
  expect(log).not.toContain(fake.token);
  await new Promise((r) => setTimeout(r, 100));
  expect(fake.sockets.size).toBe(0);
});
