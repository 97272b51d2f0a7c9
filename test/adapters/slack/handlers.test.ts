// adapters/slack/handlers.ts, unit by unit: the listeners registerHandlers() puts on a Bolt app are captured by a
// recording stand-in for App and called directly, with a scripted advisor. What is checked is the one thing this file
// decides: where a reply goes (in the channel, ephemeral, in a thread, in the DM, on the Home tab), who the core is
// told is asking, that retried deliveries are handled once, and that a failure becomes an apology, never a throw.
// The end-to-end path through Bolt and a fake Slack is covered by features.e2e.test.ts and hardening.e2e.test.ts.
import { describe, expect, it, vi } from 'vitest';
import type { App } from '@slack/bolt';
import { registerHandlers } from '../../../adapters/slack/handlers.js';
import { ACTION_STEP, allMessages, renderReply } from '../../../adapters/slack/render.js';
import { makeReply, type Reply, type Who } from '../../../src/contract/index.js';
import type { Core } from '../../../src/boot.js';
import { recordingLogger } from '../../helpers/logger.js';

type Listener = (args: Record<string, any>) => Promise<void>;

/** Records what registerHandlers registers; listeners are found by the name or id Bolt would match. */
function recordingApp() {
  // `action`: the listeners matched by pattern (the cp_ elements); `actionById`: those of one action id (ask-modal.ts).
  const on: { use: Listener[]; command: Listener[]; event: Map<string, Listener>; shortcut: Map<string, Listener>; action: Listener[]; actionById: Map<string, Listener> } = {
    use: [], command: [], event: new Map(), shortcut: new Map(), action: [], actionById: new Map(),
  };
  const app = {
    use: (fn: Listener) => void on.use.push(fn),
    command: (_match: unknown, fn: Listener) => void on.command.push(fn),
    event: (name: string, fn: Listener) => void on.event.set(name, fn),
    shortcut: (id: string, fn: Listener) => void on.shortcut.set(id, fn),
    action: (match: unknown, fn: Listener) => void (typeof match === 'string' ? on.actionById.set(match, fn) : on.action.push(fn)),
    view: () => undefined,
    error: () => undefined,
  };
  return { app: app as unknown as App, on };
}

const answer = makeReply({ id: 'a1', kind: 'answer', text: 'The RHIT is an AHIMA credential.', answered: true, intent: 'rhit' });
const personal = makeReply({ id: 'n1', kind: 'notice', text: 'Only you can see this.' });
const warned = makeReply({ id: 'w1', kind: 'answer', text: 'An answer.', privacyWarning: true, notices: ['Please do not share patient details.'] });

function setup(replies: { handle?: Reply | Error; home?: Reply; welcome?: Reply } = {}, firstTime: (id: string) => boolean = () => true) {
  const logger = recordingLogger();
  const handle = vi.fn(async (_who: Who, input: { kind: string; text?: string; payload?: string }) => {
    if (replies.handle instanceof Error) throw replies.handle;
    if (input.kind === 'home' && replies.home) return replies.home;
    return replies.handle ?? answer;
  });
  const welcome = vi.fn(async () => replies.welcome);
  const core = { advisor: { handle, welcome }, logger } as unknown as Core;
  const { app, on } = recordingApp();
  registerHandlers(app, { core, recent: { firstTime }, personOf: (context, user) => `${context.teamId}/${user}` });
  const client = {
    chat: { postMessage: vi.fn(async () => ({})), postEphemeral: vi.fn(async () => ({})) },
    views: { publish: vi.fn(async () => ({})) },
  };
  const respond = vi.fn(async (_m: Record<string, unknown>) => undefined);
  const ack = vi.fn(async () => undefined);
  const context = { teamId: 'T1' };
  return { on, handle, welcome, logger, client, respond, ack, context };
}

const texts = (calls: unknown[][]) => calls.map((c) => (c[0] as { text: string }).text);

