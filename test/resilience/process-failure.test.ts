// The same fault as in core-failures.test.ts, in the real process: `node bin/chartpath.js start` (Slack over HTTP
// against the local fake) cannot write its people's journal (where a mark goes) for a while. The person whose change failed gets the apology,
// the process keeps running and answering, and once the disk is back what was reported as done is written (the
// failed change is not) and SIGTERM exits 0.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { FakeSlack } from '../adapters/slack/fake-slack.js';
import { PHRASES } from '../../src/core/phrases.js';
import { DATA_FILE_NAME, JOURNAL_FILE_NAME } from '../../src/store/lowdb-store.js';
import type { StoreData } from '../../src/store/state.js';
import { answerTo, built, slash, startChartpath, type RunningChild } from '../helpers/chartpath-process.js';

const SECRET = 'process-failure-signing-secret';
let child: RunningChild | undefined;
let fake: FakeSlack | undefined;
let dataDir: string;

afterEach(async () => {
  child?.kill('SIGKILL');
  await child?.exited;
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('a failed write apologises to that person only; the process keeps answering and writes again when it can', async () => {
  expect(built(), 'build first: npm run build (npm test does it)').toBe(true);
  fake = await new FakeSlack().start();
  dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-process-failure-'));
  const file = path.join(dataDir, JOURNAL_FILE_NAME);
  child = startChartpath({ DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-process-failure', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, SLACK_HTTP_HOST: '127.0.0.1', PORT: '0' }, dataDir);
  const url = await child.slackUrl();
  const send = async (text: string, id: string) => {
    expect((await slash(url, SECRET, fake!, text, id, 'U0DISK')).status).toBe(200);
    return (await answerTo(fake!, id)).body;
  };

  expect((await send('checklist start rhit high-school none', 'start')).response_type).toBe('ephemeral');

  rmSync(file);
  mkdirSync(file); // the next mark's append to the journal fails
  const failed = await send('checklist done 1', 'fails');
  expect(failed).toMatchObject({ response_type: 'ephemeral', text: PHRASES.error });
  const logged = await child.waitForLog((l) => l.msg === 'failed to run a command', 'the logged failure');
  expect(JSON.stringify(logged.err)).toMatch(/EISDIR|illegal operation on a directory/i);
  expect(child.proc.exitCode).toBeNull();
  // questions still work while the disk is broken (an answer that cannot store its context apologises too, so use help)
  expect(JSON.stringify((await send('help', 'help')).blocks)).toContain('/chartpath checklist');

  rmdirSync(file);
  const done = await send('checklist done 2', 'works');
  expect(String(done.text)).toContain('is done');
  child.kill('SIGTERM');
  expect(await child.exited).toBe(0);
  const data = JSON.parse(readFileSync(path.join(dataDir, DATA_FILE_NAME), 'utf8')) as StoreData; // compacted at the close
  // step 1's change was reported to the person as failed, so it was undone: the next write does not save it
  // behind their back (issue 12). Step 2's change, reported as done, is on disk.
  expect(Object.keys(data.people['slack:U0DISK']!.done)).toHaveLength(1);
}, 45_000);
