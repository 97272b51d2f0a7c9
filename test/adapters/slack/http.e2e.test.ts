// End to end over HTTP: the real Bolt app on 127.0.0.1 (port 0), signed requests as Slack sends them, and a local
// fake of Slack's Web API and response_url endpoints that records what the bot sends.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FORM, homeAction, messageAction, slashCommandBody, slackSignature, textsOf, type ApiCall } from './fake-slack.js';
import { actionPayload } from '../../../src/contract/index.js';
import { personKey } from '../../../src/contract/index.js';
import { PHRASES } from '../../../src/core/phrases.js';
import { noticeReply } from '../../../src/core/compose.js';
import { loadConfig } from '../../../src/config.js';
import { startSlack } from '../../../adapters/slack/index.js';
import { ACTION_ASK_OPEN } from '../../../adapters/slack/blocks.js';
import { BOT_TOKEN, SIGNING_SECRET, startHarness, type Harness } from './harness.js';
import { controlSequences, messageProblems } from './limits.js';
import { parityTests } from './parity.js';

type Block = Record<string, any>;
const blocksOf = (body: Record<string, unknown>) => (body.blocks ?? []) as Block[];
const buttonsOf = (blocks: Block[]) => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements).filter((e: Block) => e.type === 'button') as Block[];
const sectionText = (blocks: Block[]) => blocks.filter((b) => b.type === 'section').map((b) => b.text.text as string).join('\n');
const stepBlocks = (blocks: Block[]) => blocks.filter((b) => b.type === 'section' && b.accessory?.type === 'checkboxes');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Everything the bot sent (API calls and response_url posts) must be valid Block Kit within Slack's limits. */
function expectValidPayloads(calls: ApiCall[], responses: { body: Record<string, unknown> }[]): void {
  for (const c of calls.filter((c) => c.method.startsWith('chat.'))) expect(messageProblems(c.args as never), c.method).toEqual([]);
  for (const r of responses) expect(messageProblems(r.body as never)).toEqual([]);
}

/** A person key ("slack:U1") as who asks, for reading their checklist through the core's public API. */
function whoOfKey(key: string): Who {
  const [surface, ...person] = key.split(':');
  return { person: person.join(':'), channel: 'test', surface: surface as Who['surface'] };
}

describe('requests Slack did not sign, or signed too long ago, are refused before any handler runs', () => {
  it('answers the url_verification challenge (signed)', async () => {
    const mark = h.fake.mark();
    const res = await h.post(JSON.stringify({ token: 'legacy', challenge: 'chal-3eZbrOh', type: 'url_verification' }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: 'chal-3eZbrOh' });
    expect(h.fake.since(mark).calls).toEqual([]);
  });

  it('bad signature, stale timestamp, future timestamp: 401 and nothing runs; a little clock skew is fine', async () => {
    const run = vi.spyOn(h.core.advisor, 'run');
    try {
      const body = slashCommandBody({ text: 'what is the RHIT', user_id: 'U0SIG', channel_id: 'C0SIG', response_url: h.fake.responseUrl('sig') });
      const now = Math.floor(Date.now() / 1000);
      const mark = h.fake.mark();
      expect((await h.post(body, { contentType: FORM, signature: `v0=${'0'.repeat(64)}` })).status).toBe(401);
      expect((await h.post(body, { contentType: FORM, signature: slackSignature('another-secret', now, body) })).status).toBe(401);
      expect((await h.post(body, { contentType: FORM, timestamp: now - 6 * 60 })).status).toBe(401);
      expect((await h.post(body, { contentType: FORM, timestamp: now + 6 * 60 })).status).toBe(401);
      await sleep(200);
      expect(run).not.toHaveBeenCalled();
      expect(h.fake.since(mark)).toEqual({ calls: [], responses: [] });
      // 30 seconds ahead is ordinary clock skew: accepted and answered
      expect((await h.post(body, { contentType: FORM, timestamp: now + 30 })).status).toBe(200);
      await h.fake.waitFor(() => h.fake.responses.some((r) => r.id === 'sig'));
      expect(run).toHaveBeenCalledTimes(1);
    } finally {
      run.mockRestore();
    }
  });
});