describe('retried deliveries', () => {
  it('an event id seen before stops the chain; a new one, or a body without one, goes on', async () => {
    const seen = new Set<string>();
    const s = setup({}, (id) => !seen.has(id) && Boolean(seen.add(id)));
    const middleware = s.on.use[0]!;
    const next = vi.fn(async () => undefined);
    await middleware({ body: { event_id: 'Ev1' }, context: {}, next });
    await middleware({ body: { event_id: 'Ev1' }, context: { retryNum: 1, retryReason: 'http_timeout' }, next });
    expect(next).toHaveBeenCalledTimes(1);
    expect(s.logger.entries.some((e) => e.msg?.includes('ignored a repeated delivery') && (e.obj as { eventId?: string }).eventId === 'Ev1')).toBe(true);
    await middleware({ body: { type: 'block_actions' }, context: {}, next });
    await middleware({ body: { event_id: 'Ev2' }, context: {}, next });
    expect(next).toHaveBeenCalledTimes(3);
  });
});

describe('slash command', () => {
  const command = { command: '/chartpath', text: 'what is <@U9> the RHIT?', user_id: 'U1', channel_id: 'C1' };

  it('acknowledges, asks the core as the mapped person with Slack’s markup removed, and answers in the channel', async () => {
    const s = setup();
    await s.on.command[0]!({ command, ack: s.ack, respond: s.respond, context: s.context });
    expect(s.ack).toHaveBeenCalledTimes(1);
    expect(s.handle).toHaveBeenCalledWith({ person: 'T1/U1', channel: 'C1', surface: 'slack' }, { kind: 'line', text: 'what is the RHIT?' });
    const messages = renderReply(answer, { command: '/chartpath' }).messages;
    expect(texts(s.respond.mock.calls)).toEqual(messages.map((m) => m.text));
    expect(s.respond.mock.calls[0]![0]).toMatchObject({ response_type: 'in_channel', unfurl_links: false });
  });

  it('a private reply and one with a privacy warning are ephemeral, the warning’s notice included', async () => {
    for (const reply of [personal, warned]) {
      const s = setup({ handle: reply });
      await s.on.command[0]!({ command, ack: s.ack, respond: s.respond, context: s.context });
      expect(s.respond.mock.calls.every((c) => c[0].response_type === 'ephemeral')).toBe(true);
      expect(texts(s.respond.mock.calls)).toEqual(allMessages(renderReply(reply, { command: '/chartpath' })).map((m) => m.text));
    }
    expect(allMessages(renderReply(warned)).length).toBeGreaterThan(renderReply(warned).messages.length);
  });

  it('a failing core is logged and apologised for, ephemerally', async () => {
    const s = setup({ handle: new Error('core down') });
    await expect(s.on.command[0]!({ command, ack: s.ack, respond: s.respond, context: s.context })).resolves.toBeUndefined();
    expect(s.respond).toHaveBeenCalledTimes(1);
    expect(s.respond.mock.calls[0]![0]).toMatchObject({ response_type: 'ephemeral' });
    expect(s.logger.entries.filter((e) => e.level === 'error').map((e) => (e.obj as { handler?: string }).handler)).toEqual(['slash command']);
  });
});

describe('@mention', () => {
  const mention = { type: 'app_mention', user: 'U1', channel: 'C1', ts: '100.1', text: '<@UBOT> what is the RHIT?' };

  it('a public answer goes into a thread under the mention; the person is a shared-channel asker', async () => {
    const s = setup();
    await s.on.event.get('app_mention')!({ event: mention, client: s.client, context: s.context });
    expect(s.handle).toHaveBeenCalledWith({ person: 'T1/U1', channel: 'C1', surface: 'slack', shared: true }, { kind: 'text', text: 'what is the RHIT?' });
    expect(s.client.chat.postMessage.mock.calls[0]![0]).toMatchObject({ channel: 'C1', thread_ts: '100.1' });
    expect(s.client.chat.postEphemeral).not.toHaveBeenCalled();
  });

  it('a private reply is ephemeral, in the thread only when the mention was already in one', async () => {
    const s = setup({ handle: personal });
    await s.on.event.get('app_mention')!({ event: mention, client: s.client, context: s.context });
    await s.on.event.get('app_mention')!({ event: { ...mention, thread_ts: '90.0' }, client: s.client, context: s.context });
    expect(s.client.chat.postMessage).not.toHaveBeenCalled();
    const [top, inThread] = s.client.chat.postEphemeral.mock.calls.map((c) => c[0] as Record<string, unknown>);
    expect(top).toMatchObject({ channel: 'C1', user: 'U1' });
    expect(top).not.toHaveProperty('thread_ts');
    expect(inThread).toMatchObject({ thread_ts: '90.0' });
  });

  it('a privacy warning’s notice goes to the person only, the answer to the thread; bots are ignored', async () => {
    const s = setup({ handle: warned });
    await s.on.event.get('app_mention')!({ event: mention, client: s.client, context: s.context });
    expect(texts(s.client.chat.postEphemeral.mock.calls)).toEqual([renderReply(warned).privateNotice!.text]);
    expect(texts(s.client.chat.postMessage.mock.calls)).toEqual(renderReply(warned).messages.map((m) => m.text));

    await s.on.event.get('app_mention')!({ event: { ...mention, bot_id: 'B1' }, client: s.client, context: s.context });
    expect(s.handle).toHaveBeenCalledTimes(1);
  });
});

