// Starts the real Slack adapter (Bolt over HTTP on 127.0.0.1, port 0) against the local fake of Slack.
import { startSlack, type SlackStartOptions, type SlackSurface } from '../../../adapters/slack/index.js';
import {
  FORM,
  FakeSlack,
  blockActionsBody,
  eventCallback,
  postSigned,
  slashCommandBody,
  type ResponseUrlPost,
  type SignedPostOptions,
} from './fake-slack.js';
import type { Core } from '../../../src/boot.js';
import type { AdvisorOptions } from '../../../src/core/advisor.js';
import type { Logger } from '../../../src/log.js';
import { loadConfig } from '../../../src/config.js';
import { makeAdvisor } from '../../helpers/core.js';
import { recordingLogger } from '../../helpers/logger.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-0000-bot-token';

export { recordingLogger, type LogEntry } from '../../helpers/logger.js';

export interface Harness {
  fake: FakeSlack;
  core: Core;
  logs: ReturnType<typeof recordingLogger>;
  surface: SlackSurface;
  url: string;
  post(body: string, options?: SignedPostOptions): Promise<{ status: number; text: string }>;
  /** Sends /chartpath <text>; resolves with the HTTP status and the first `count` response_url posts. */
  slash(text: string, options?: { user?: string; channel?: string; count?: number; command?: string }): Promise<{ status: number; text: string; responses: ResponseUrlPost[] }>;
  event(event: Record<string, unknown>, options?: { eventId?: string; headers?: Record<string, string> }): Promise<{ status: number; text: string }>;
  action(payload: Record<string, unknown>): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

let responseCounter = 0;

export async function startHarness(options: { advisor?: AdvisorOptions; env?: Record<string, string>; start?: SlackStartOptions; core?: (core: Core) => Core } = {}): Promise<Harness> {
  const fake = await new FakeSlack().start();
  const advisor = makeAdvisor(options.advisor);
  const logs = recordingLogger();
  const config = loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', ...options.env });
  let core: Core = { config, advisor, store: advisor.store, logger: logs };
  if (options.core) core = options.core(core);
  let surface: SlackSurface;
  try {
    surface = await startSlack(core, { host: '127.0.0.1', port: 0, clientOptions: { retryConfig: { retries: 0 } }, ...options.start });
  } catch (error) {
    await fake.close();
    throw error;
  }
  const url = surface.address!.url;
  const post = (body: string, o: SignedPostOptions = {}) => postSigned(url, SIGNING_SECRET, body, o);
  return {
    fake,
    core,
    logs,
    surface,
    url,
    post,
    async slash(text, o = {}) {
      const id = `cmd-${++responseCounter}`;
      const body = slashCommandBody({ text, user_id: o.user ?? 'U0000001', channel_id: o.channel ?? 'C0000001', response_url: fake.responseUrl(id), command: o.command });
      const res = await post(body, { contentType: FORM });
      const count = o.count ?? 1;
      const responses = await fake.waitFor(() => {
        const got = fake.responses.filter((r) => r.id === id);
        return got.length >= count ? got : undefined;
      }, 5000, `a response to "${text}"`);
      return { ...res, responses };
    },
    event(event, o = {}) {
      return post(JSON.stringify(eventCallback(event, { eventId: o.eventId, botUserId: fake.botUserId })), { headers: o.headers });
    },
    action(payload) {
      return post(blockActionsBody(payload), { contentType: FORM });
    },
    async close() {
      await surface.stop();
      await fake.close();
    },
  };
}