describe('the slash command', () => {
  it('/chartpath ask <question>: the answer for the channel, sources as links, reviewed date, follow-ups and feedback', async () => {
    const { status, responses } = await h.slash('ask what is the RHIT', { user: 'U0ASK' });
    expect(status).toBe(200);
    const body = responses[0]!.body;
    expect(body.response_type).toBe('in_channel');
    const blocks = blocksOf(body);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    expect(blocks[0]!.text.text).toContain('RHIT');
    expect(sectionText(blocks)).toContain('The *RHIT* is');
    expect(sectionText(blocks)).toMatch(/^• \*Who awards it:\*/m);
    expect(sectionText(blocks)).toContain('<https://www.ahima.org/certification-careers/certification-exams/rhit|AHIMA: Registered Health Information Technician (RHIT)>');
    expect(JSON.stringify(blocks)).toMatch(/Reviewed \d{4}-\d{2}-\d{2}/);
    const values = buttonsOf(blocks).map((b) => b.value as string);
    expect(values.some((v) => /^topic:[a-z0-9-]+$/.test(v))).toBe(true);
    const fb = values.filter((v) => v.startsWith('fb:'));
    expect(fb).toHaveLength(2);
    expect(fb[0]).toMatch(/^fb:[A-Za-z0-9_-]+:up$/);
    expect(fb[1]).toBe(fb[0]!.replace(/:up$/, ':down'));
    expect(typeof body.text).toBe('string');
    expect(body.text).toContain('RHIT');
    expectValidPayloads([], responses);
  });

  it('/chartpath <question> is a shortcut for ask: the same answer', async () => {
    const a = await h.slash('ask what is the RHIT', { user: 'U0SHORT' });
    const b = await h.slash('what is the RHIT', { user: 'U0SHORT2' });
    expect(sectionText(blocksOf(b.responses[0]!.body))).toBe(sectionText(blocksOf(a.responses[0]!.body)));
  });

  it('/chartpath help: for the person only, with the commands written for Slack', async () => {
    const { responses } = await h.slash('help');
    const body = responses[0]!.body;
    expect(body.response_type).toBe('ephemeral');
    const text = sectionText(blocksOf(body));
    expect(text).toContain('`/chartpath topics`');
    expect(text).toContain('`/chartpath checklist start`');
    expect(text).toContain('`/chartpath forget-me`');
    expect(text).not.toMatch(/`\/(checklist|topics|help|forget-me)/);
    expect(text).not.toContain('/quit');
  });

  it('/chartpath topics: the groups, and a menu whose options are the core payloads topic:<id>', async () => {
    const { responses } = await h.slash('topics');
    const body = responses[0]!.body;
    expect(body.response_type).toBe('ephemeral');
    const select = blocksOf(body).find((b) => b.type === 'actions')?.elements[0];
    expect(select.type).toBe('static_select');
    const values: string[] = select.option_groups.flatMap((g: Block) => g.options.map((o: Block) => o.value));
    expect(values.length).toBeGreaterThan(20);
    const kb = h.core.advisor.kb;
    for (const v of values) expect(kb.byId.get(v.replace(/^topic:/, ''))?.kind).toBe('topic');
    expectValidPayloads([], responses);
  });

  it('picking a topic from the menu answers it', async () => {
    const mark = h.fake.mark();
    await h.action(messageAction({ user: 'U0MENU', channel: 'C0MENU', ephemeral: true, responseUrl: h.fake.responseUrl('menu'), action: { type: 'static_select', action_id: 'cp_topic', selected_option: { text: { type: 'plain_text', text: 'x' }, value: 'topic:rhit' } } }));
    const r = await h.fake.waitFor(() => h.fake.since(mark).responses.find((x) => x.id === 'menu'));
    expect(sectionText(blocksOf(r.body))).toContain('The *RHIT* is');
    expect(r.body.response_type).toBe('ephemeral'); // picked from a message only this person sees
  });

  it('/chartpath forget-me asks first (privately); the confirm button deletes everything kept about the person', async () => {
    const user = 'U0FORGET';
    const key = personKey('slack', user);
    const plan = h.core.advisor.plans()[0]!;
    await h.slash(`checklist start ${plan.id} high-school none`, { user });
    expect(await h.core.advisor.checklist(whoOfKey(key))).toBeDefined();
    const { responses } = await h.slash('forget-me', { user });
    const ask = responses[0]!.body;
    expect(ask.response_type).toBe('ephemeral');
    const values = buttonsOf(blocksOf(ask)).map((b) => b.value);
    expect(values).toEqual(['forget:confirm', 'forget:cancel']);
    await h.action(messageAction({ user, channel: 'C0000001', ephemeral: true, responseUrl: h.fake.responseUrl('forget-confirm'), action: { type: 'button', action_id: 'cp_btn_0', value: 'forget:confirm' } }));
    const done = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'forget-confirm'));
    expect(done.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(String(done.body.text)).toContain("I've deleted everything");
    expect(await h.core.advisor.checklist(whoOfKey(key))).toBeUndefined();
    expect(h.core.store.data.people[key]).toBeUndefined();
  });
});

describe('the checklist flow (plans read from the knowledge base)', () => {
  it('start with buttons (goal, education, experience), then done / undo / checkbox / reset, all private', async () => {
    const user = 'U0CHECK';
    const key = personKey('slack', user);
    const plans = h.core.advisor.plans();
    expect(plans.length).toBeGreaterThan(0);
    const plan = plans[0]!;
    const click = async (value: string, id: string) => {
      await h.action(messageAction({ user, channel: 'C0000001', ephemeral: true, responseUrl: h.fake.responseUrl(id), action: { type: 'button', action_id: 'cp_btn_0', value } }));
      return (await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === id), 5000, `the answer to ${value}`)).body;
    };

    // no checklist yet: one button per plan, with the core's start payloads
    const first = (await h.slash('checklist', { user })).responses[0]!.body;
    expect(first.response_type).toBe('ephemeral');
    expect(buttonsOf(blocksOf(first)).map((b) => b.value).sort()).toEqual(plans.map((p) => actionPayload.start(p.id)).sort());

    const education = await click(actionPayload.start(plan.id), 'flow-goal');
    expect(education).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(buttonsOf(blocksOf(education)).map((b) => b.value)).toContain(actionPayload.start(plan.id, 'high-school'));
    const experience = await click(actionPayload.start(plan.id, 'high-school'), 'flow-edu');
    expect(buttonsOf(blocksOf(experience)).map((b) => b.value)).toContain(actionPayload.start(plan.id, 'high-school', 'none'));
    const list = await click(actionPayload.start(plan.id, 'high-school', 'none'), 'flow-exp');
    const view = (await h.core.advisor.checklist(whoOfKey(key)))!;
    expect(view.goal.id).toBe(plan.id);
    const steps = stepBlocks(blocksOf(list));
    expect(steps.map((b) => b.block_id)).toEqual(view.steps.map((s) => actionPayload.step(s.id, false)));
    expect(steps.every((b) => !b.accessory.initial_options)).toBe(true);
    expect(JSON.stringify(list)).toContain(view.progressBar);

    // /chartpath checklist done 1 / undo 1
    const done = (await h.slash('checklist done 1', { user })).responses[0]!.body;
    expect(done.response_type).toBe('ephemeral');
    expect(stepBlocks(blocksOf(done))[0]!.accessory.initial_options).toHaveLength(1);
    expect((await h.core.advisor.checklist(whoOfKey(key)))!.steps[0]!.done).toBe(true);
    const undone = (await h.slash('checklist undo 1', { user })).responses[0]!.body;
    expect(stepBlocks(blocksOf(undone))[0]!.accessory.initial_options).toBeUndefined();
    expect((await h.core.advisor.checklist(whoOfKey(key)))!.steps[0]!.done).toBe(false);

    // ticking the second step's checkbox marks it done, in place
    const second = view.steps[1] ?? view.steps[0]!;
    const option = { text: { type: 'plain_text', text: 'Done' }, value: actionPayload.step(second.id, true) };
    await h.action(messageAction({ user, channel: 'C0000001', ephemeral: true, responseUrl: h.fake.responseUrl('tick'), action: { type: 'checkboxes', action_id: 'cp_step', block_id: actionPayload.step(second.id, false), selected_options: [option] } }));
    const ticked = (await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'tick'))).body;
    expect(ticked).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect((await h.core.advisor.checklist(whoOfKey(key)))!.steps.find((s) => s.id === second.id)!.done).toBe(true);
    expect(stepBlocks(blocksOf(ticked)).find((b) => b.block_id === actionPayload.step(second.id, false))!.accessory.initial_options).toHaveLength(1);
    // the same (stale) tick again does not flip it back
    await h.action(messageAction({ user, channel: 'C0000001', ephemeral: true, responseUrl: h.fake.responseUrl('tick-again'), action: { type: 'checkboxes', action_id: 'cp_step', block_id: actionPayload.step(second.id, false), selected_options: [option] } }));
    await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'tick-again'));
    expect((await h.core.advisor.checklist(whoOfKey(key)))!.steps.find((s) => s.id === second.id)!.done).toBe(true);

    // reset
    // reset: it asks first (nothing changes on the question), then "Yes" resets the private panel in place
    const asked = (await h.slash('checklist reset', { user })).responses[0]!.body;
    expect(asked.response_type).toBe('ephemeral');
    expect(buttonsOf(blocksOf(asked)).map((b) => b.value)).toEqual(['reset:confirm', 'reset:cancel']);
    await h.action(messageAction({ user, channel: 'C0000001', ephemeral: true, responseUrl: h.fake.responseUrl('reset-yes'), action: { type: 'button', action_id: 'cp_btn_0', value: 'reset:confirm' } }));
    const reset = (await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'reset-yes'))).body;
    expect(reset).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(sectionText(blocksOf(reset))).toContain('reset');
    expect((await h.core.advisor.checklist(whoOfKey(key)))!.doneCount).toBe(0);

    // show
    const shown = (await h.slash('checklist show', { user })).responses[0]!.body;
    expect(stepBlocks(blocksOf(shown))).toHaveLength(view.total);
    expectValidPayloads([], [{ body: first }, { body: education }, { body: list }, { body: done }, { body: ticked }, { body: shown }]);
  });
});

describe('mentions and direct messages', () => {
  it('an @mention in a channel is answered in a thread under it, with the bot token', async () => {
    const mark = h.fake.mark();
    const res = await h.event({ type: 'app_mention', user: 'U0MENTION', text: `<@${h.fake.botUserId}> what is the RHIT?`, channel: 'C0000002', ts: '1700000100.000100' });
    expect(res.status).toBe(200);
    const call = await h.fake.waitFor(() => h.fake.since(mark).calls.find((c) => c.method === 'chat.postMessage'));
    expect(call.token).toBe(BOT_TOKEN);
    expect(call.args).toMatchObject({ channel: 'C0000002', thread_ts: '1700000100.000100' });
    expect(sectionText(blocksOf(call.args))).toContain('The *RHIT* is');
    expectValidPayloads([call], []);
  });

  it('a mention is a shared message (the per-channel limit applies); a personal reply to it goes to the person only', async () => {
    const ask = vi.spyOn(h.core.advisor, 'ask');
    // the core's answer when the channel is over its limit: a personal notice
    ask.mockResolvedValueOnce(noticeReply(PHRASES.channelRateLimited(30), { personal: true }));
    try {
      const mark = h.fake.mark();
      await h.event({ type: 'app_mention', user: 'U0BUSY', text: `<@${h.fake.botUserId}> what is HIPAA?`, channel: 'C0BUSY', ts: '1700000201.000100' });
      const notice = await h.fake.waitFor(() => h.fake.since(mark).calls.find((c) => c.method === 'chat.postEphemeral'));
      expect(ask).toHaveBeenCalledWith({ text: 'what is HIPAA?', person: 'U0BUSY', channel: 'C0BUSY', surface: 'slack', shared: true });
      expect(notice.args).toMatchObject({ channel: 'C0BUSY', user: 'U0BUSY' });
      expect(notice.args.thread_ts).toBeUndefined(); // no thread exists yet: an ephemeral there would not show
      expect(String(notice.args.text)).toContain('This channel is asking a lot of questions');
      await sleep(150);
      expect(h.fake.since(mark).calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    } finally {
      ask.mockRestore();
    }
  });

  it('a direct message is answered in the conversation; edits and bot messages are ignored', async () => {
    const mark = h.fake.mark();
    await h.event({ type: 'message', channel_type: 'im', channel: 'D0000001', user: 'U0DM', text: 'do I need a degree to be a medical records clerk?', ts: '1700000300.000100' });
    const call = await h.fake.waitFor(() => h.fake.since(mark).calls.find((c) => c.method === 'chat.postMessage'));
    expect(call.args.channel).toBe('D0000001');
    expect(call.args.thread_ts).toBeUndefined();
    expect(sectionText(blocksOf(call.args)).length).toBeGreaterThan(100);
    const mark2 = h.fake.mark();
    await h.event({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D0000001', message: { text: 'edited', user: 'U0DM' }, ts: '1700000301.000100' });
    await h.event({ type: 'message', channel_type: 'im', channel: 'D0000001', bot_id: 'B0OTHER', user: 'U0OTHERBOT', text: 'what is the RHIT', ts: '1700000302.000100' });
    await sleep(300);
    expect(h.fake.since(mark2).calls).toEqual([]);
  });

  it('a retried delivery of the same event (X-Slack-Retry-Num) is answered once', async () => {
    const mark = h.fake.mark();
    const event = { type: 'app_mention', user: 'U0RETRY', text: `<@${h.fake.botUserId}> what is the RHIT?`, channel: 'C0RETRY', ts: '1700000400.000100' };
    expect((await h.event(event, { eventId: 'Ev0RETRY1' })).status).toBe(200);
    await h.fake.waitFor(() => h.fake.since(mark).calls.some((c) => c.method === 'chat.postMessage'));
    expect((await h.event(event, { eventId: 'Ev0RETRY1', headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    expect((await h.event(event, { eventId: 'Ev0RETRY1', headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    // a different event in between is answered: the dedupe is by event_id, not by text
    await h.event(event, { eventId: 'Ev0RETRY2' });
    await h.fake.waitFor(() => h.fake.since(mark).calls.filter((c) => c.method === 'chat.postMessage').length >= 2);
    await sleep(300);
    expect(h.fake.since(mark).calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(2);
    expect(h.logs.entries.some((e) => e.msg?.includes('repeated delivery'))).toBe(true);
  });

  it('a question carrying <!channel>, <!here> or someone\'s mention cannot mention anyone in the answer', async () => {
    const mark = h.fake.mark();
    const nasty = `<@${h.fake.botUserId}> <!channel> <!here> <!subteam^S123|@nurses> <@U0VICTIM> what is the RHIT? &lt;!channel&gt; @everyone`;
    await h.event({ type: 'app_mention', user: 'U0NASTY', text: nasty, channel: 'C0NASTY', ts: '1700000500.000100' });
    await h.slash('<!channel> what is the RHIT <@U0VICTIM>', { user: 'U0NASTY' });
    await h.event({ type: 'message', channel_type: 'im', channel: 'D0NASTY', user: 'U0NASTY', text: '<!here> <!channel> hippa?', ts: '1700000501.000100' });
    await h.fake.waitFor(() => h.fake.since(mark).calls.filter((c) => c.method === 'chat.postMessage').length >= 2);
    const { calls, responses } = h.fake.since(mark);
    const sent = [...calls.filter((c) => c.method.startsWith('chat.')).map((c) => c.args), ...responses.map((r) => r.body)];
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const payload of sent) {
      for (const t of textsOf(payload)) {
        expect(controlSequences(t)).toEqual([]);
        expect(t).not.toMatch(/@(channel|here|everyone)\b/);
      }
    }
    expect(sectionText(blocksOf(calls.find((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0NASTY')!.args))).toContain('The *RHIT* is');
  });

  it('patient details in a mention: the answer in the thread, the privacy reminder only to the person', async () => {
    const mark = h.fake.mark();
    await h.event({ type: 'app_mention', user: 'U0PHI', text: `<@${h.fake.botUserId}> what is the RHIT exam? patient DOB 03/14/1961`, channel: 'C0PHI', ts: '1700000600.000100' });
    const reminder = await h.fake.waitFor(() => h.fake.since(mark).calls.find((c) => c.method === 'chat.postEphemeral'));
    expect(reminder.args).toMatchObject({ channel: 'C0PHI', user: 'U0PHI' });
    expect(String(reminder.args.text)).toContain("Please don't share patient information");
    const answer = await h.fake.waitFor(() => h.fake.since(mark).calls.find((c) => c.method === 'chat.postMessage'));
    expect(answer.args).toMatchObject({ channel: 'C0PHI', thread_ts: '1700000600.000100' });
    expect(sectionText(blocksOf(answer.args))).toContain('The *RHIT* is');
    expect(JSON.stringify(answer.args)).not.toContain('patient information here');
    expect(JSON.stringify(h.fake.since(mark).calls)).not.toContain('1961');
  });

  it('a mention that is only patient details: nothing in the channel, the reminder to the person only', async () => {
    const mark = h.fake.mark();
    await h.event({ type: 'app_mention', user: 'U0PHI2', text: `<@${h.fake.botUserId}> my patient John Smith DOB 03/14/1961 MRN 12345678`, channel: 'C0PHI', ts: '1700000601.000100' });
    await h.fake.waitFor(() => h.fake.since(mark).calls.filter((c) => c.method === 'chat.postEphemeral').length >= 2);
    await sleep(200);
    const { calls } = h.fake.since(mark);
    expect(calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    expect(calls.every((c) => c.method !== 'chat.postEphemeral' || c.args.user === 'U0PHI2')).toBe(true);
    expect(JSON.stringify(calls)).not.toMatch(/John|Smith|12345678|1961/);
  });
});

describe('buttons', () => {
  it('a follow-up button on an answer in a channel: the new answer goes to the channel, in the answer\'s thread', async () => {
    const mark = h.fake.mark();
    await h.action(messageAction({ user: 'U0FOLLOW', channel: 'C0FOLLOW', messageTs: '1700000700.000100', responseUrl: h.fake.responseUrl('follow'), action: { type: 'button', action_id: 'cp_btn_0', value: 'topic:rhit' } }));
    const r = await h.fake.waitFor(() => h.fake.since(mark).responses.find((x) => x.id === 'follow'));
    expect(r.body).toMatchObject({ response_type: 'in_channel', replace_original: false, thread_ts: '1700000700.000100' });
    expect(sectionText(blocksOf(r.body))).toContain('The *RHIT* is');
  });

  it('in a direct message the checklist is an ordinary message: a checkbox updates it in place', async () => {
    const user = 'U0DMCHECK';
    const plan = h.core.advisor.plans()[0]!;
    await h.slash(`checklist start ${plan.id} bachelor office`, { user });
    const step = (await h.core.advisor.checklist({ person: user, channel: 'test', surface: 'slack' }))!.steps[0]!;
    const option = { text: { type: 'plain_text', text: 'Done' }, value: actionPayload.step(step.id, true) };
    await h.action(messageAction({ user, channel: 'D0DMCHECK', responseUrl: h.fake.responseUrl('dm-tick'), action: { type: 'checkboxes', action_id: 'cp_step', block_id: actionPayload.step(step.id, false), selected_options: [option] } }));
    const r = (await h.fake.waitFor(() => h.fake.responses.find((x) => x.id === 'dm-tick'))).body;
    expect(r).toMatchObject({ replace_original: true, response_type: 'in_channel' });
    expect(r.thread_ts).toBeUndefined();
    expect((await h.core.advisor.checklist({ person: user, channel: 'test', surface: 'slack' }))!.steps[0]!.done).toBe(true);
  });

  it('feedback buttons record the rating and thank the person privately', async () => {
    const { responses } = await h.slash('ask what is the RHIT', { user: 'U0RATE' });
    const up = buttonsOf(blocksOf(responses[0]!.body)).find((b) => String(b.value).endsWith(':up'))!;
    const replyId = String(up.value).split(':')[1]!;
    await h.action(messageAction({ user: 'U0RATE', channel: 'C0000001', responseUrl: h.fake.responseUrl('rate-up'), action: { type: 'button', action_id: up.action_id, value: up.value } }));
    const thanks = (await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'rate-up'))).body;
    expect(thanks).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(thanks.text)).toContain(PHRASES.feedbackThanks.slice(0, 20));
    expect(h.core.store.data.feedback.find((f) => f.replyId === replyId)).toMatchObject({ helpful: true, intent: 'rhit' });
    expect(h.core.store.data.people[personKey('slack', 'U0RATE')]?.rated[replyId]).toBe('up');
    // and "not helpful" changes it
    await h.action(messageAction({ user: 'U0RATE', channel: 'C0000001', responseUrl: h.fake.responseUrl('rate-down'), action: { type: 'button', action_id: 'cp_btn_9', value: `fb:${replyId}:down` } }));
    await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'rate-down'));
    expect(h.core.store.data.feedback.find((f) => f.replyId === replyId)?.helpful).toBe(false);
  });
});

describe('the App Home tab', () => {
  it('shows how to start a checklist, then the checklist; its checkboxes and buttons drive the core', async () => {
    const user = 'U0HOME';
    const key = personKey('slack', user);
    const plans = h.core.advisor.plans();
    const publishes = () => h.fake.callsTo('views.publish').filter((c) => c.args.user_id === user);
    const published = async (n: number) => (await h.fake.waitFor(() => publishes()[n - 1], 5000, `views.publish #${n}`)).args.view as Block;

    // opened with no checklist: buttons to start one, one per plan
    await h.event({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home' });
    const empty = await published(1);
    expect(empty.type).toBe('home');
    // (the core's buttons: the Home tab's own "Ask a question" button opens a modal and carries no core payload)
    expect(buttonsOf(empty.blocks).filter((b) => b.action_id !== ACTION_ASK_OPEN).map((b) => b.value).sort()).toEqual(plans.map((p) => actionPayload.start(p.id)).sort());
    // the messages tab does not publish
    await h.event({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'messages' });

    // start the plan with the home tab's buttons
    const plan = plans.at(-1)!;
    await h.action(homeAction({ user, action: { type: 'button', action_id: 'cp_btn_0', value: actionPayload.start(plan.id) } }));
    const edu = await published(2);
    expect(buttonsOf(edu.blocks).map((b) => b.value)).toContain(actionPayload.start(plan.id, 'associate'));
    await h.action(homeAction({ user, action: { type: 'button', action_id: 'cp_btn_0', value: actionPayload.start(plan.id, 'associate') } }));
    await published(3);
    await h.action(homeAction({ user, action: { type: 'button', action_id: 'cp_btn_0', value: actionPayload.start(plan.id, 'associate', 'healthcare') } }));
    const list = await published(4);
    const view = (await h.core.advisor.checklist(whoOfKey(key)))!;
    expect(view.goal.id).toBe(plan.id);
    expect(stepBlocks(list.blocks).map((b) => b.block_id)).toEqual(view.steps.map((s) => actionPayload.step(s.id, false)));

    // tick the first step in the home tab
    const step = view.steps[0]!;
    const option = { text: { type: 'plain_text', text: 'Done' }, value: actionPayload.step(step.id, true) };
    await h.action(homeAction({ user, blocks: list.blocks, action: { type: 'checkboxes', action_id: 'cp_step', block_id: actionPayload.step(step.id, false), selected_options: [option] } }));
    const ticked = await published(5);
    expect(stepBlocks(ticked.blocks)[0]!.accessory.initial_options).toHaveLength(1);
    expect((await h.core.advisor.checklist(whoOfKey(key)))!.steps[0]!.done).toBe(true);
    // untick it
    await h.action(homeAction({ user, blocks: ticked.blocks, action: { type: 'checkboxes', action_id: 'cp_step', block_id: actionPayload.step(step.id, false), selected_options: [] } }));
    const unticked = await published(6);
    expect(stepBlocks(unticked.blocks)[0]!.accessory.initial_options).toBeUndefined();
    expect((await h.core.advisor.checklist(whoOfKey(key)))!.steps[0]!.done).toBe(false);

    // opening the tab again shows the same checklist
    await h.event({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home' });
    const reopened = await published(7);
    expect(stepBlocks(reopened.blocks).map((b) => b.block_id)).toEqual(view.steps.map((s) => actionPayload.step(s.id, false)));

    // a "learn more" topic button in the home tab is answered in the app's DM with the person
    const learn = buttonsOf(reopened.blocks).find((b) => String(b.value).startsWith('topic:'));
    if (learn) {
      const mark = h.fake.mark();
      await h.action(homeAction({ user, action: { type: 'button', action_id: learn.action_id, value: learn.value } }));
      const dm = await h.fake.waitFor(() => h.fake.since(mark).calls.find((c) => c.method === 'chat.postMessage'));
      expect(dm.args.channel).toBe(user);
    }
    for (const c of publishes()) expect(JSON.stringify(c.args.view).length).toBeLessThan(250_000);
  });
});

describe('failures', () => {
  it('a handler that throws: the person gets a short apology (ephemeral), the error is logged, the app keeps answering', async () => {
    const run = vi.spyOn(h.core.advisor, 'run').mockRejectedValueOnce(new Error('boom in the core'));
    const ask = vi.spyOn(h.core.advisor, 'ask').mockRejectedValueOnce(new Error('boom again'));
    try {
      const { responses } = await h.slash('ask what is the RHIT', { user: 'U0ERR' });
      expect(responses[0]!.body).toMatchObject({ response_type: 'ephemeral', text: PHRASES.error });
      const mark = h.fake.mark();
      await h.event({ type: 'app_mention', user: 'U0ERR', text: `<@${h.fake.botUserId}> what is the RHIT?`, channel: 'C0ERR', ts: '1700000800.000100' });
      const apology = await h.fake.waitFor(() => h.fake.since(mark).calls.find((c) => c.method === 'chat.postEphemeral'));
      expect(apology.args).toMatchObject({ channel: 'C0ERR', user: 'U0ERR', text: PHRASES.error });
      const errors = h.logs.entries.filter((e) => e.level === 'error');
      expect(errors.some((e) => (e.obj as { err?: Error }).err?.message === 'boom in the core')).toBe(true);
      expect(errors.some((e) => (e.obj as { err?: Error }).err?.message === 'boom again')).toBe(true);
      // the Home tab: the apology is published there
      const show = vi.spyOn(h.core.advisor.checklists, 'show').mockImplementationOnce(() => {
        throw new Error('boom in the home tab');
      });
      await h.event({ type: 'app_home_opened', user: 'U0ERRHOME', channel: 'D0ERRHOME', tab: 'home' });
      const home = await h.fake.waitFor(() => h.fake.callsTo('views.publish').find((c) => c.args.user_id === 'U0ERRHOME'));
      expect(JSON.stringify(home.args.view)).toContain(PHRASES.error.slice(0, 30));
      show.mockRestore();
      // still alive
      const again = await h.slash('ask what is the RHIT', { user: 'U0ERR' });
      expect(sectionText(blocksOf(again.responses[0]!.body))).toContain('The *RHIT* is');
    } finally {
      run.mockRestore();
      ask.mockRestore();
    }
  });

  it('never logs what people wrote', () => {
    const logged = JSON.stringify(h.logs.entries);
    expect(logged).not.toMatch(/what is the RHIT|medical records clerk|John Smith|hippa/i);
    expect(logged).not.toContain(BOT_TOKEN);
    expect(logged).not.toContain(SIGNING_SECRET);
  });
});

describe('start-up and shutdown', () => {
  const configFor = (env: Record<string, string>) => loadConfig({ SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', SLACK_API_URL: h.fake.apiUrl, ...env });
  const opts = { host: '127.0.0.1', port: 0, clientOptions: { retryConfig: { retries: 0 } } };

  it('a token Slack rejects fails start-up with a clear message (auth.test through SLACK_API_URL)', async () => {
    const mark = h.fake.mark();
    await expect(startSlack({ ...h.core, config: configFor({ SLACK_BOT_TOKEN: 'xoxb-invalid-revoked' }) }, opts)).rejects.toThrow(
      /Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)\. Use the app's Bot User OAuth Token/,
    );
    expect(h.fake.since(mark).calls.map((c) => c.method)).toEqual(['auth.test']);
  });

  it('an unreachable Web API fails start-up with a clear message', async () => {
    await expect(startSlack({ ...h.core, config: configFor({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: 'http://127.0.0.1:9/api/' }) }, opts)).rejects.toThrow(
      /Could not reach Slack's Web API at http:\/\/127\.0\.0\.1:9\/api\/ to check SLACK_BOT_TOKEN/,
    );
  });

  it('without Slack settings start-up says which variables to set', async () => {
    await expect(startSlack({ ...h.core, config: loadConfig({}) }, opts)).rejects.toThrow(/SLACK_BOT_TOKEN.*SLACK_APP_TOKEN.*SLACK_SIGNING_SECRET/);
  });

  it('serves a health check, and stop() closes the server (twice is fine)', async () => {
    const surface = await startSlack({ ...h.core, config: configFor({ SLACK_BOT_TOKEN: BOT_TOKEN }) }, opts);
    expect(surface.mode).toBe('http');
    expect(surface.address!.host).toBe('127.0.0.1');
    expect(surface.address!.port).toBeGreaterThan(0);
    const health = await fetch(`http://127.0.0.1:${surface.address!.port}/healthz`);
    expect(health.status).toBe(200);
    await surface.stop();
    await surface.stop();
    await expect(fetch(surface.address!.url, { method: 'POST', body: '{}' })).rejects.toThrow();
  });
});

parityTests(() => h);