describe('direct message', () => {
  const dm = { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: 'hello', ts: '5.0' };

  it('answers everything in the DM (its thread when there is one); edits, bots and channel messages are not questions', async () => {
    const s = setup({ handle: warned });
    await s.on.event.get('message')!({ event: { ...dm, thread_ts: '4.0' }, client: s.client, context: s.context });
    expect(texts(s.client.chat.postMessage.mock.calls)).toEqual(allMessages(renderReply(warned)).map((m) => m.text));
    expect(s.client.chat.postMessage.mock.calls.every((c) => (c[0] as { channel: string; thread_ts?: string }).channel === 'D1' && (c[0] as { thread_ts?: string }).thread_ts === '4.0')).toBe(true);

    for (const event of [{ ...dm, subtype: 'message_changed' }, { ...dm, bot_id: 'B1' }, { ...dm, channel_type: 'channel' }]) {
      await s.on.event.get('message')!({ event, client: s.client, context: s.context });
    }
    expect(s.handle).toHaveBeenCalledTimes(1);
  });
});

describe('App Home', () => {
  it('the Messages tab gets the core’s welcome in that conversation; the Home tab is published from the core’s home', async () => {
    const welcome = makeReply({ id: 'hi', kind: 'help', text: 'Welcome to ChartPath.' });
    const home = makeReply({ id: 'h', kind: 'help', text: 'Your home page text.' });
    const s = setup({ home, welcome });
    await s.on.event.get('app_home_opened')!({ event: { user: 'U1', tab: 'messages', channel: 'D7' }, client: s.client, context: s.context });
    expect(s.welcome).toHaveBeenCalledWith({ person: 'T1/U1', channel: 'D7', surface: 'slack' });
    expect(s.client.chat.postMessage.mock.calls[0]![0]).toMatchObject({ channel: 'D7', text: expect.stringContaining('Welcome to ChartPath') });

    await s.on.event.get('app_home_opened')!({ event: { user: 'U1', tab: 'home', channel: 'D7' }, client: s.client, context: s.context });
    expect(s.handle).toHaveBeenCalledWith({ person: 'T1/U1', channel: 'home', surface: 'slack' }, { kind: 'home' });
    const published = s.client.views.publish.mock.calls[0]![0] as { user_id: string; view: unknown };
    expect(published.user_id).toBe('U1');
    expect(JSON.stringify(published.view)).toContain('Your home page text.');
  });
});

describe('message shortcut', () => {
  it('a public answer to a message goes into that message’s thread', async () => {
    const s = setup();
    const shortcut = { type: 'message_action', user: { id: 'U1' }, channel: { id: 'C1' }, message: { text: 'what is the RHIT?', ts: '7.0' } };
    await s.on.shortcut.get('chartpath_ask_message')!({ shortcut, ack: s.ack, respond: s.respond, context: s.context });
    expect(s.handle).toHaveBeenCalledWith({ person: 'T1/U1', channel: 'C1', surface: 'slack' }, { kind: 'text', text: 'what is the RHIT?' });
    expect(s.respond.mock.calls[0]![0]).toMatchObject({ response_type: 'in_channel', thread_ts: '7.0' });
  });
});

