// delivery.ts: which discord.js calls carry a reply (reply, defer+edit, update, follow-ups, DMs) and when they are ephemeral.
import { DiscordAPIError, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  apologizeToInteraction,
  apologizeToMessage,
  respondToCommand,
  respondToComponent,
  respondToMessage,
  type DeliveryOptions,
} from '../../../adapters/discord/delivery.js';
import { DM_BLOCKED_NOTE, DM_SENT_NOTE, renderReply, textMessages } from '../../../adapters/discord/render.js';
import { makeReply, type Reply } from '../../../src/contract/index.js';
import { fakeCommandInteraction, fakeComponentInteraction, fakeMessage } from '../../helpers/discord-fakes.js';
import { recordingLogger } from '../../helpers/logger.js';

const EPHEMERAL = MessageFlags.Ephemeral;

// deferAfterMs 0 makes every reply "slow" (deferred first); a long wait with a settled promise makes it "quick".
function options(slow: boolean): DeliveryOptions & { logger: ReturnType<typeof recordingLogger> } {
  return { deferAfterMs: slow ? 0 : 60_000, logger: recordingLogger(), toldAboutDm: new Set() };
}

const publicAnswer = () => makeReply({ id: 'r1', kind: 'answer', text: 'A nurse practitioner needs a master’s degree.' });
const personalNotice = () => makeReply({ id: 'r2', kind: 'notice', text: 'Your data was deleted.', personal: true });
const withPrivacyWarning = () => makeReply({ id: 'r3', kind: 'answer', text: 'Here is how.', notices: ['Please leave patient details out.'], privacyWarning: true });
const panel = (): Reply => ({ ...personalNotice(), replaces: true });
const first = (r: Reply) => renderReply(r).messages[0]!;

describe('respondToCommand', () => {
  it('answers a quick public reply with one visible reply', async () => {
    const i = fakeCommandInteraction();
    await respondToCommand(i, Promise.resolve(publicAnswer()), false, options(false));
    expect(i.calls).toEqual([{ op: 'reply', payload: first(publicAnswer()) }]);
  });

  it('makes a quick personal reply ephemeral', async () => {
    const i = fakeCommandInteraction();
    await respondToCommand(i, Promise.resolve(personalNotice()), false, options(false));
    expect(i.calls).toEqual([{ op: 'reply', payload: { ...first(personalNotice()), flags: EPHEMERAL } }]);
  });

  it('defers ephemerally for a private command, then edits the deferred reply', async () => {
    const i = fakeCommandInteraction();
    await respondToCommand(i, Promise.resolve(personalNotice()), true, options(true));
    expect(i.calls.map((c) => c.op)).toEqual(['deferReply', 'editReply']);
    expect(i.calls[0]!.payload).toEqual({ flags: EPHEMERAL });
    expect(i.calls[1]!.payload.content).toBe('Your data was deleted.');
  });

  it('defers publicly for a public command and edits with explicit empty content when the reply is embeds only', async () => {
    const i = fakeCommandInteraction();
    await respondToCommand(i, Promise.resolve(publicAnswer()), false, options(true));
    expect(i.calls).toEqual([
      { op: 'deferReply', payload: {} },
      { op: 'editReply', payload: { ...first(publicAnswer()), content: '' } },
    ]);
  });

  it('replaces a public deferral whose reply turns out personal by an ephemeral follow-up', async () => {
    const i = fakeCommandInteraction();
    await respondToCommand(i, Promise.resolve(personalNotice()), false, options(true));
    expect(i.calls).toEqual([
      { op: 'deferReply', payload: {} },
      { op: 'deleteReply' },
      { op: 'followUp', payload: { ...first(personalNotice()), flags: EPHEMERAL } },
    ]);
  });

  it('the hint shapes only the deferral: a private deferral whose reply the core made public is replaced by a public follow-up', async () => {
    const i = fakeCommandInteraction();
    await respondToCommand(i, Promise.resolve(publicAnswer()), true, options(true));
    expect(i.calls).toEqual([
      { op: 'deferReply', payload: { flags: EPHEMERAL } },
      { op: 'deleteReply' },
      { op: 'followUp', payload: first(publicAnswer()) },
    ]);
  });

  it('sends privacy notices as ephemeral follow-ups after a public reply', async () => {
    const i = fakeCommandInteraction();
    await respondToCommand(i, Promise.resolve(withPrivacyWarning()), false, options(false));
    const { privateNotices } = renderReply(withPrivacyWarning());
    expect(privateNotices).toHaveLength(1);
    expect(i.calls).toEqual([
      { op: 'reply', payload: first(withPrivacyWarning()) },
      { op: 'followUp', payload: { ...privateNotices[0], flags: EPHEMERAL } },
    ]);
  });

  it('passes on a failure of the work', async () => {
    const i = fakeCommandInteraction();
    await expect(respondToCommand(i, Promise.reject(new Error('core down')), false, options(true))).rejects.toThrow('core down');
  });
});

