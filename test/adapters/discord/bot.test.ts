// adapters/discord/bot.ts, unit by unit, without a gateway: the client's settings (intents, partials, mentions, REST
// base URL), stripBotMention, attachHandlers on a plain event emitter standing in for the client (which messages and
// interactions reach the core, as whom, with what input, and that failures are apologised for and logged), and the
// connection events attachLifecycleLogging reports. The real client against the fake Discord is discord.e2e.test.ts.
import { EventEmitter } from 'node:events';
import { ChannelType, Client, Events, GatewayIntentBits, IntentsBitField, Partials, RESTEvents } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachHandlers, attachLifecycleLogging, createDiscordClient, stripBotMention } from '../../../adapters/discord/bot.js';
import { NO_MENTIONS, TOPIC_MENU_PREFIX } from '../../../adapters/discord/render.js';
import { makeReply, type Reply, type Who } from '../../../src/contract/index.js';
import type { Core } from '../../../src/boot.js';
import { PHRASES } from '../../../src/index.js';
import { fakeCommandInteraction, fakeComponentInteraction, fakeMessage } from '../../helpers/discord-fakes.js';
import { recordingLogger } from '../../helpers/logger.js';

const BOT = '999000111';

describe('createDiscordClient', () => {
  const clients: Client[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.destroy();
  });

  it('asks for the three unprivileged intents only, keeps DM channels as partials and allows no mentions', () => {
    const client = createDiscordClient();
    clients.push(client);
    const intents = new IntentsBitField(client.options.intents);
    expect(intents.toArray().sort()).toEqual(['DirectMessages', 'GuildMessages', 'Guilds']);
    expect(intents.has(GatewayIntentBits.MessageContent)).toBe(false);
    expect(client.options.partials).toContain(Partials.Channel);
    expect(client.options.allowedMentions).toEqual(NO_MENTIONS);
    expect(client.options.failIfNotExists).toBe(false);
  });

  it('DISCORD_API_URL becomes the REST base URL; without it discord.js keeps its own', () => {
    const custom = createDiscordClient({ apiUrl: 'http://127.0.0.1:9/api' });
    const plain = createDiscordClient();
    clients.push(custom, plain);
    expect(custom.options.rest?.api).toBe('http://127.0.0.1:9/api');
    expect(plain.options.rest?.api).toMatch(/^https:\/\/discord\.com\/api$/);
  });
});

describe('stripBotMention', () => {
  it('removes the bot’s user and role mentions in every form, keeps other mentions, tidies the spaces', () => {
    expect(stripBotMention(`<@${BOT}>  what is the   RHIT?`, BOT)).toBe('what is the RHIT?');
    expect(stripBotMention(`hey <@!${BOT}> and <@&55> <@123> ok`, BOT, ['55'])).toBe('hey and <@123> ok');
    expect(stripBotMention(`<@&55> hi`, BOT)).toBe('<@&55> hi');
  });
});

/** The client as attachHandlers uses it: an emitter with the bot's user. */
function setup(result: Reply | Error = makeReply({ id: 'a', kind: 'answer', text: 'The RHIT is an AHIMA credential.' })) {
  const client = Object.assign(new EventEmitter(), { user: { id: BOT } });
  const logger = recordingLogger();
  const handle = vi.fn(async (_who: Who, _input: unknown) => {
    if (result instanceof Error) throw result;
    return result;
  });
  const core = { advisor: { handle, plans: () => [] }, logger, config: { maxInputChars: 1000 } } as unknown as Core;
  const handlers = attachHandlers(client as unknown as Client, core, { deferAfterMs: 60_000 });
  const settle = () => Promise.all([...handlers.inflight]);
  return { client, logger, handle, handlers, settle };
}

type Msg = ReturnType<typeof fakeMessage>;
function message(content: string, where: { inGuild?: boolean; mentions?: string[]; roles?: { id: string; botId?: string }[] } = {}, extra: Record<string, unknown> = {}): Msg {
  const m = fakeMessage({ inGuild: where.inGuild ?? true, authorId: 'u1', channelId: 'c1' }) as Msg & Record<string, any>;
  m.content = content;
  m.author.bot = false;
  m.system = false;
  m.webhookId = null;
  const roles = (where.roles ?? []).map((r) => ({ id: r.id, tags: r.botId ? { botId: r.botId } : null }));
  m.mentions = { users: new Set(where.mentions ?? []), roles: Object.assign(roles, { some: roles.some.bind(roles), filter: roles.filter.bind(roles) }) };
  m.channel.type = where.inGuild === false ? ChannelType.DM : ChannelType.GuildText;
  Object.assign(m, extra);
  return m;
}

