// `npm start` with both platforms configured, one of them unable to start: the failure is reported in the log, the
// other surface starts and answers, and SIGTERM still stops the process cleanly. The built `node bin/chartpath.js start`
// runs in a child process against the local fakes of Discord and Slack (loopback only).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../adapters/slack/fake-slack.js';
import { FakeDiscord } from '../adapters/discord/fake-discord.js';
import { answersTo, sentData } from '../adapters/discord/harness.js';
import { answerTo, built, slash, startChartpath, type RunningChild } from '../helpers/chartpath-process.js';

const SIGNING_SECRET = 'resilience-signing-secret-3f9a0c';
const BOT_TOKEN = 'xoxb-resilience-bot-token-77aa';
const BAD_DISCORD_TOKEN = 'not-a-valid-discord-token-9f8e7d';
const BAD_SLACK_TOKEN = 'xoxb-invalid-resilience-token-5c4b';

const ERROR = 50;
let child: RunningChild | undefined;
let fakes: { close(): Promise<void> }[] = [];
let dataDir: string;

beforeAll(() => {
  expect(built(), 'build first: npm run build (npm test does it)').toBe(true);
});

afterEach(async () => {
  child?.kill('SIGKILL');
  await child?.exited;
  child = undefined;
  await Promise.all(fakes.map((f) => f.close()));
  fakes = [];
  rmSync(dataDir, { recursive: true, force: true });
});

async function fakesUp(): Promise<{ discord: FakeDiscord; slack: FakeSlack }> {
  const discord = await FakeDiscord.start();
  const slack = await new FakeSlack().start();
  fakes = [discord, slack];
  dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-surfaces-'));
  return { discord, slack };
}

function env(discord: FakeDiscord, slack: FakeSlack, tokens: { discord: string; slack: string }): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    DISCORD_TOKEN: tokens.discord,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_ID: discord.guildId,
    SLACK_BOT_TOKEN: tokens.slack,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    SLACK_HTTP_HOST: '127.0.0.1',
    PORT: '0',
  };
}

async function stopCleanly(c: RunningChild): Promise<void> {
  c.kill('SIGTERM');
  expect(await c.exited).toBe(0);
  expect(c.logs.some((l) => l.msg === 'stopped cleanly')).toBe(true);
}

describe('one surface fails to start, the other keeps running', () => {
  it('a bad Discord token (refused by the fake Discord): reported in the log; Slack starts and answers', async () => {
    const { discord, slack } = await fakesUp();
    child = startChartpath(env(discord, slack, { discord: BAD_DISCORD_TOKEN, slack: BOT_TOKEN }), dataDir);

    const failure = await child.waitForLog((l) => l.surface === 'discord' && l.level === ERROR, 'the Discord start-up error');
    expect(failure.msg).toMatch(/^could not start discord: Discord rejected the bot token \(DISCORD_TOKEN\)\. Get a new token/);
    await child.waitForLog((l) => l.msg === 'surface started' && l.surface === 'slack', 'Slack started');
    expect(child.logs.some((l) => l.msg === 'surface started' && l.surface === 'discord')).toBe(false);
    expect(discord.requests.find((r) => r.path === '/gateway/bot')?.authorization).toBe(`Bot ${BAD_DISCORD_TOKEN}`);

    const url = await child.slackUrl();
    expect((await slash(url, SIGNING_SECRET, slack, 'ask what is the RHIT', 'after-discord-failed')).status).toBe(200);
    const answer = await answerTo(slack, 'after-discord-failed');
    expect(answer.body.response_type).toBe('in_channel');
    expect(JSON.stringify(answer.body.blocks)).toContain('The *RHIT* is');
    // still alive a moment later, and no token or secret in anything it printed
    await new Promise((r) => setTimeout(r, 200));
    expect(child.proc.exitCode).toBeNull();
    for (const secret of [BAD_DISCORD_TOKEN, BOT_TOKEN, SIGNING_SECRET]) expect(child.output()).not.toContain(secret);
    await stopCleanly(child);
  });

  it('a Slack bot token Slack refuses (auth.test: invalid_auth): reported in the log; Discord starts and answers', async () => {
    const { discord, slack } = await fakesUp();
    child = startChartpath(env(discord, slack, { discord: discord.token, slack: BAD_SLACK_TOKEN }), dataDir);

    await child.waitForLog((l) => l.msg === 'surface started' && l.surface === 'discord', 'Discord started');
    const failure = await child.waitForLog((l) => l.surface === 'slack' && l.level === ERROR, 'the Slack start-up error');
    expect(failure.msg).toMatch(/^could not start slack: Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);

    const student = discord.user('223344556677889900', 'student');
    const sent = discord.slashCommand('ask', [{ type: 3, name: 'question', value: 'what is the RHIT?' }], student);
    const [answer] = await answersTo(discord, sent, 1, 10_000);
    expect(sentData(answer!).embeds[0].title).toMatch(/RHIT/);
    for (const secret of [discord.token, BAD_SLACK_TOKEN, SIGNING_SECRET]) expect(child.output()).not.toContain(secret);
    await stopCleanly(child);
  });

  it('when no surface can start, both failures are reported and the process exits with an error', async () => {
    const { discord, slack } = await fakesUp();
    child = startChartpath(env(discord, slack, { discord: BAD_DISCORD_TOKEN, slack: BAD_SLACK_TOKEN }), dataDir);
    const code = await child.exited;
    expect(code).toBe(1);
    expect(child.logs.filter((l) => l.level === ERROR && String(l.msg).startsWith('could not start')).map((l) => l.surface)).toEqual(['discord', 'slack']);
    expect(child.output()).toContain('No surface could start; see the errors above.');
  });
});
