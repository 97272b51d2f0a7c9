// `npm run slack:smoke`: starts ChartPath exactly as `npm start` does (the built `node bin/chartpath.js start`, in a
// child process) with SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, PORT and SLACK_API_URL pointing at a local fake of Slack,
// then sends it signed requests as Slack would (slash commands, a mention, a DM, the Home tab, a button), prints what
// the bot sent back, and stops it with SIGTERM. No network and no real Slack workspace needed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageRoot } from '../../../src/index.js';
import { FORM, FakeSlack, blockActionsBody, eventCallback, messageAction, postSigned, slashCommandBody } from './fake-slack.js';

export interface SmokeResult {
  ok: boolean;
  /** One line per check, for people. */
  lines: string[];
  /** The child's log lines (pino JSON), as printed on its stderr. */
  logs: Record<string, unknown>[];
  exitCode: number | null;
  fake: FakeSlack;
}

const SECRET = 'smoke-test-signing-secret';
const TOKEN = 'xoxb-smoke-test-token';

function short(value: unknown, n = 90): string {
  const s = String(value ?? '').replace(/\s+/g, ' ');
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export async function runSmoke(options: { print?: (line: string) => void; timeoutMs?: number } = {}): Promise<SmokeResult> {
  const print = options.print ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 20_000;
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    print(line);
  };
  const fake = await new FakeSlack().start();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-slack-smoke-'));
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(SLACK_|DISCORD_|PORT$|LOG_LEVEL$|DATA_DIR$)/.test(k)) env[k] = v;
  Object.assign(env, {
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    SLACK_HTTP_HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    NO_COLOR: '1',
  });
  say(`$ SLACK_BOT_TOKEN=xoxb-… SLACK_SIGNING_SECRET=… PORT=0 SLACK_HTTP_HOST=127.0.0.1 SLACK_API_URL=${fake.apiUrl} node bin/chartpath.js start`);
  const child = spawn(process.execPath, [path.join(packageRoot, 'bin', 'chartpath.js'), 'start'], { cwd: dataDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    let nl: number;
    while ((nl = stderr.indexOf('\n')) >= 0) {
      const line = stderr.slice(0, nl);
      stderr = stderr.slice(nl + 1);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
  });
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let exitCode: number | null = null;
  let ok = true;
  const check = (cond: boolean, what: string) => {
    if (!cond) ok = false;
    say(`${cond ? 'ok  ' : 'FAIL'} ${what}`);
  };

  try {
    const listening = await fake.waitFor(() => logs.find((l) => typeof l.port === 'number' && String(l.msg).includes('listening')), timeoutMs, 'the Slack app to listen');
    say(`log: ${short(listening.msg, 120)}`);
    const url = `http://127.0.0.1:${listening.port as number}/slack/events`;
    check(fake.callsTo('auth.test').length === 1 && fake.callsTo('auth.test')[0]!.token === TOKEN, 'start-up checked the bot token with auth.test through SLACK_API_URL');

    const challenge = await postSigned(url, SECRET, JSON.stringify({ type: 'url_verification', challenge: 'smoke-challenge', token: 'x' }));
    check(challenge.status === 200 && challenge.text.includes('smoke-challenge'), `url_verification -> ${challenge.status} ${short(challenge.text)}`);

    const slash = async (text: string, id: string) => {
      const res = await postSigned(url, SECRET, slashCommandBody({ text, user_id: 'U0SMOKE', channel_id: 'C0SMOKE', response_url: fake.responseUrl(id) }), { contentType: FORM });
      const answer = await fake.waitFor(() => fake.responses.find((r) => r.id === id), 10_000, `the answer to /chartpath ${text}`);
      say(`/chartpath ${text} -> HTTP ${res.status}; response_url got ${answer.body.response_type}: ${short(answer.body.text)}`);
      return answer.body;
    };
    const ask = await slash('ask what is the RHIT', 'smoke-ask');
    check(ask.response_type === 'in_channel' && JSON.stringify(ask.blocks).includes('The *RHIT* is'), 'the answer is Block Kit, visible in the channel');
    const help = await slash('help', 'smoke-help');
    check(help.response_type === 'ephemeral' && JSON.stringify(help.blocks).includes('/chartpath checklist'), 'help is private, with Slack command syntax');
    const topics = await slash('topics', 'smoke-topics');
    check(JSON.stringify(topics.blocks).includes('static_select'), 'topics come with a menu');
    const start = await slash('checklist', 'smoke-checklist');
    const startButton = ((start.blocks as { type: string; elements?: { value?: string }[] }[]) ?? []).flatMap((b) => b.elements ?? []).find((e) => e.value?.startsWith('start:'));
    check(start.response_type === 'ephemeral' && Boolean(startButton), `the checklist starts with goal buttons (${startButton?.value ?? 'none'})`);
    if (startButton?.value) {
      await postSigned(url, SECRET, blockActionsBody(messageAction({ user: 'U0SMOKE', channel: 'C0SMOKE', ephemeral: true, responseUrl: fake.responseUrl('smoke-click'), action: { type: 'button', action_id: 'cp_btn_0', value: startButton.value } })), { contentType: FORM });
      const clicked = await fake.waitFor(() => fake.responses.find((r) => r.id === 'smoke-click'), 10_000, 'the button answer');
      say(`button ${startButton.value} -> response_url got ${clicked.body.response_type}, replace_original=${String(clicked.body.replace_original)}: ${short(clicked.body.text)}`);
      check(clicked.body.replace_original === true, 'the button moved the flow forward in place');
    }

    const event = async (ev: Record<string, unknown>, method: string, what: string) => {
      const before = fake.calls.length;
      const res = await postSigned(url, SECRET, JSON.stringify(eventCallback(ev, { botUserId: fake.botUserId })));
      const call = await fake.waitFor(() => fake.calls.slice(before).find((c) => c.method === method), 10_000, `${method} after ${what}`);
      const blocks = (call.args.blocks ?? (call.args.view as { blocks?: unknown[] } | undefined)?.blocks ?? []) as unknown[];
      say(`${what} -> HTTP ${res.status}; ${method} ${short(JSON.stringify({ channel: call.args.channel, user_id: call.args.user_id, thread_ts: call.args.thread_ts, text: call.args.text === undefined ? undefined : short(call.args.text, 60), blocks: blocks.length }), 170)}`);
      return call;
    };
    const mention = await event({ type: 'app_mention', user: 'U0SMOKE', text: `<@${fake.botUserId}> what is HIPAA?`, channel: 'C0SMOKE', ts: '1700001000.000100' }, 'chat.postMessage', 'app_mention');
    check(mention.args.thread_ts === '1700001000.000100' && mention.token === TOKEN, 'the mention is answered in its thread, with the bot token');
    const dm = await event({ type: 'message', channel_type: 'im', channel: 'D0SMOKE', user: 'U0SMOKE', text: 'do I need a degree?', ts: '1700001001.000100' }, 'chat.postMessage', 'message.im');
    check(dm.args.channel === 'D0SMOKE', 'the direct message is answered in the DM');
    const home = await event({ type: 'app_home_opened', user: 'U0SMOKE', channel: 'D0SMOKE', tab: 'home' }, 'views.publish', 'app_home_opened');
    check((home.args.view as { type?: string }).type === 'home', 'the Home tab is published');

    const bad = await postSigned(url, 'wrong-secret', JSON.stringify({ type: 'url_verification', challenge: 'x' }));
    check(bad.status === 401, `a request with a bad signature -> ${bad.status}`);
  } catch (error) {
    ok = false;
    say(`FAIL ${(error as Error).message}`);
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    exitCode = await exited;
    clearTimeout(timer);
    const stopped = logs.some((l) => l.msg === 'stopped cleanly');
    say(`SIGTERM -> exit code ${exitCode}${stopped ? ', log: "stopped cleanly"' : ''}`);
    if (exitCode !== 0 || !stopped) ok = false;
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const leaked = JSON.stringify(logs).includes(TOKEN) || JSON.stringify(logs).includes(SECRET);
  if (leaked) ok = false;
  say(`${ok ? 'ok  ' : 'FAIL'} ${logs.length} log lines, ${leaked ? 'WITH' : 'no'} secrets in them`);
  return { ok, lines, logs, exitCode, fake };
}

const invokedDirectly = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invokedDirectly || process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runSmoke({ print: (line) => process.stdout.write(`${line}\n`) });
  process.stdout.write('\nChild log lines:\n');
  for (const l of result.logs) process.stdout.write(`  ${JSON.stringify({ level: l.level, msg: l.msg, surface: l.surface, mode: l.mode, port: l.port })}\n`);
  process.exitCode = result.ok ? 0 : 1;
}
