// A fake Discord on 127.0.0.1: REST API and gateway on one node:http server (see
// /work/shared/notes/adapter-e2e-testing.md). It speaks Discord's documented payloads to a real discord.js
// client, records every REST call the bot makes, and lets a test send interactions and messages.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

const DISCORD_EPOCH = 1420070400000n;
let counter = 0n;
export function snowflake(): string {
  counter = (counter + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | counter).toString();
}

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, decoded (e.g. /webhooks/1/tok/messages/@original). */
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
  at: number;
  /** The message this request created or changed, as Discord would hold it (for clicking its buttons). */
  created?: any;
}

export interface UserData {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

export interface FakeOptions {
  token?: string;
  /** The gateway closes with 4004 (authentication failed) at IDENTIFY, although REST accepted the token. */
  rejectIdentify?: boolean;
  /** The shard count GET /gateway/bot recommends (default 1). With more, the server is on the last shard, DMs on 0. */
  shards?: number;
  /** session_start_limit.max_concurrency: how many shards may identify at once (default: the shard count). */
  maxConcurrency?: number;
}

/** A snowflake whose server lands on `shard` of `count` (Discord: (id >> 22) % count). */
function snowflakeOnShard(shard: number, count: number): string {
  const t = BigInt(Date.now()) - DISCORD_EPOCH;
  const ts = t - (t % BigInt(count)) + BigInt(shard);
  return ((ts << 22n) | 7n).toString();
}

export function shardOfGuild(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** Discord's documented permission bits the bot has in the fake server (View Channel, Send Messages, Embed Links, Read Message History). */
export const BOT_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n));

export class FakeDiscord {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly guildId: string;
  readonly channelId = snowflake();
  readonly botRoleId = snowflake();
  readonly bot: UserData;
  readonly requests: RecordedRequest[] = [];
  /** Registered commands, as Discord stores them: key "global" or a guild id. */
  readonly commands = new Map<string, any[]>();
  readonly sockets = new Set<WebSocket>();
  identifies = 0;
  resumes = 0;
  /** The [shard id, shard count] of every IDENTIFY, in order. */
  readonly identifiedShards: [number, number][] = [];
  /** The remote port of every TCP connection the fake accepted (a proxy test checks that each came from the proxy). */
  readonly peerPorts: number[] = [];
  private readonly shardOfSocket = new Map<WebSocket, [number, number]>();
  readonly shards: number;
  private readonly maxConcurrency: number;
  readonly intents: number[] = [];
  /** Messages Discord would hold, by id (interaction responses, follow-ups, channel messages). */
  readonly messages = new Map<string, any>();
  private readonly dmChannels = new Map<string, string>();
  private seq = 0;
  private sessionId = `session-${snowflake()}`;
  private server!: Server;
  private wss!: WebSocketServer;
  private waiters: (() => void)[] = [];
  port = 0;

  private readonly rejectIdentify: boolean;

  private constructor(options: FakeOptions) {
    this.token = options.token ?? 'fake-bot-token-0123456789';
    this.rejectIdentify = Boolean(options.rejectIdentify);
    this.shards = options.shards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? this.shards;
    this.guildId = this.shards > 1 ? snowflakeOnShard(this.shards - 1, this.shards) : snowflake();
    this.bot = { id: snowflake(), username: 'ChartPath', global_name: null, discriminator: '0', avatar: null, bot: true };
  }

