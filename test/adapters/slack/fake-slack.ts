// A local stand-in for Slack, for tests and the `npm run slack:smoke` check: the Web API (POST /api/<method>),
// response_url endpoints (POST /response/<id>) and a Socket Mode WebSocket (/socket). It records what the bot sends.
// It also builds and signs requests as Slack does (v0 signatures), so the real Bolt app can be driven end to end.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ApiCall {
  method: string;
  token: string | undefined;
  args: Record<string, unknown>;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

export interface FakeSlackOptions {
  /** Bot tokens auth.test accepts (default: any xoxb- token except xoxb-invalid...). */
  validBotToken?: (token: string) => boolean;
  botUserId?: string;
  botId?: string;
  teamId?: string;
  /** Called as each API call or response_url post is recorded (benchmarks timestamp the bot's replies with it). */
  onRecord?: (record: { kind: 'call'; call: ApiCall } | { kind: 'response'; response: ResponseUrlPost }) => void;
  /** Answers for Web API methods (e.g. oauth.v2.access, or auth.test per token); return undefined to answer as usual. */
  methods?: Record<string, (call: ApiCall) => Record<string, unknown> | undefined>;
}

const JSON_FIELDS = ['blocks', 'view', 'attachments', 'metadata'];

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseArgs(req: IncomingMessage, raw: string): Record<string, unknown> {
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.includes(k)) {
      try {
        args[k] = JSON.parse(v);
        continue;
      } catch {
        // keep the raw string
      }
    }
    args[k] = v;
  }
  return args;
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  readonly acks: string[] = [];
  /** The remote port of every TCP connection the fake accepted (a proxy test checks that each came from the proxy). */
  readonly peerPorts: number[] = [];
  readonly botUserId: string;
  readonly botId: string;
  readonly teamId: string;
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private sockets = new Set<WebSocket>();
  private port = 0;
  private ts = 1_700_000_000;
  private envelope = 0;
  private readonly validBotToken: (token: string) => boolean;
  private readonly onRecord: FakeSlackOptions['onRecord'];
  private readonly methods: NonNullable<FakeSlackOptions['methods']>;

  constructor(options: FakeSlackOptions = {}) {
    this.botUserId = options.botUserId ?? 'UBOT0001';
    this.botId = options.botId ?? 'BBOT0001';
    this.teamId = options.teamId ?? 'T0000001';
    this.validBotToken = options.validBotToken ?? ((t) => t.startsWith('xoxb-') && !t.startsWith('xoxb-invalid'));
    this.onRecord = options.onRecord;
    this.methods = options.methods ?? {};
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${encodeURIComponent(id)}`;
  }

  async start(): Promise<this> {
    this.wss = new WebSocketServer({ noServer: true });
    this.wss.on('connection', (ws) => {
      this.sockets.add(ws);
      ws.on('close', () => this.sockets.delete(ws));
      ws.on('message', (data) => {
        try {
          const msg = JSON.parse(String(data)) as { envelope_id?: string };
          if (msg.envelope_id) this.acks.push(msg.envelope_id);
        } catch {
          // not JSON: ignore
        }
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack' }, connection_info: { app_id: 'A0000001' } }));
    });
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => this.peerPorts.push(socket.remotePort ?? 0));
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) return socket.destroy();
      this.wss!.handleUpgrade(req, socket, head, (ws) => this.wss!.emit('connection', ws, req));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/response/')) {
      const response = { id: decodeURIComponent(url.pathname.slice('/response/'.length)), body: parseArgs(req, raw) };
      this.responses.push(response);
      this.onRecord?.({ kind: 'response', response });
      return reply(200, { ok: true });
    }
    if (!url.pathname.startsWith('/api/')) return reply(404, { ok: false, error: 'unknown_path' });
    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(req, raw);
    const auth = String(req.headers.authorization ?? '');
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : typeof args.token === 'string' ? args.token : undefined;
    const call = { method, token, args };
    this.calls.push(call);
    this.onRecord?.({ kind: 'call', call });
    const custom = this.methods[method]?.(call);
    if (custom) return reply(200, custom);
    switch (method) {
      case 'auth.test':
        if (!token || !this.validBotToken(token)) return reply(200, { ok: false, error: 'invalid_auth' });
        return reply(200, { ok: true, url: 'https://fake.slack.test/', team: 'Fake Clinic', user: 'chartpath', team_id: this.teamId, user_id: this.botUserId, bot_id: this.botId });
      case 'apps.connections.open':
        if (!token?.startsWith('xapp-') || token.startsWith('xapp-invalid')) return reply(200, { ok: false, error: 'invalid_auth' });
        return reply(200, { ok: true, url: `ws://127.0.0.1:${this.port}/socket` });
      case 'chat.postMessage':
        return reply(200, { ok: true, channel: args.channel, ts: `${this.ts++}.000100`, message: { text: args.text } });
      case 'chat.postEphemeral':
        return reply(200, { ok: true, message_ts: `${this.ts++}.000200` });
      case 'views.publish':
        return reply(200, { ok: true, view: { id: 'V0000001', type: 'home', ...(args.view as object) } });
      default:
        return reply(200, { ok: true });
    }
  }

  /** Calls of one Web API method, in order. */
  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Everything the bot sent after the call/response counts in `mark` (see mark()). */
  mark(): { calls: number; responses: number } {
    return { calls: this.calls.length, responses: this.responses.length };
  }

  since(mark: { calls: number; responses: number }): { calls: ApiCall[]; responses: ResponseUrlPost[] } {
    return { calls: this.calls.slice(mark.calls), responses: this.responses.slice(mark.responses) };
  }

  /** Waits until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 5000, what = 'the bot to answer'): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Socket Mode: sends an envelope to every connected client; resolves with its id once the client acknowledged it. */
  async sendEnvelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown, timeoutMs = 5000): Promise<string> {
    const id = `env-${++this.envelope}`;
    const frame = JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' });
    for (const ws of this.sockets) ws.send(frame);
    await this.waitFor(() => this.acks.includes(id), timeoutMs, `the ack of ${id}`);
    return id;
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  /** Drops every Socket Mode connection, as a network failure would. */
  dropSockets(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Requests as Slack sends them
// ------------------------------------------------------------------------------------------------

export function slackSignature(signingSecret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Override the signature (bad-signature tests). */
  signature?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** POSTs a body to the app's events URL, signed with the signing secret, as Slack does. */
export async function postSigned(url: string, signingSecret: string, body: string, options: SignedPostOptions = {}): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(signingSecret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}

export const FORM = 'application/x-www-form-urlencoded';

/** A slash command's form body. */
export function slashCommandBody(fields: { text: string; user_id: string; channel_id: string; response_url: string; command?: string; team_id?: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.team_id ?? 'T0000001',
    team_domain: 'fakeclinic',
    channel_id: fields.channel_id,
    channel_name: fields.channel_id.startsWith('D') ? 'directmessage' : 'him-team',
    user_id: fields.user_id,
    user_name: 'someone',
    command: fields.command ?? '/chartpath',
    text: fields.text,
    api_app_id: 'A0000001',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: '1234.5678.abcdef',
  }).toString();
}

let eventCounter = 0;

/** An Events API callback envelope around one event. */
export function eventCallback(event: Record<string, unknown>, options: { eventId?: string; teamId?: string; botUserId?: string } = {}): Record<string, unknown> {
  const teamId = options.teamId ?? 'T0000001';
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0000001',
    event: { event_ts: String(event.ts ?? '1700000000.000100'), ...event },
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${Date.now()}${++eventCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: options.botUserId ?? 'UBOT0001', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: '4-fake',
  };
}

/** A block_actions interaction as a form body (payload=<JSON>). */
export function blockActionsBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** block_actions for a click on an element of a message the bot sent. */
export function messageAction(options: {
  user: string;
  channel: string;
  action: Record<string, unknown>;
  responseUrl: string;
  messageTs?: string;
  threadTs?: string;
  ephemeral?: boolean;
}): Record<string, unknown> {
  const ts = options.messageTs ?? '1700000001.000100';
  return {
    type: 'block_actions',
    user: { id: options.user, username: 'someone', name: 'someone', team_id: 'T0000001' },
    api_app_id: 'A0000001',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: ts, channel_id: options.channel, is_ephemeral: Boolean(options.ephemeral), ...(options.threadTs ? { thread_ts: options.threadTs } : {}) },
    trigger_id: '1234.5678.abcdef',
    team: { id: 'T0000001', domain: 'fakeclinic' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: options.channel, name: options.channel.startsWith('D') ? 'directmessage' : 'him-team' },
    ...(options.ephemeral ? {} : { message: { type: 'message', user: 'UBOT0001', ts, ...(options.threadTs ? { thread_ts: options.threadTs } : {}), text: '' } }),
    state: { values: {} },
    response_url: options.responseUrl,
    actions: [{ action_ts: '1700000002.000100', block_id: 'b1', ...options.action }],
  };
}

/** A message shortcut ("Ask ChartPath" in a message's ⋮ menu), as Slack posts it (type message_action). */
export function messageShortcut(options: { user: string; channel: string; text: string; callbackId: string; responseUrl: string; ts?: string; threadTs?: string }): Record<string, unknown> {
  const ts = options.ts ?? '1700000050.000100';
  return {
    type: 'message_action',
    token: 'legacy-verification-token',
    action_ts: '1700000051.000100',
    team: { id: 'T0000001', domain: 'fakeclinic' },
    user: { id: options.user, username: 'someone', name: 'someone', team_id: 'T0000001' },
    channel: { id: options.channel, name: 'him-team' },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: options.callbackId,
    trigger_id: '1234.5678.abcdef',
    response_url: options.responseUrl,
    message_ts: ts,
    message: { type: 'message', user: 'U0AUTHOR', ts, text: options.text, ...(options.threadTs ? { thread_ts: options.threadTs } : {}) },
  };
}

/** A global shortcut ("Ask ChartPath" from the shortcuts menu), as Slack posts it (type shortcut: no channel). */
export function globalShortcut(options: { user: string; callbackId: string; triggerId?: string }): Record<string, unknown> {
  return {
    type: 'shortcut',
    token: 'legacy-verification-token',
    action_ts: '1700000061.000100',
    team: { id: 'T0000001', domain: 'fakeclinic' },
    user: { id: options.user, username: 'someone', team_id: 'T0000001' },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: options.callbackId,
    trigger_id: options.triggerId ?? '4321.8765.fedcba',
  };
}

/**
 * A modal's view_submission: `values` is view.state.values ({ block_id: { action_id: value } }); `responseUrls` are
 * what a conversations_select with response_url_enabled adds.
 */
export function viewSubmission(options: {
  user: string;
  callbackId: string;
  values: Record<string, Record<string, Record<string, unknown>>>;
  responseUrls?: { block_id: string; action_id: string; channel_id: string; response_url: string }[];
}): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: 'T0000001', domain: 'fakeclinic' },
    user: { id: options.user, username: 'someone', name: 'someone', team_id: 'T0000001' },
    api_app_id: 'A0000001',
    token: 'legacy-verification-token',
    trigger_id: '4321.8765.aaaaaa',
    is_enterprise_install: false,
    enterprise: null,
    view: {
      id: 'V0MODAL1',
      team_id: 'T0000001',
      type: 'modal',
      blocks: [],
      private_metadata: '',
      callback_id: options.callbackId,
      state: { values: options.values },
      hash: 'h',
      title: { type: 'plain_text', text: 'Ask ChartPath' },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: null,
      previous_view_id: null,
      root_view_id: 'V0MODAL1',
      app_id: 'A0000001',
      external_id: '',
      app_installed_team_id: 'T0000001',
      bot_id: 'BBOT0001',
    },
    response_urls: options.responseUrls ?? [],
  };
}

/** block_actions for a click in the App Home tab (no response_url, no channel). */
export function homeAction(options: { user: string; action: Record<string, unknown>; blocks?: unknown[] }): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: options.user, username: 'someone', name: 'someone', team_id: 'T0000001' },
    api_app_id: 'A0000001',
    token: 'legacy-verification-token',
    container: { type: 'view', view_id: 'V0000001' },
    trigger_id: '1234.5678.abcdef',
    team: { id: 'T0000001', domain: 'fakeclinic' },
    enterprise: null,
    is_enterprise_install: false,
    view: { id: 'V0000001', type: 'home', blocks: options.blocks ?? [], private_metadata: '', callback_id: '', state: { values: {} }, hash: 'h', team_id: 'T0000001', app_id: 'A0000001', bot_id: 'BBOT0001' },
    actions: [{ action_ts: '1700000002.000100', block_id: 'b1', ...options.action }],
  };
}

/** Collects every text string in a Block Kit payload (for assertions). */
export function textsOf(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}