describe('buttons and menus', () => {
  const button = (value: string, extra: Record<string, unknown> = {}) => ({
    ack: vi.fn(async () => undefined),
    action: { type: 'button', action_id: 'cp_1', value },
    body: { type: 'block_actions', user: { id: 'U1' }, channel: { id: 'C1' }, container: { type: 'message', message_ts: '8.0' }, message: { ts: '8.0' }, ...extra },
  });

  it('a button’s value is the payload; a public answer goes to the clicked message’s thread', async () => {
    const s = setup();
    const b = button('ask:rhit');
    await s.on.action[0]!({ ...b, respond: s.respond, client: s.client, context: s.context });
    expect(s.handle).toHaveBeenCalledWith({ person: 'T1/U1', channel: 'C1', surface: 'slack' }, { kind: 'action', payload: 'ask:rhit' });
    expect(s.respond.mock.calls[0]![0]).toMatchObject({ response_type: 'in_channel', replace_original: false, thread_ts: '8.0' });
  });

  it('a step checkbox sends the ticked option’s value, or the block id when cleared', async () => {
    const s = setup();
    const box = (selected: { value: string }[]) => ({ ...button(''), action: { type: 'checkboxes', action_id: ACTION_STEP, block_id: 'step:s1:undo', selected_options: selected } });
    await s.on.action[0]!({ ...box([{ value: 'step:s1:done' }]), respond: s.respond, client: s.client, context: s.context });
    await s.on.action[0]!({ ...box([]), respond: s.respond, client: s.client, context: s.context });
    expect(s.handle.mock.calls.map((c) => c[1].payload)).toEqual(['step:s1:done', 'step:s1:undo']);
  });

  it('a reply that replaces its ephemeral panel replaces it in place', async () => {
    const s = setup({ handle: makeReply({ id: 'c', kind: 'notice', text: 'Checklist updated.', replaces: true, personal: true }) });
    const b = button('step:s1:done', { container: { type: 'message', is_ephemeral: true } });
    await s.on.action[0]!({ ...b, respond: s.respond, client: s.client, context: s.context });
    expect(s.respond.mock.calls[0]![0]).toMatchObject({ response_type: 'ephemeral', replace_original: true });
  });

  it('on the Home tab: a notice without choices is republished as the home’s notice; an answer goes to the DM', async () => {
    const home = { view: { type: 'home' }, container: { type: 'view' }, channel: undefined };
    const page = makeReply({ id: 'h', kind: 'help', text: 'Your home page text.' });
    const s = setup({ handle: makeReply({ id: 'n', kind: 'notice', text: 'Slow down a little.' }), home: page });
    await s.on.action[0]!({ ...button('x', home), respond: undefined, client: s.client, context: s.context });
    expect(s.handle.mock.calls.map((c) => c[0].channel)).toEqual(['home', 'home']); // the action, then the home page
    expect(s.handle.mock.calls[1]![1]).toEqual({ kind: 'home' });
    const view = JSON.stringify(s.client.views.publish.mock.calls[0]![0]);
    expect(view).toContain('Your home page text.');
    expect(view).toContain('Slow down a little.');

    const t = setup();
    await t.on.action[0]!({ ...button('ask:rhit', home), respond: undefined, client: t.client, context: t.context });
    expect(t.client.views.publish).not.toHaveBeenCalled();
    expect(t.client.chat.postMessage.mock.calls[0]![0]).toMatchObject({ channel: 'U1' });
  });

  it('on the Home tab: a checklist change republishes the whole home as the core now shows it', async () => {
    const page = makeReply({ id: 'h', kind: 'help', text: 'Your home page text.' });
    const changed = makeReply({ id: 'c', kind: 'checklist', text: 'Step done.', personal: true, checklist: {} as Reply['checklist'] });
    const s = setup({ handle: changed, home: page });
    await s.on.action[0]!({ ...button('step:s1:done', { view: { type: 'home' }, container: { type: 'view' } }), respond: undefined, client: s.client, context: s.context });
    expect(s.handle.mock.calls.map((c) => c[1].kind)).toEqual(['action', 'home']);
    expect(JSON.stringify(s.client.views.publish.mock.calls[0]![0])).toContain('Your home page text.');
  });

  it('a failure on the Home tab is apologised for in the DM, since there is nothing to respond to', async () => {
    const s = setup({ handle: new Error('boom') });
    await s.on.action[0]!({ ...button('x', { view: { type: 'home' }, container: { type: 'view' } }), respond: s.respond, client: s.client, context: s.context });
    expect(s.respond).not.toHaveBeenCalled();
    expect(s.client.chat.postMessage.mock.calls[0]![0]).toMatchObject({ channel: 'U1' });
  });
});
