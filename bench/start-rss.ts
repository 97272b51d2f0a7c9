// Part of `npm run bench`: the peak resident memory of `npm start` with both surfaces configured (Discord and Slack),
// against the loopback fakes the tests use. It runs what `npm start` runs (`node bin/chartpath.js start`; npm's own
// wrapper process is not counted), waits until both surfaces have started, asks one question on each, and reads the
// process's peak RSS (VmHWM) before stopping it. Prints one JSON line. Run by bench/speed.ts through tsx (the fakes
// live beside the tests, outside dist/).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeSlack } from '../test/adapters/slack/fake-slack.js';
import { FakeDiscord } from '../test/adapters/discord/fake-discord.js';
import { answersTo } from '../test/adapters/discord/harness.js';
import { answerTo, slash, startChartpath } from '../test/helpers/chartpath-process.js';

/** The node flags of `npm start` (package.json: "node <flags> bin/chartpath.js start"). */
function startFlags(): string {
  const script = (JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  return script.split(/\s+/).filter((w) => w.startsWith('--')).join(' ');
}

const SIGNING_SECRET = 'bench-signing-secret-5d1e7a9b';
const peakKb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

const dataDir = process.env.BENCH_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'chartpath-rss-'));
const discord = await FakeDiscord.start();
const slack = await new FakeSlack().start();
const child = startChartpath(
  {
    DATA_DIR: dataDir,
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_ID: discord.guildId,
    SLACK_BOT_TOKEN: 'xoxb-bench-rss-token-1234',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    SLACK_HTTP_HOST: '127.0.0.1',
    PORT: '0',
    // Node's flags exactly as package.json's "start" gives them (BENCH_CHILD_NODE_OPTIONS overrides, for experiments).
    NODE_OPTIONS: process.env.BENCH_CHILD_NODE_OPTIONS ?? startFlags(),
  },
  dataDir,
);
try {
  await child.waitForLog((l) => l.msg === 'surface started' && l.surface === 'discord', 'Discord started', 60_000);
  await child.waitForLog((l) => l.msg === 'surface started' && l.surface === 'slack', 'Slack started', 60_000);
  const url = await child.slackUrl();
  await slash(url, SIGNING_SECRET, slack, 'ask what is the RHIT', 'bench-rss');
  await answerTo(slack, 'bench-rss', 20_000);
  const student = discord.user('223344556677889900', 'student');
  await answersTo(discord, discord.slashCommand('ask', [{ type: 3, name: 'question', value: 'what is the RHIT?' }], student), 1, 20_000);
  const kb = peakKb(child.proc.pid!);
  process.stdout.write(`${JSON.stringify({ peakRssMb: Math.round(kb / 102.4) / 10 })}\n`);
} finally {
  child.kill('SIGTERM');
  await child.exited;
  await Promise.all([discord.close(), slack.close()]);
  if (!process.env.BENCH_DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
}