describe('respondToComponent', () => {
  it('updates an ephemeral panel in place when the reply replaces it', async () => {
    const i = fakeComponentInteraction({ ephemeral: true });
    await respondToComponent(i, Promise.resolve(panel()), options(false));
    expect(i.calls).toEqual([{ op: 'update', payload: first(panel()) }]);
  });

  it('updates a panel in a DM in place too', async () => {
    const i = fakeComponentInteraction({ inGuild: false });
    await respondToComponent(i, Promise.resolve(panel()), options(false));
    expect(i.calls.map((c) => c.op)).toEqual(['update']);
  });

  it('after a deferred update, edits the panel', async () => {
    const i = fakeComponentInteraction({ ephemeral: true });
    await respondToComponent(i, Promise.resolve(panel()), options(true));
    expect(i.calls).toEqual([{ op: 'deferUpdate' }, { op: 'editReply', payload: first(panel()) }]);
  });

  it('never edits a public channel message: a replacing personal reply comes as a new ephemeral message', async () => {
    const i = fakeComponentInteraction({ ephemeral: false, inGuild: true });
    await respondToComponent(i, Promise.resolve(panel()), options(false));
    expect(i.calls).toEqual([{ op: 'reply', payload: { ...first(panel()), flags: EPHEMERAL } }]);
  });

  it('keeps a reply to a click on an ephemeral message ephemeral, even when the reply is public', async () => {
    const i = fakeComponentInteraction({ ephemeral: true });
    await respondToComponent(i, Promise.resolve(publicAnswer()), options(false));
    expect(i.calls).toEqual([{ op: 'reply', payload: { ...first(publicAnswer()), flags: EPHEMERAL } }]);
  });

  it('after deferring, sends a new public reply as a follow-up without flags', async () => {
    const i = fakeComponentInteraction({ ephemeral: false, inGuild: true });
    await respondToComponent(i, Promise.resolve(publicAnswer()), options(true));
    expect(i.calls).toEqual([{ op: 'deferUpdate' }, { op: 'followUp', payload: first(publicAnswer()) }]);
  });
});

describe('apologizeToInteraction', () => {
  it('replies ephemerally to an interaction not yet answered', async () => {
    const i = fakeCommandInteraction();
    await apologizeToInteraction(i, 'Something went wrong.');
    expect(i.calls).toEqual([{ op: 'reply', payload: { ...textMessages('Something went wrong.')[0], flags: EPHEMERAL } }]);
  });

  it('follows up on one already deferred or replied to', async () => {
    for (const state of [{ deferred: true }, { replied: true }]) {
      const i = fakeCommandInteraction(state);
      await apologizeToInteraction(i, 'Something went wrong.');
      expect(i.calls.map((c) => c.op)).toEqual(['followUp']);
      expect(i.calls[0]!.payload.flags).toBe(EPHEMERAL);
    }
  });
});

