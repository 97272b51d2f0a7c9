// `npm start` for real: the built `node bin/chartpath.js start` in a child process, configured only through the
// environment (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, PORT=0, SLACK_HTTP_HOST=127.0.0.1, SLACK_API_URL -> local fake),
// answers signed slash commands and events over HTTP and stops cleanly on SIGTERM. Same code as `npm run slack:smoke`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runSmoke } from './smoke.js';
import { repoRoot } from '../../helpers/core.js';

it('npm start (built) answers Slack over HTTP and stops on SIGTERM', async () => {
  expect(existsSync(path.join(repoRoot, 'dist', 'adapters', 'slack', 'index.js')), 'build first: npm run build (npm test does it)').toBe(true);
  const result = await runSmoke({ timeoutMs: 20_000 });
  expect(result.lines.filter((l) => l.startsWith('FAIL'))).toEqual([]);
  expect(result.ok).toBe(true);
  expect(result.exitCode).toBe(0);
  // what the fake recorded, independently of the script's own checks
  const methods = result.fake.calls.map((c) => c.method);
  expect(methods[0]).toBe('auth.test');
  expect(methods).toEqual(expect.arrayContaining(['chat.postMessage', 'views.publish']));
  expect(result.fake.responses.map((r) => r.id)).toEqual(expect.arrayContaining(['smoke-ask', 'smoke-help', 'smoke-topics', 'smoke-checklist', 'smoke-click']));
  expect(result.logs.some((l) => l.msg === 'surface started' && l.surface === 'slack')).toBe(true);
  expect(JSON.stringify(result.logs)).not.toMatch(/what is the RHIT|what is HIPAA|do I need a degree/);
}, 45_000);