  static async start(options: FakeOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await fake.listen();
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  private async listen(): Promise<void> {
    this.wss = new WebSocketServer({ noServer: true });
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('connection', (socket) => this.peerPorts.push(socket.remotePort ?? 0));
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------------------------------------- REST

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const prefix = '/api/v10';
    const path = decodeURIComponent(url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname);
    let body: any;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const record: RecordedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, body, authorization: req.headers.authorization, at: Date.now() };
    this.requests.push(record);
    const send = (status: number, payload?: unknown) => {
      if (payload === undefined) {
        res.writeHead(status);
        res.end();
      } else {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      }
      this.notify();
    };
    const authed = req.headers.authorization === `Bot ${this.token}`;
    const m = (re: RegExp) => path.match(re);
    let match: RegExpMatchArray | null;

    if (record.method === 'GET' && path === '/gateway/bot') {
      if (!authed) return send(401, { message: '401: Unauthorized', code: 0 });
      return send(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: this.maxConcurrency },
      });
    }
    if ((match = m(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)) && record.method === 'POST') {
      const [, id] = match;
      const type = body?.type;
      if (type === 4) record.created = this.storeMessage(`orig:${id}`, body.data, { interaction: true });
      if (type === 5) record.created = this.storeMessage(`orig:${id}`, { flags: body.data?.flags ?? 0, content: '' }, { interaction: true });
      if (type === 7) record.created = this.updateClickedMessage(id!, body.data);
      return send(204);
    }
    if ((match = m(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/))) {
      const [, , token, which] = match;
      const key = which === '@original' ? this.originalKeyFor(token!) : which!;
      if (record.method === 'PATCH') {
        // After a deferred update (type 6), @original is the message whose component was clicked.
        const interactionId = this.interactionTokens.get(token!);
        if (which === '@original' && interactionId && !this.messages.has(key) && this.clicked.has(interactionId)) {
          record.created = this.updateClickedMessage(interactionId, body);
          return send(200, record.created);
        }
        const existing = this.messages.get(key) ?? {};
        record.created = this.storeMessage(key, { ...existing, ...body, flags: existing.flags ?? 0 }, { interaction: true });
        return send(200, record.created);
      }
      if (record.method === 'DELETE') {
        this.messages.delete(key);
        return send(204);
      }
      if (record.method === 'GET') return send(200, this.messages.get(key) ?? this.messageObject({}, this.channelId));
    }
    if ((match = m(/^\/webhooks\/(\d+)\/([^/]+)$/)) && record.method === 'POST') {
      record.created = this.storeMessage(snowflake(), body ?? {}, { interaction: true });
      return send(200, record.created);
    }
    if ((match = m(/^\/channels\/(\d+)\/messages$/)) && record.method === 'POST') {
      if (!authed) return send(401, { message: '401: Unauthorized', code: 0 });
      if (this.blockDmsTo.size && [...this.dmChannels.entries()].some(([user, ch]) => ch === match![1] && this.blockDmsTo.has(user))) {
        return send(403, { message: 'Cannot send messages to this user', code: 50007 });
      }
      record.created = this.storeMessage(snowflake(), body ?? {}, { channelId: match[1] });
      return send(200, record.created);
    }
    if ((match = m(/^\/channels\/(\d+)\/typing$/)) && record.method === 'POST') return send(204);
    if (path === '/users/@me/channels' && record.method === 'POST') {
      if (!authed) return send(401, { message: '401: Unauthorized', code: 0 });
      const userId = String(body?.recipient_id);
      const channelId = this.dmChannelOf(userId);
      return send(200, { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [this.user(userId)] });
    }
    if ((match = m(/^\/applications\/(\d+)\/commands$/)) || (match = m(/^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/))) {
      if (!authed) return send(401, { message: '401: Unauthorized', code: 0 });
      if (match[1] !== this.applicationId) return send(403, { message: 'Missing Access', code: 50001 });
      if (match[2] && match[2] !== this.guildId) return send(403, { message: 'Missing Access', code: 50001 });
      const key = match[2] ?? 'global';
      if (record.method === 'GET') return send(200, this.commands.get(key) ?? []);
      if (record.method === 'PUT') {
        const stored = (body as any[]).map((c) => this.storedCommand(c, match![2]));
        this.commands.set(key, stored);
        return send(200, stored);
      }
    }
    return send(404, { message: '404: Not Found', code: 0 });
  }

  /** People whose DMs are closed: sending them a DM fails with 50007. */
  readonly blockDmsTo = new Set<string>();

  /** What Discord returns for a registered command: defaults filled in, falses omitted, ids added. */
  private storedCommand(c: any, guildId: string | undefined): any {
    const option = (o: any): any => {
      const out: any = { type: o.type, name: o.name, description: o.description };
      if (o.required) out.required = true;
      if (o.autocomplete) out.autocomplete = true;
      if (o.choices) out.choices = o.choices.map((ch: any) => ({ name: ch.name, value: ch.value }));
      if (o.options) out.options = o.options.map(option);
      for (const k of ['min_length', 'max_length', 'min_value', 'max_value']) if (o[k] !== undefined) out[k] = o[k];
      return out;
    };
    return {
      id: snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      default_member_permissions: c.default_member_permissions ?? null,
      type: c.type ?? 1,
      name: c.name,
      name_localizations: null,
      description: c.description,
      description_localizations: null,
      ...(guildId ? { guild_id: guildId } : { contexts: c.contexts ?? null, integration_types: c.integration_types ?? [0] }),
      dm_permission: true,
      nsfw: false,
      ...(c.options ? { options: c.options.map(option) } : {}),
    };
  }

  private interactionTokens = new Map<string, string>();

  private originalKeyFor(token: string): string {
    const id = this.interactionTokens.get(token);
    return id ? `orig:${id}` : `orig:${token}`;
  }

  private storeMessage(key: string, data: any, where: { interaction?: boolean; channelId?: string }): any {
    const id = key.startsWith('orig:') ? (this.messages.get(key)?.id ?? snowflake()) : key;
    const msg = this.messageObject({ ...data, id }, where.channelId ?? this.channelId, where.interaction);
    this.messages.set(key, msg);
    return msg;
  }

  /** The message clicked in each component interaction, so that an UPDATE_MESSAGE callback can change it. */
  private clicked = new Map<string, any>();

  private updateClickedMessage(interactionId: string, data: any): any {
    const msg = this.clicked.get(interactionId);
    if (msg) Object.assign(msg, { ...data, flags: msg.flags });
    return msg;
  }

  messageObject(data: any, channelId: string, viaInteraction = false): any {
    return {
      id: data.id ?? snowflake(),
      channel_id: channelId,
      author: this.bot,
      content: data.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      pinned: false,
      type: viaInteraction ? 20 : 0,
      flags: data.flags ?? 0,
      ...(viaInteraction ? { webhook_id: this.applicationId, application_id: this.applicationId } : {}),
    };
  }

  // ------------------------------------------------------------------------------------------- waiting

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves with the first recorded request (from index `from` on) that matches, or rejects after a timeout. */
  async waitFor(predicate: (r: RecordedRequest) => boolean, options: { from?: number; timeoutMs?: number } = {}): Promise<RecordedRequest> {
    const deadline = Date.now() + (options.timeoutMs ?? 5000);
    for (;;) {
      const found = this.requests.slice(options.from ?? 0).find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error('FakeDiscord.waitFor: timed out');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Requests that answer one interaction (callback, follow-ups, edits and deletes of its webhook). */
  forInteraction(sent: { id: string; token: string }, from = 0): RecordedRequest[] {
    return this.requests
      .slice(from)
      .filter((r) => r.path.startsWith(`/interactions/${sent.id}/`) || r.path.startsWith(`/webhooks/${this.applicationId}/${sent.token}`));
  }

  // ------------------------------------------------------------------------------------------- gateway

  private send(ws: WebSocket, payload: unknown): void {
    ws.send(JSON.stringify(payload));
  }

  /** Sends a dispatch on the shard Discord would use: the server's shard for server events, shard 0 otherwise. */
  dispatch(t: string, d: unknown): void {
    const guildId = (d as { guild_id?: string } | null)?.guild_id;
    for (const ws of this.sockets) {
      const [shard, count] = this.shardOfSocket.get(ws) ?? [0, 1];
      const target = guildId ? shardOfGuild(guildId, count) : 0;
      if (shard === target) this.send(ws, { op: 0, t, s: ++this.seq, d });
    }
  }

  /** Closes every gateway connection with a close code (e.g. 4004 after a token reset, 4014 for a refused intent). */
  closeConnections(code: number, reason = ''): void {
    for (const ws of this.sockets) ws.close(code, reason);
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.shardOfSocket.delete(ws);
    });
    this.send(ws, { op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    ws.on('message', (raw) => {
      let packet: any;
      try {
        packet = JSON.parse(String(raw));
      } catch {
        return;
      }
      switch (packet.op) {
        case 1:
          this.send(ws, { op: 11, d: null, s: null, t: null });
          break;
        case 2:
          this.identifies++;
          if (packet.d?.token !== this.token || this.rejectIdentify) {
            ws.close(4004, 'Authentication failed.');
            return;
          }
          this.intents.push(packet.d.intents);
          {
            const shard = (Array.isArray(packet.d.shard) ? packet.d.shard : [0, 1]) as [number, number];
            this.identifiedShards.push(shard);
            this.shardOfSocket.set(ws, shard);
            const hasGuild = shardOfGuild(this.guildId, shard[1]) === shard[0];
            this.send(ws, { op: 0, t: 'READY', s: ++this.seq, d: this.readyPayload(shard, hasGuild) });
            if (hasGuild) this.send(ws, { op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: this.guildPayload() });
          }
          break;
        case 6:
          this.resumes++;
          this.send(ws, { op: 0, t: 'RESUMED', s: ++this.seq, d: {} });
          break;
        default:
          break;
      }
    });
  }

  /** Drops every gateway connection abruptly, as a network failure would. */
  dropConnections(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  private readyPayload(shard: [number, number] = [0, 1], hasGuild = true): any {
    return {
      v: 10,
      user: { ...this.bot, verified: true, mfa_enabled: false, flags: 0 },
      guilds: hasGuild ? [{ id: this.guildId, unavailable: true }] : [],
      session_id: this.sessionId,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      shard,
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      geo_ordered_rtc_regions: [],
      guild_join_requests: [],
      user_settings: {},
    };
  }

  private guildPayload(): any {
    return {
      id: this.guildId,
      name: 'HIM Study Group',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: snowflake(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        { id: this.guildId, name: '@everyone', color: 0, hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: BOT_PERMISSIONS, managed: false, mentionable: false, flags: 0 },
        { id: this.botRoleId, name: 'ChartPath', color: 0, hoist: false, icon: null, unicode_emoji: null, position: 1, permissions: BOT_PERMISSIONS, managed: true, mentionable: false, flags: 0, tags: { bot_id: this.bot.id } },
      ],
      emojis: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 3,
      members: [],
      channels: [
        { id: this.channelId, type: 0, guild_id: this.guildId, name: 'career-questions', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, rate_limit_per_user: 0, last_message_id: null, flags: 0 },
      ],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      stickers: [],
    };
  }

  // -------------------------------------------------------------------------------- what people do

  user(id: string, username = `student${id.slice(-4)}`): UserData {
    return { id, username, global_name: null, discriminator: '0', avatar: null };
  }

  dmChannelOf(userId: string): string {
    let ch = this.dmChannels.get(userId);
    if (!ch) {
      ch = snowflake();
      this.dmChannels.set(userId, ch);
    }
    return ch;
  }

  private member(user: UserData): any {
    return {
      user,
      roles: [],
      joined_at: new Date().toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      communication_disabled_until: null,
      permissions: '1126432831409729',
    };
  }

  /** The interaction envelope Discord sends (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object). */
  private envelope(type: number, data: any, user: UserData, where: 'guild' | 'dm', message?: any): { id: string; token: string; payload: any } {
    const id = snowflake();
    const token = `itok-${id}-${Math.random().toString(36).slice(2)}`;
    this.interactionTokens.set(token, id);
    const base: any = {
      id,
      application_id: this.applicationId,
      type,
      data,
      token,
      version: 1,
      app_permissions: BOT_PERMISSIONS,
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': where === 'guild' ? this.guildId : '0' },
      context: where === 'guild' ? 0 : 1,
      attachment_size_limit: 10_485_760,
    };
    if (where === 'guild') {
      Object.assign(base, {
        guild_id: this.guildId,
        guild: { id: this.guildId, locale: 'en-US', features: [] },
        guild_locale: 'en-US',
        channel_id: this.channelId,
        channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'career-questions', position: 0, permissions: '1126432831409729', nsfw: false, parent_id: null, topic: null, rate_limit_per_user: 0, last_message_id: null, flags: 0 },
        member: this.member(user),
      });
    } else {
      const channelId = this.dmChannelOf(user.id);
      Object.assign(base, { user, channel_id: channelId, channel: { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [user] } });
    }
    if (message) {
      base.message = message;
      this.clicked.set(id, message);
    }
    return { id, token, payload: base };
  }

  /** A slash command. `options` as Discord sends them (for subcommands: [{type: 1, name, options}]). */
  slashCommand(name: string, options: any[] | undefined, user: UserData, where: 'guild' | 'dm' = 'guild') {
    const data = { id: snowflake(), name, type: 1, ...(options ? { options } : {}), ...(where === 'guild' ? { guild_id: this.guildId } : {}) };
    const sent = this.envelope(2, data, user, where);
    this.dispatch('INTERACTION_CREATE', sent.payload);
    return sent;
  }

  /**
   * A message context-menu command ("Apps > <name>" on a message): type 3, the target message in data.resolved, as
   * Discord sends it (with the message's content, which apps get here without the MessageContent intent).
   */
  messageCommand(name: string, target: { content: string; author: UserData }, user: UserData, where: 'guild' | 'dm' = 'guild') {
    const targetId = snowflake();
    const channelId = where === 'guild' ? this.channelId : this.dmChannelOf(user.id);
    const message = {
      id: targetId,
      channel_id: channelId,
      author: target.author,
      content: target.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
      components: [],
    };
    const data = { id: snowflake(), name, type: 3, target_id: targetId, resolved: { messages: { [targetId]: message } }, ...(where === 'guild' ? { guild_id: this.guildId } : {}) };
    const sent = this.envelope(2, data, user, where);
    this.dispatch('INTERACTION_CREATE', sent.payload);
    return sent;
  }

  autocomplete(name: string, options: any[], user: UserData, where: 'guild' | 'dm' = 'guild') {
    const data = { id: snowflake(), name, type: 1, options, ...(where === 'guild' ? { guild_id: this.guildId } : {}) };
    const sent = this.envelope(4, data, user, where);
    this.dispatch('INTERACTION_CREATE', sent.payload);
    return sent;
  }

  /** A click on a button of `message` (a message object as the bot's response created it). */
  clickButton(customId: string, message: any, user: UserData, where: 'guild' | 'dm' = 'guild') {
    const sent = this.envelope(3, { custom_id: customId, component_type: 2 }, user, where, message);
    this.dispatch('INTERACTION_CREATE', sent.payload);
    return sent;
  }

  selectMenu(customId: string, values: string[], message: any, user: UserData, where: 'guild' | 'dm' = 'guild') {
    const sent = this.envelope(3, { custom_id: customId, component_type: 3, values }, user, where, message);
    this.dispatch('INTERACTION_CREATE', sent.payload);
    return sent;
  }

  /** A message in the guild channel, optionally mentioning the bot (the client sees mentions in `mentions`). */
  guildMessage(content: string, user: UserData, mentionsBot: boolean, extra: { mentionEveryone?: boolean; mentionRoles?: string[] } = {}) {
    const id = snowflake();
    const d = {
      id,
      channel_id: this.channelId,
      guild_id: this.guildId,
      author: user,
      member: { ...this.member(user), user: undefined },
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: Boolean(extra.mentionEveryone),
      mentions: mentionsBot ? [{ ...this.bot, member: { roles: [this.botRoleId], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }] : [],
      mention_roles: extra.mentionRoles ?? [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
      nonce: snowflake(),
    };
    this.dispatch('MESSAGE_CREATE', d);
    return { id, channelId: this.channelId };
  }

  /** A direct message to the bot (channel_type 1, no guild_id). */
  directMessage(content: string, user: UserData) {
    const id = snowflake();
    const channelId = this.dmChannelOf(user.id);
    const d = {
      id,
      channel_id: channelId,
      channel_type: 1,
      author: user,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
    this.dispatch('MESSAGE_CREATE', d);
    return { id, channelId };
  }

  /** The message an interaction's first response created (for clicking its buttons). */
  originalMessage(sent: { id: string }): any {
    return this.messages.get(`orig:${sent.id}`);
  }
}
