// End to end, the real Bolt app against the fake Slack: the behaviour issue 13 asked of Slack (a message shortcut,
// a welcome once, a Home tab with a way to ask and the topics, help that says how to ask, confirmations).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASK_MODAL } from '../../../adapters/slack/ask-modal.js';
import { ACTION_ASK_OPEN } from '../../../adapters/slack/blocks.js';
import { ASK_MESSAGE_SHORTCUT } from '../../../adapters/slack/handlers.js';
import { homeAction, messageShortcut } from './fake-slack.js';
import { startHarness, type Harness } from './harness.js';
import { messageProblems } from './limits.js';

type Block = Record<string, any>;
const blocksOf = (body: Record<string, unknown>) => (body.blocks ?? []) as Block[];
const sectionText = (blocks: Block[]) => blocks.filter((b) => b.type === 'section').map((b) => b.text.text as string).join('\n');
const buttonsOf = (blocks: Block[]) => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements).filter((e: Block) => e.type === 'button') as Block[];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('"Ask ChartPath" message shortcut', () => {
  it('answers the message’s text in its thread, for everyone, with rating buttons', async () => {
    await h.action(messageShortcut({ user: 'U0SHORT', channel: 'C0SHORT', text: 'what is the RHIT?', callbackId: ASK_MESSAGE_SHORTCUT, responseUrl: h.fake.responseUrl('short'), ts: '1700000060.000100' }));
    const r = (await h.fake.waitFor(() => h.fake.responses.find((x) => x.id === 'short'))).body;
    expect(r).toMatchObject({ response_type: 'in_channel', thread_ts: '1700000060.000100' });
    expect(sectionText(blocksOf(r))).toContain('The *RHIT* is');
    expect(buttonsOf(blocksOf(r)).map((b) => String(b.value)).filter((v) => v.startsWith('fb:'))).toHaveLength(2);
    expect(messageProblems(r as never)).toEqual([]);
  });

  it('a shortcut on a message with patient details: the answer in the thread, the reminder only to the person', async () => {
    await h.action(messageShortcut({ user: 'U0SHORT2', channel: 'C0SHORT', text: 'what is the RHIT? patient Jane Doe born 3/4/1975', callbackId: ASK_MESSAGE_SHORTCUT, responseUrl: h.fake.responseUrl('short-phi') }));
    const r = (await h.fake.waitFor(() => h.fake.responses.find((x) => x.id === 'short-phi'))).body;
    expect(r.response_type).toBe('ephemeral');
    expect(JSON.stringify(r)).toContain('patient information');
  });
});

describe('the Messages tab', () => {
  it('greets a person the first time they open it, and only then', async () => {
    const user = 'U0WELCOME';
    const posts = () => h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'D0WELCOME');
    await h.event({ type: 'app_home_opened', user, channel: 'D0WELCOME', tab: 'messages' });
    const [welcome] = await h.fake.waitFor(() => (posts().length ? posts() : undefined), 5000, 'the welcome');
    expect(JSON.stringify(welcome!.args.blocks)).toContain("I'm ChartPath");
    expect(buttonsOf(welcome!.args.blocks as Block[]).length).toBeGreaterThan(0);
    await h.event({ type: 'app_home_opened', user, channel: 'D0WELCOME', tab: 'messages' });
    await h.event({ type: 'app_home_opened', user, channel: 'D0WELCOME', tab: 'messages' });
    await new Promise((r) => setTimeout(r, 300));
    expect(posts()).toHaveLength(1);
  });
});

describe('the Home tab', () => {
  it('says how to ask and offers the topic browser, besides the checklist', async () => {
    const user = 'U0HOMEASK';
    await h.event({ type: 'app_home_opened', user, channel: 'D0HOMEASK', tab: 'home' });
    const call = await h.fake.waitFor(() => h.fake.callsTo('views.publish').find((c) => c.args.user_id === user), 5000, 'views.publish');
    const blocks = (call.args.view as Block).blocks as Block[];
    expect(sectionText(blocks)).toMatch(/How to ask:.*`\/chartpath`.*mention me.*direct message.*shortcut/);
    const select = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements).find((e: Block) => e.type === 'static_select');
    expect(select.option_groups.length).toBeGreaterThan(3);
    expect(select.option_groups[0].options[0].value).toMatch(/^topic:/);
  });

  it('has a way to ask right there: its "Ask a question" button opens the Ask ChartPath modal', async () => {
    const user = 'U0HOMEBTN';
    await h.event({ type: 'app_home_opened', user, channel: 'D0HOMEBTN', tab: 'home' });
    const call = await h.fake.waitFor(() => h.fake.callsTo('views.publish').find((c) => c.args.user_id === user), 5000, 'views.publish');
    const ask = buttonsOf((call.args.view as Block).blocks as Block[]).find((b) => b.action_id === ACTION_ASK_OPEN);
    expect(ask?.text.text).toBe('Ask a question');
    const opened = h.fake.callsTo('views.open').length;
    const res = await h.action(homeAction({ user, action: { type: 'button', action_id: ask!.action_id, value: ask!.value } }));
    expect(res.status).toBe(200);
    const open = await h.fake.waitFor(() => h.fake.callsTo('views.open')[opened], 5000, 'views.open');
    expect(open.args.trigger_id).toBe('1234.5678.abcdef'); // the click's own trigger_id
    expect(open.args.view).toMatchObject({ type: 'modal', callback_id: ASK_MODAL });
  });
});

describe('/chartpath help and topics', () => {
  it('help says how to ask on Slack, shows Slack’s command syntax, and is private like topics', async () => {
    const help = (await h.slash('help', { user: 'U0HELP' })).responses[0]!.body;
    expect(help.response_type).toBe('ephemeral');
    const text = sectionText(blocksOf(help));
    expect(text).toMatch(/^\*How to ask:\* `\/chartpath`/);
    expect(text).toContain('`/chartpath topics`');
    expect(text).not.toMatch(/quit|(^|[^h] )`\/topics`/m);
    const topics = (await h.slash('topics', { user: 'U0HELP2' })).responses[0]!.body;
    expect(topics.response_type).toBe('ephemeral');
  });

  it('forget-me asks first, with a danger button', async () => {
    const asked = (await h.slash('forget-me', { user: 'U0FORGET' })).responses[0]!.body;
    expect(asked.response_type).toBe('ephemeral');
    const buttons = buttonsOf(blocksOf(asked));
    expect(buttons.map((b) => b.value)).toEqual(['forget:confirm', 'forget:cancel']);
    expect(buttons[0]!.style).toBe('danger');
  });
});
