// End to end, the real discord.js client against the fake Discord: the behaviour issue 13 asked of Discord (ways to
// ask, its own command syntax, one DM note, help and topics private, forget-me asking first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASK_MESSAGE } from '../../../adapters/discord/commands/ask-message.js';
import { DM_SENT_NOTE } from '../../../adapters/discord/render.js';
import { makeAdvisor } from '../../helpers/core.js';
import { ask, terminalUser } from '../../helpers/core.js';
import { answersTo, buttons, channelPosts, embedsText, isEphemeral, newPerson, sentData, settle, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('"Ask ChartPath" on a message (message context menu)', () => {
  it('answers the message’s text like /ask, in the channel', async () => {
    const asker = newPerson(h.fake);
    const author = newPerson(h.fake);
    const sent = h.fake.messageCommand(ASK_MESSAGE, { content: 'what is the RHIT?', author }, asker);
    const [r] = await answersTo(h.fake, sent);
    const data = sentData(r!);
    expect(r!.body.type).toBe(4);
    expect(isEphemeral(data)).toBe(false);
    const expected = await ask(h.core.advisor, 'what is the RHIT?', { ...terminalUser, person: 'ctx-menu' });
    expect(data.embeds[0].title).toBe(expected.title);
    expect(buttons(data).some((b) => b.custom_id.startsWith('fb:'))).toBe(true);
  });
});

describe('Discord’s own syntax in replies', () => {
  it('an answer that names a command writes Discord’s slash command with its option, never the terminal’s text', async () => {
    const user = newPerson(h.fake);
    const sent = h.fake.slashCommand('ask', [{ type: 3, name: 'question', value: 'how do i become a medical coder' }], user);
    const [r] = await answersTo(h.fake, sent);
    const text = embedsText(sentData(r!));
    expect(text).toContain('`/checklist start goal:coder`');
    expect(text).not.toContain('`/checklist start coder`');
  });

  it('"thanks" points at the rating buttons, not at /good and /bad', async () => {
    const user = newPerson(h.fake);
    const sent = h.fake.slashCommand('ask', [{ type: 3, name: 'question', value: 'thanks!' }], user);
    const [r] = await answersTo(h.fake, sent);
    const text = JSON.stringify(sentData(r!));
    expect(text).not.toMatch(/`\/good`|`\/bad`/);
    expect(text).toContain('👍 Helpful');
  });

  it('/help says how to ask on Discord (/ask, a mention, a DM, the message menu), drops terminal-only commands, and is private like /topics', async () => {
    const user = newPerson(h.fake);
    const [help] = await answersTo(h.fake, h.fake.slashCommand('help', undefined, user));
    const data = sentData(help!);
    expect(isEphemeral(data)).toBe(true);
    const text = embedsText(data);
    expect(text).toMatch(/^\*\*How to ask:\*\* `\/ask`/);
    expect(text).toMatch(/mention me/);
    expect(text).toMatch(/direct message/);
    expect(text).toContain('Ask ChartPath');
    expect(text).not.toMatch(/\/quit|`\/good`/);
    const [topics] = await answersTo(h.fake, h.fake.slashCommand('topics', undefined, newPerson(h.fake)));
    expect(isEphemeral(sentData(topics!))).toBe(true);
  });
});

describe('/forget-me asks first', () => {
  it('nothing is deleted until "Yes"; "No" keeps everything', async () => {
    const user = newPerson(h.fake);
    await answersTo(h.fake, h.fake.slashCommand('checklist', [{ type: 1, name: 'start', options: [{ type: 3, name: 'goal', value: 'rhit' }, { type: 3, name: 'education', value: 'none' }, { type: 3, name: 'experience', value: 'none' }] }], user));
    const who = { person: user.id, channel: 'test', surface: 'discord' as const };
    const [asked] = await answersTo(h.fake, h.fake.slashCommand('forget-me', undefined, user));
    expect(isEphemeral(sentData(asked!))).toBe(true);
    expect(buttons(sentData(asked!)).map((b) => b.custom_id)).toEqual(['forget:confirm', 'forget:cancel']);
    expect(await h.core.advisor.checklist(who)).toBeDefined();
    const [no] = await answersTo(h.fake, h.fake.clickButton('forget:cancel', asked!.created, user));
    expect(no!.body.type).toBe(7); // the question is answered in place
    expect(await h.core.advisor.checklist(who)).toBeDefined();
    const [yes] = await answersTo(h.fake, h.fake.clickButton('forget:confirm', asked!.created, user));
    expect(yes!.body.type).toBe(7);
    expect(await h.core.advisor.checklist(who)).toBeUndefined();
  });
});

describe('rate-limited mentions', () => {
  let h: Harness;
  beforeAll(async () => {
    // A tight personal limit, so that a few mentions reach it.
    h = await startHarness({ advisor: makeAdvisor({ rateLimitPerMinute: 3 }) });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('go to the person’s DMs; the channel is told once, not once per mention', async () => {
    const user = newPerson(h.fake);
    const from = h.fake.requests.length;
    for (let i = 0; i < 3; i++) h.fake.guildMessage(`<@${h.fake.bot.id}> what is the RHIT?`, user, true);
    await channelPosts(h.fake, h.fake.channelId, from, 3);
    for (let i = 0; i < 5; i++) h.fake.guildMessage(`<@${h.fake.bot.id}> what is the CCA?`, user, true);
    const dms = await channelPosts(h.fake, h.fake.dmChannelOf(user.id), from, 5);
    expect(dms.every((d) => /faster than I can keep up/.test(d.body.content ?? ''))).toBe(true);
    const after = await settle(h.fake, from, 300);
    const notes = after.filter((r) => r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages` && r.body?.content === DM_SENT_NOTE);
    expect(notes).toHaveLength(1);
  });
});