describe('attachHandlers: messages', () => {
  it('a guild message mentioning the bot is asked without the mention, as a shared channel, and answered', async () => {
    const s = setup();
    const m = message(`<@${BOT}> what is the RHIT?`, { mentions: [BOT] });
    s.client.emit(Events.MessageCreate, m);
    await s.settle();
    expect(s.handle).toHaveBeenCalledWith({ person: 'u1', channel: 'c1', surface: 'discord', shared: true }, { kind: 'text', text: 'what is the RHIT?' });
    expect(m.calls.map((c) => c.op)).toEqual(['reply']);
    expect(JSON.stringify(m.calls[0]!.payload)).toContain('AHIMA credential');
  });

  it('a mention of the bot’s own role counts and is stripped; another role, or no mention, is not for the bot', async () => {
    const s = setup();
    s.client.emit(Events.MessageCreate, message('<@&42> what is the RHIT?', { roles: [{ id: '42', botId: BOT }] }));
    s.client.emit(Events.MessageCreate, message('<@&43> what is the RHIT?', { roles: [{ id: '43', botId: '1' }] }));
    s.client.emit(Events.MessageCreate, message('what is the RHIT?'));
    await s.settle();
    expect(s.handle).toHaveBeenCalledTimes(1);
    expect(s.handle.mock.calls[0]![1]).toEqual({ kind: 'text', text: 'what is the RHIT?' });
  });

  it('a direct message needs no mention and is not a shared channel', async () => {
    const s = setup();
    s.client.emit(Events.MessageCreate, message('what is the RHIT?', { inGuild: false }));
    await s.settle();
    expect(s.handle.mock.calls[0]![0]).toEqual({ person: 'u1', channel: 'c1', surface: 'discord', shared: false });
  });

  it('bots, system messages and webhooks are never answered, even when they mention the bot', async () => {
    const s = setup();
    const mention = `<@${BOT}> hi`;
    s.client.emit(Events.MessageCreate, message(mention, { mentions: [BOT] }, { author: { id: 'b', bot: true } }));
    s.client.emit(Events.MessageCreate, message(mention, { mentions: [BOT] }, { system: true }));
    s.client.emit(Events.MessageCreate, message(mention, { mentions: [BOT] }, { webhookId: 'w1' }));
    await s.settle();
    expect(s.handle).not.toHaveBeenCalled();
  });

  it('a failing core is logged and the person gets the apology', async () => {
    const s = setup(new Error('core down'));
    const m = message(`<@${BOT}> hi`, { mentions: [BOT] });
    s.client.emit(Events.MessageCreate, m);
    await s.settle();
    expect(s.logger.entries.filter((e) => e.level === 'error').map((e) => e.msg)).toEqual(['discord: a message handler failed']);
    expect(m.calls).toHaveLength(1);
    expect(JSON.stringify(m.calls[0]!.payload)).toContain(PHRASES.error.slice(0, 20));
  });
});

/** Adds the type guards discord.js interactions have to a recording fake. */
function asKind<T extends object>(fake: T, kind: 'command' | 'autocomplete' | 'button' | 'menu', fields: Record<string, unknown>): T & Record<string, any> {
  return Object.assign(fake, {
    user: { id: 'u1' },
    channelId: 'c1',
    inGuild: () => true,
    isCommand: () => kind === 'command',
    isChatInputCommand: () => kind === 'command',
    isMessageContextMenuCommand: () => false,
    isAutocomplete: () => kind === 'autocomplete',
    isButton: () => kind === 'button',
    isStringSelectMenu: () => kind === 'menu',
    ...fields,
  });
}

