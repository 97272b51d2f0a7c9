// End to end, the real Bolt app against the fake Slack: "Ask ChartPath" from the shortcuts menu (a global shortcut)
// opens a modal; its submission is answered like /chartpath, in the chosen conversation or in a direct message.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ASK_GLOBAL_SHORTCUT, ASK_MODAL, QUESTION_ACTION, QUESTION_BLOCK, WHERE_ACTION, WHERE_BLOCK } from '../../../adapters/slack/ask-modal.js';
import { globalShortcut, viewSubmission } from './fake-slack.js';
import { PHRASES } from '../../../src/index.js';
import { startHarness, type Harness } from './harness.js';
import { messageProblems } from './limits.js';

type Block = Record<string, any>;
const sectionText = (blocks: unknown) => ((blocks ?? []) as Block[]).filter((b) => b.type === 'section').map((b) => b.text.text as string).join('\n');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Submits the modal with a question, and a conversation (with its response_url) when `where` is given. */
function submit(user: string, question: string, where?: { channel: string; responseId: string }) {
  return h.action(
    viewSubmission({
      user,
      callbackId: ASK_MODAL,
      values: {
        [QUESTION_BLOCK]: { [QUESTION_ACTION]: { type: 'plain_text_input', value: question } },
        [WHERE_BLOCK]: { [WHERE_ACTION]: { type: 'conversations_select', selected_conversation: where?.channel ?? null } },
      },
      responseUrls: where ? [{ block_id: WHERE_BLOCK, action_id: WHERE_ACTION, channel_id: where.channel, response_url: h.fake.responseUrl(where.responseId) }] : [],
    }),
  );
}

const dmsTo = (user: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === user);

describe('"Ask ChartPath" global shortcut', () => {
  it('opens a modal with the shortcut’s trigger_id: a question field and where to answer', async () => {
    const res = await h.action(globalShortcut({ user: 'U0GLOBAL', callbackId: ASK_GLOBAL_SHORTCUT, triggerId: '777.888.trigger' }));
    expect(res.status).toBe(200);
    const open = await h.fake.waitFor(() => h.fake.callsTo('views.open').find((c) => c.args.trigger_id === '777.888.trigger'), 5000, 'views.open');
    const view = open.args.view as Block;
    expect(view).toMatchObject({ type: 'modal', callback_id: ASK_MODAL, submit: { text: 'Ask' } });
    const inputs = (view.blocks as Block[]).filter((b) => b.type === 'input');
    expect(inputs.map((b) => [b.block_id, b.element.action_id, b.element.type])).toEqual([
      [QUESTION_BLOCK, QUESTION_ACTION, 'plain_text_input'],
      [WHERE_BLOCK, WHERE_ACTION, 'conversations_select'],
    ]);
    expect(inputs[1]).toMatchObject({ optional: true, element: { response_url_enabled: true, default_to_current_conversation: true } });
    expect(view.title.text.length).toBeLessThanOrEqual(24); // Slack's limit for a modal title
  });

  it('a submitted question with no conversation chosen: closes the modal and answers in a direct message', async () => {
    const res = await submit('U0MODALDM', 'what is the RHIT?');
    expect(res).toMatchObject({ status: 200, text: '' }); // an empty ack closes the modal
    const [dm] = await h.fake.waitFor(() => (dmsTo('U0MODALDM').length ? dmsTo('U0MODALDM') : undefined), 5000, 'the DM');
    expect(sectionText(dm!.args.blocks)).toContain('The *RHIT* is');
    expect(messageProblems(dm!.args as never)).toEqual([]);
  });

  it('with a conversation chosen: a public answer goes there for everyone, through the submission’s response_url', async () => {
    await submit('U0MODALCH', 'what is the RHIT?', { channel: 'C0MODAL', responseId: 'modal-ch' });
    const r = (await h.fake.waitFor(() => h.fake.responses.find((x) => x.id === 'modal-ch'), 5000, 'the response')).body;
    expect(r.response_type).toBe('in_channel');
    expect(sectionText(r.blocks)).toContain('The *RHIT* is');
    expect(dmsTo('U0MODALCH')).toHaveLength(0);
  });

  it('patient details in a conversation: everything only to the person (ephemeral), with the reminder, as /chartpath', async () => {
    await submit('U0MODALPHI', 'what is the RHIT? patient Jane Doe born 3/4/1975', { channel: 'C0MODAL', responseId: 'modal-phi' });
    const r = (await h.fake.waitFor(() => h.fake.responses.find((x) => x.id === 'modal-phi'), 5000, 'the response')).body;
    expect(r.response_type).toBe('ephemeral');
    expect(JSON.stringify(r)).toContain('patient information');
  });

  it('an over-long question gets the core’s notice, as /chartpath does', async () => {
    const long = `what is the RHIT? ${'and tell me more about it '.repeat(60)}`;
    expect(long.length).toBeGreaterThan(1000);
    await submit('U0MODALLONG', long);
    const dms = await h.fake.waitFor(() => (dmsTo('U0MODALLONG').length ? dmsTo('U0MODALLONG') : undefined), 5000, 'the DM');
    expect(JSON.stringify(dms.map((d) => d.args))).toContain(PHRASES.truncated(1000));
    const slash = await h.slash(`ask ${long}`, { user: 'U0SLASHLONG' });
    expect(JSON.stringify(slash.responses.map((x) => x.body))).toContain(PHRASES.truncated(1000));
  });

  it('a blank question gets the core’s prompt to ask, as /chartpath does', async () => {
    await submit('U0MODALBLANK', '   ');
    const [dm] = await h.fake.waitFor(() => (dmsTo('U0MODALBLANK').length ? dmsTo('U0MODALBLANK') : undefined), 5000, 'the DM');
    expect(dm!.args.text).toContain('Ask me anything');
  });

  it('a core failure: the person gets the same apology as /chartpath, where they asked, and it is logged', async () => {
    const ask = vi.spyOn(h.core.advisor, 'handle').mockRejectedValueOnce(new Error('boom in the modal'));
    try {
      await submit('U0MODALERR', 'what is the RHIT?', { channel: 'C0MODAL', responseId: 'modal-err' });
      const r = (await h.fake.waitFor(() => h.fake.responses.find((x) => x.id === 'modal-err'), 5000, 'the apology')).body;
      expect(r).toMatchObject({ response_type: 'ephemeral', text: PHRASES.error });
      expect(h.logs.entries.some((e) => e.level === 'error' && (e.obj as { err?: Error }).err?.message === 'boom in the modal')).toBe(true);
    } finally {
      ask.mockRestore();
    }
  });
});
