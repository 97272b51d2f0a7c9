// SIGTERM (docker stop, systemd) and SIGINT (Ctrl-C) arriving right after changes were accepted: the built
// `node bin/chartpath.js start` (Slack over HTTP against the local fake) flushes them to the data file and exits 0.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../adapters/slack/fake-slack.js';
import { DATA_FILE_NAME } from '../../src/store/lowdb-store.js';
import type { StoreData } from '../../src/store/state.js';
import { answerTo, built, slash, startChartpath, type RunningChild } from '../helpers/chartpath-process.js';

const SIGNING_SECRET = 'signals-signing-secret-0c1d2e';
const PEOPLE = 6;
const STEPS = 3;

let child: RunningChild | undefined;
let fake: FakeSlack | undefined;
let dataDir: string;

beforeAll(() => {
  expect(built(), 'build first: npm run build (npm test does it)').toBe(true);
});

afterEach(async () => {
  child?.kill('SIGKILL');
  await child?.exited;
  child = undefined;
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe.each(['SIGTERM', 'SIGINT'] as const)('%s', (signal) => {
  it(`flushes changes accepted just before it and exits 0`, async () => {
    fake = await new FakeSlack().start();
    dataDir = mkdtempSync(path.join(tmpdir(), `chartpath-${signal.toLowerCase()}-`));
    child = startChartpath(
      { DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-signals-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, SLACK_HTTP_HOST: '127.0.0.1', PORT: '0' },
      dataDir,
    );
    const url = await child.slackUrl();
    const user = (p: number) => `U0SIG${signal}${p}`;

    // Each person starts a checklist (answered: on disk by then).
    for (let p = 0; p < PEOPLE; p++) {
      expect((await slash(url, SIGNING_SECRET, fake, 'checklist start rhit high-school none', `start-${p}`, user(p))).status).toBe(200);
      await answerTo(fake, `start-${p}`);
    }
    // Then everyone marks steps 1..STEPS at once; as soon as every request is acknowledged (HTTP 200), the signal.
    const acks = await Promise.all(
      Array.from({ length: PEOPLE * STEPS }, (_, i) => slash(url, SIGNING_SECRET, fake!, `checklist done ${1 + (i % STEPS)}`, `done-${i}`, user(Math.floor(i / STEPS)))),
    );
    expect(acks.map((a) => a.status)).toEqual(acks.map(() => 200));
    // (Typically only a few of the 18 have been answered, i.e. written, at this point: the rest are pending writes.)
    child.kill(signal);
    const code = await child.exited;

    expect(code).toBe(0);
    expect(child.logs.some((l) => l.msg === 'shutting down' && l.signal === signal)).toBe(true);
    expect(child.logs.some((l) => l.msg === 'stopped cleanly')).toBe(true);
    const data = JSON.parse(readFileSync(path.join(dataDir, DATA_FILE_NAME), 'utf8')) as StoreData;
    for (let p = 0; p < PEOPLE; p++) {
      const person = data.people[`slack:${user(p)}`];
      expect(person?.activeGoal, user(p)).toBe('rhit');
      expect(Object.keys(person?.done ?? {}), user(p)).toHaveLength(STEPS);
    }
  }, 45_000);
});
