// Signed Slack requests for `npm run bench:load`, built with the test fake's helpers (the same bodies and
// signatures Slack sends), and the rule that matches a reply recorded at the stub to the request it answers.
import {
  FORM,
  blockActionsBody,
  eventCallback,
  messageAction,
  slackSignature,
  slashCommandBody,
  type ApiCall,
  type ResponseUrlPost,
} from '../../test/adapters/slack/fake-slack.js';
import type { SlackRequestSpec } from './load-mix.js';

export const BENCH_SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';
export const BENCH_BOT_TOKEN = 'xoxb-bench-0000-bot-token';
/** The header that names a request, so the app process can time each phase of it. */
export const ID_HEADER = 'x-bench-id';

export interface BuiltRequest {
  body: string;
  contentType: string;
}

export function buildRequest(spec: SlackRequestSpec, responseUrl: (id: string) => string, botUserId: string): BuiltRequest {
  switch (spec.kind) {
    case 'slash-ask':
    case 'slash-done':
    case 'slash-start':
      return { contentType: FORM, body: slashCommandBody({ text: spec.text, user_id: spec.user, channel_id: spec.channel, response_url: responseUrl(spec.id) }) };
    case 'app_mention':
      return { contentType: 'application/json', body: JSON.stringify(eventCallback({ type: 'app_mention', user: spec.user, text: `<@${botUserId}> ${spec.text}`, channel: spec.channel, ts: spec.ts }, { botUserId })) };
    case 'message.im':
      return { contentType: 'application/json', body: JSON.stringify(eventCallback({ type: 'message', channel_type: 'im', user: spec.user, text: spec.text, channel: spec.channel, ts: spec.ts }, { botUserId })) };
    case 'block_actions':
      return {
        contentType: FORM,
        body: blockActionsBody(messageAction({ user: spec.user, channel: spec.channel, responseUrl: responseUrl(spec.id), messageTs: spec.ts, action: { type: 'button', action_id: 'cp_btn_0', value: spec.text, text: { type: 'plain_text', text: 'Ask' } } })),
      };
  }
}

export function signedHeaders(body: string, contentType: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(BENCH_SIGNING_SECRET, timestamp, body) };
}

/** Finds which request a reply at the stub answers (undefined: not a reply to a benchmark request). */
export class ReplyMatcher {
  private readonly byTs = new Map<string, string>();
  private readonly byChannel = new Map<string, string>();
  private readonly byChannelUser = new Map<string, string>();
  private readonly ids = new Set<string>();

  add(spec: SlackRequestSpec): void {
    this.ids.add(spec.id);
    if (spec.kind === 'app_mention') {
      this.byTs.set(`${spec.channel}|${spec.ts}`, spec.id);
      this.byChannelUser.set(`${spec.channel}|${spec.user}`, spec.id);
    }
    if (spec.kind === 'message.im') this.byChannel.set(spec.channel, spec.id);
  }

  response(r: ResponseUrlPost): string | undefined {
    return this.ids.has(r.id) ? r.id : undefined;
  }

  call(c: ApiCall): string | undefined {
    const a = c.args as { channel?: string; thread_ts?: string; user?: string };
    if (c.method === 'chat.postMessage') return (a.thread_ts && this.byTs.get(`${a.channel}|${a.thread_ts}`)) || (a.channel ? this.byChannel.get(a.channel) : undefined);
    if (c.method === 'chat.postEphemeral') return this.byChannelUser.get(`${a.channel}|${a.user}`);
    return undefined;
  }
}

/** The visible text of a reply at the stub (to tell an apology from an answer). */
export function replyText(body: Record<string, unknown>): string {
  return typeof body.text === 'string' ? body.text : '';
}