describe('attachHandlers: interactions', () => {
  it('a button’s custom id is the action payload, from the person in that channel', async () => {
    const s = setup();
    const i = asKind(fakeComponentInteraction({ inGuild: true }), 'button', { customId: 'ask:rhit' });
    s.client.emit(Events.InteractionCreate, i);
    await s.settle();
    expect(s.handle).toHaveBeenCalledWith({ person: 'u1', channel: 'c1', surface: 'discord', shared: true }, { kind: 'action', payload: 'ask:rhit' });
    expect(i.calls.map((c) => c.op)).toEqual(['reply']);
  });

  it('the topic menu sends the chosen value; other menus are not ours; a DM interaction without a channel gets one', async () => {
    const s = setup();
    s.client.emit(Events.InteractionCreate, asKind(fakeComponentInteraction(), 'menu', { customId: `${TOPIC_MENU_PREFIX}1`, values: ['ask:rhia'], channelId: null, inGuild: () => false }));
    s.client.emit(Events.InteractionCreate, asKind(fakeComponentInteraction(), 'menu', { customId: 'other:1', values: ['ask:rhit'] }));
    await s.settle();
    expect(s.handle).toHaveBeenCalledTimes(1);
    expect(s.handle).toHaveBeenCalledWith({ person: 'u1', channel: 'dm-u1', surface: 'discord', shared: false }, { kind: 'action', payload: 'ask:rhia' });
  });

  it('a known command goes to its module; an unknown one is told to the person by the core', async () => {
    const s = setup();
    s.client.emit(Events.InteractionCreate, asKind(fakeCommandInteraction(), 'command', { commandName: 'help' }));
    s.client.emit(Events.InteractionCreate, asKind(fakeCommandInteraction(), 'command', { commandName: 'old-command' }));
    await s.settle();
    expect(s.handle.mock.calls.map((c) => c[1])).toEqual([
      { kind: 'command', command: { name: 'help' } },
      { kind: 'command', command: { name: 'invalid', message: PHRASES.unknownCommand('old-command') } },
    ]);
  });

  it('autocomplete of a command without it answers an empty list', async () => {
    const s = setup();
    const respond = vi.fn(async () => undefined);
    s.client.emit(Events.InteractionCreate, asKind({}, 'autocomplete', { commandName: 'help', respond, responded: false }));
    await s.settle();
    expect(respond).toHaveBeenCalledWith([]);
  });

  it('a failing button is logged and apologised for ephemerally; the handler never throws', async () => {
    const s = setup(new Error('core down'));
    const i = asKind(fakeComponentInteraction(), 'button', { customId: 'x' });
    s.client.emit(Events.InteractionCreate, i);
    await s.settle();
    expect(s.logger.entries.find((e) => e.level === 'error')).toMatchObject({ msg: 'discord: an interaction handler failed', obj: { kind: 'button' } });
    expect(i.calls).toHaveLength(1);
    expect(i.calls[0]).toMatchObject({ op: 'reply', payload: { flags: 64 } });
  });

  it('inflight holds a running handler until it finishes', async () => {
    let finish!: (r: Reply) => void;
    const s = setup();
    s.handle.mockImplementationOnce(() => new Promise<Reply>((r) => (finish = r)));
    s.client.emit(Events.InteractionCreate, asKind(fakeComponentInteraction(), 'button', { customId: 'x' }));
    expect(s.handlers.inflight.size).toBe(1);
    finish(makeReply({ id: 'b', kind: 'answer', text: 'ok' }));
    await s.settle();
    await new Promise((r) => setImmediate(r));
    expect(s.handlers.inflight.size).toBe(0);
  });
});

describe('attachLifecycleLogging', () => {
  function lifecycle(stopping = false) {
    const client = Object.assign(new EventEmitter(), { rest: new EventEmitter() });
    const logger = recordingLogger();
    const state = { stopping };
    attachLifecycleLogging(client as unknown as Client, logger, state);
    return { client, logger, state, msgs: () => logger.entries.map((e) => `${e.level}: ${e.msg}`) };
  }

  it('a lost connection is a warning; a new session after it is reported, a first ready is not', () => {
    const l = lifecycle();
    l.client.emit(Events.ShardReady, 0);
    expect(l.msgs()).toEqual([]);
    l.client.emit(Events.ShardReconnecting, 0);
    l.client.emit(Events.ShardReady, 0);
    l.client.emit(Events.ShardReady, 0);
    expect(l.msgs()).toEqual(['warn: discord: gateway connection lost; reconnecting', 'info: discord: gateway connection re-established (new session)']);
  });

  it('while stopping, reconnects and closes are expected and not reported', () => {
    const l = lifecycle(true);
    l.client.emit(Events.ShardReconnecting, 0);
    l.client.emit(Events.ShardDisconnect, { code: 1000 }, 0);
    expect(l.msgs()).toEqual([]);
    l.state.stopping = false;
    l.client.emit(Events.ShardDisconnect, { code: 4014 }, 0);
    expect(l.logger.entries).toMatchObject([{ level: 'error', obj: { code: 4014 } }]);
  });

  it('a rate limit from the REST client is a warning naming the route and the wait', () => {
    const l = lifecycle();
    l.client.rest.emit(RESTEvents.RateLimited, { route: '/channels/:id/messages', retryAfter: 1200, global: false });
    expect(l.logger.entries).toEqual([{ level: 'warn', obj: { surface: 'discord', route: '/channels/:id/messages', retryAfterMs: 1200, global: false }, msg: 'discord: rate limited by Discord' }]);
  });
});
