// start.ts (`npm start`, the built `node bin/chartpath.js start` in a child process): with no platform token it is the
// terminal chat and saves what the person did before it exits; a /healthz port that cannot be used is reported in
// the log and the configured surface runs anyway. (A surface that fails to start: test/resilience/surfaces.test.ts;
// signals: test/resilience/signals.test.ts; /healthz served: test/health.test.ts; a fatal surface:
// test/adapters/discord/exit-cli.test.ts.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from './adapters/slack/fake-slack.js';
import { DATA_FILE_NAME } from '../src/store/lowdb-store.js';
import { runCli } from './helpers/cli.js';
import { answerTo, built, slash, startChartpath, type RunningChild } from './helpers/chartpath-process.js';

const SIGNING_SECRET = 'start-signing-secret-4e5f6a';
const ERROR = 50;

let dataDir: string;
let child: RunningChild | undefined;
let fake: FakeSlack | undefined;
let busy: Server | undefined;

beforeAll(() => {
  expect(built(), 'build first: npm run build (npm test does it)').toBe(true);
});

afterEach(async () => {
  child?.kill('SIGKILL');
  await child?.exited;
  child = undefined;
  await fake?.close();
  fake = undefined;
  await new Promise<void>((resolve) => (busy ? busy.close(() => resolve()) : resolve()));
  busy = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('without Discord or Slack tokens: the terminal chat, whose rating is in the data file once it has exited', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-start-'));
    const r = await runCli(['start'], { cleanEnv: true, cwd: dataDir, env: { DATA_DIR: dataDir, NO_COLOR: '1' }, input: 'what is the RHIT?\n/good\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ChartPath: career advice for health-information work/);
    expect(r.stdout).toMatch(/chartpath › RHIT \(Registered Health Information Technician\)/);
    expect(r.stdout).toContain('chartpath › Thanks for the feedback!');
    expect(r.stdout.endsWith('Goodbye! Your checklist is saved for next time.\n')).toBe(true);
    // The store was closed (journal folded into the data file) before the process ended.
    const saved = JSON.parse(readFileSync(path.join(dataDir, DATA_FILE_NAME), 'utf8')) as { people: Record<string, { rated: Record<string, string> }> };
    expect(Object.values(saved.people['terminal:local']!.rated)).toEqual(['up']);
  }, 90_000);

  it('a HEALTH_PORT already in use: the error names the port, and Slack still starts, answers and stops cleanly', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-start-'));
    busy = createServer();
    await new Promise<void>((resolve) => busy!.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    fake = await new FakeSlack().start();
    child = startChartpath(
      {
        DATA_DIR: dataDir,
        SLACK_BOT_TOKEN: 'xoxb-start-test-token-1a2b',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        SLACK_HTTP_HOST: '127.0.0.1',
        PORT: '0',
        HEALTH_PORT: String(port),
        HEALTH_HOST: '127.0.0.1',
      },
      dataDir,
    );
    const failure = await child.waitForLog((l) => l.level === ERROR && String(l.msg).includes('/healthz'), 'the health endpoint error', 45_000);
    expect(failure.msg).toMatch(new RegExp(`^could not serve /healthz on HEALTH_PORT ${port}: .*EADDRINUSE`));
    await child.waitForLog((l) => l.msg === 'surface started' && l.surface === 'slack', 'Slack started', 45_000);
    expect((await slash(await child.slackUrl(), SIGNING_SECRET, fake, 'ask what is the RHIT', 'start-health')).status).toBe(200);
    expect(JSON.stringify((await answerTo(fake, 'start-health')).body.blocks)).toContain('The *RHIT* is');
    child.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    expect(child.logs.some((l) => l.msg === 'stopped cleanly')).toBe(true);
  }, 90_000);
});