describe('respondToMessage', () => {
  const closedDms = () => new DiscordAPIError({ code: 50007, message: 'Cannot send messages to this user' }, 50007, 403, 'POST', 'http://127.0.0.1/api/v10/channels/9/messages', {});

  it('replies to a public answer in the channel', async () => {
    const m = fakeMessage();
    await respondToMessage(m, publicAnswer(), options(false));
    expect(m.calls).toEqual([{ op: 'reply', payload: first(publicAnswer()) }]);
  });

  it('sends a personal reply from a channel to DMs and tells the channel once per person and channel', async () => {
    const opts = options(false);
    const m = fakeMessage({ authorId: 'u7', channelId: 'c3' });
    await respondToMessage(m, personalNotice(), opts);
    expect(m.calls).toEqual([
      { op: 'dm', payload: first(personalNotice()) },
      { op: 'reply', payload: textMessages(DM_SENT_NOTE)[0] },
    ]);
    expect(opts.toldAboutDm.has('u7|c3')).toBe(true);
    await respondToMessage(m, personalNotice(), opts);
    expect(m.calls.map((c) => c.op)).toEqual(['dm', 'reply', 'dm']);
  });

  it('says each time in the channel when the DM could not be sent, without the personal content', async () => {
    const opts = options(false);
    const m = fakeMessage({ dmError: closedDms() });
    await respondToMessage(m, personalNotice(), opts);
    await respondToMessage(m, personalNotice(), opts);
    expect(m.calls).toEqual([
      { op: 'reply', payload: textMessages(DM_BLOCKED_NOTE)[0] },
      { op: 'reply', payload: textMessages(DM_BLOCKED_NOTE)[0] },
    ]);
    expect(opts.logger.entries.filter((e) => e.level === 'info')).toHaveLength(2);
    expect(opts.toldAboutDm.size).toBe(0);
  });

  it('passes on a DM failure that is not a Discord API error', async () => {
    const m = fakeMessage({ dmError: new Error('socket hang up') });
    await expect(respondToMessage(m, personalNotice(), options(false))).rejects.toThrow('socket hang up');
  });

  it('in a channel, sends privacy notices to DMs after the public reply', async () => {
    const m = fakeMessage();
    await respondToMessage(m, withPrivacyWarning(), options(false));
    expect(m.calls).toEqual([
      { op: 'reply', payload: first(withPrivacyWarning()) },
      { op: 'dm', payload: renderReply(withPrivacyWarning()).privateNotices[0] },
    ]);
  });

  it('logs, and posts nothing more, when a privacy notice cannot reach DMs', async () => {
    const opts = options(false);
    const m = fakeMessage({ dmError: closedDms() });
    await respondToMessage(m, withPrivacyWarning(), opts);
    expect(m.calls.map((c) => c.op)).toEqual(['reply']);
    expect(opts.logger.entries.map((e) => e.msg)).toEqual(['discord: could not send a privacy reminder as a direct message']);
  });

  it('in a DM, sends privacy notices as further messages in the conversation', async () => {
    const m = fakeMessage({ inGuild: false });
    await respondToMessage(m, withPrivacyWarning(), options(false));
    expect(m.calls).toEqual([
      { op: 'reply', payload: first(withPrivacyWarning()) },
      { op: 'send', payload: renderReply(withPrivacyWarning()).privateNotices[0] },
    ]);
  });

  it('in a DM, replies with a personal reply directly', async () => {
    const m = fakeMessage({ inGuild: false });
    await respondToMessage(m, personalNotice(), options(false));
    expect(m.calls).toEqual([{ op: 'reply', payload: first(personalNotice()) }]);
  });
});

describe('apologizeToMessage', () => {
  it('replies with the text', async () => {
    const m = fakeMessage();
    await apologizeToMessage(m, 'Sorry, try again.');
    expect(m.calls).toEqual([{ op: 'reply', payload: textMessages('Sorry, try again.')[0] }]);
  });
});
