// Runs the built `node bin/chartpath.js start` in a child process, as `npm start` does, configured only through the
// environment, and reads its JSON log lines from standard error.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FORM, postSigned, slashCommandBody, type FakeSlack } from '../adapters/slack/fake-slack.js';
import { repoRoot } from './core.js';

export interface LogLine {
  level?: number;
  msg?: string;
  [key: string]: unknown;
}

export interface RunningChild {
  proc: ChildProcess;
  logs: LogLine[];
  /** Everything the child wrote (stdout and stderr), as text. */
  output(): string;
  exited: Promise<number | null>;
  waitForLog(check: (l: LogLine) => boolean, what: string, timeoutMs?: number): Promise<LogLine>;
  /** The Slack HTTP surface's events URL, once it listens. */
  slackUrl(timeoutMs?: number): Promise<string>;
  kill(signal?: NodeJS.Signals): void;
}

export const built = () => existsSync(path.join(repoRoot, 'dist', 'src', 'cli', 'main.js'));

/** Starts `chartpath start` in `cwd` with only `env` (plus PATH and HOME) as its environment. */
export function startChartpath(env: Record<string, string>, cwd: string): RunningChild {
  const proc = spawn(process.execPath, [path.join(repoRoot, 'bin', 'chartpath.js'), 'start'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let text = '';
  let partial = '';
  proc.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => {
    const s = d.toString();
    text += s;
    partial += s;
    let nl: number;
    while ((nl = partial.indexOf('\n')) >= 0) {
      const line = partial.slice(0, nl);
      partial = partial.slice(nl + 1);
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        logs.push({ msg: line });
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => proc.on('close', (code) => resolve(code)));
  const child: RunningChild = {
    proc,
    logs,
    output: () => text,
    exited,
    async waitForLog(check, what, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = logs.find(check);
        if (found) return found;
        if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`no log line "${what}" (exit code ${proc.exitCode}):\n${text}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async slackUrl(timeoutMs = 15_000) {
      const line = await child.waitForLog((l) => typeof l.port === 'number' && String(l.msg).includes('listening'), 'Slack app listening', timeoutMs);
      return `http://127.0.0.1:${line.port as number}/slack/events`;
    },
    kill(signal = 'SIGTERM') {
      if (proc.exitCode === null) proc.kill(signal);
    },
  };
  return child;
}

/** Sends a signed /chartpath command; resolves with the HTTP status (the ack), not the answer. */
export function slash(url: string, secret: string, fake: FakeSlack, text: string, id: string, user = 'U0RES001', channel = 'C0RES001') {
  return postSigned(url, secret, slashCommandBody({ text, user_id: user, channel_id: channel, response_url: fake.responseUrl(id) }), { contentType: FORM });
}

/** Waits for the answer posted to a slash command's response_url. */
export function answerTo(fake: FakeSlack, id: string, timeoutMs = 10_000) {
  return fake.waitFor(() => fake.responses.find((r) => r.id === id), timeoutMs, `the answer to ${id}`);
}
