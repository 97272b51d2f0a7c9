// End to end: the real adapter (startDiscord, a real discord.js Client) against a fake Discord on loopback.
// Every assertion is on what the bot actually sent to Discord's REST API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillCommandRefs, terminalSyntax, type Who } from '../../../src/contract/index.js';
import { discordSyntax } from '../../../adapters/shared/commands.js';
import { renderText } from '../../../src/terminal/render-text.js';
import { personKey } from '../../../src/contract/index.js';
import { PHRASES } from '../../../src/core/phrases.js';
import { makeReply, type Reply } from '../../../src/contract/index.js';
import { stripBotMention } from '../../../adapters/discord/bot.js';
import { DM_BLOCKED_NOTE, DM_SENT_NOTE, MAX_CONTENT, MAX_EMBED_DESCRIPTION, MAX_EMBED_TOTAL, embedLength } from '../../../adapters/discord/render.js';
import { ask, terminalUser } from '../../helpers/core.js';
import type { RecordedRequest } from './fake-discord.js';
import { answersTo, buttons, channelPosts, embedsText, isEphemeral, newPerson, sentData, settle, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const question = (value: string) => [{ type: 3, name: 'question', value }];
const sub = (name: string, options: { name: string; value: string; focused?: boolean }[] = []) => [
  { type: 1, name, options: options.map((o) => ({ type: 3, ...o })) },
];

/** Every request that carries a message the bot sent (callbacks with data, follow-ups, edits, channel posts). */
function messageRequests(from = 0): RecordedRequest[] {
  return h.fake.requests
    .slice(from)
    .filter(
      (r) =>
        (r.path.endsWith('/callback') && [4, 7].includes(r.body?.type)) ||
        (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path)) ||
        (r.method === 'PATCH' && r.path.startsWith('/webhooks/')) ||
        (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)),
    );
}

/** A person key ("discord:123") as who asks, for reading their checklist through the core's public API. */
function whoOfKey(key: string): Who {
  const [surface, ...person] = key.split(':');
  return { person: person.join(':'), channel: 'test', surface: surface as Who['surface'] };
}

describe('/ask', () => {
  it('answers with an embed (answer, sources as links, reviewed date), follow-up and feedback buttons, and no pings', async () => {
    const user = newPerson(h.fake);
    const sent = h.fake.slashCommand('ask', question('what is the RHIT'), user);
    const [r] = await answersTo(h.fake, sent);
    expect(r!.path).toBe(`/interactions/${sent.id}/${sent.token}/callback`);
    expect(r!.body.type).toBe(4);
    const data = sentData(r!);
    expect(isEphemeral(data)).toBe(false);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const expected = await ask(h.core.advisor, 'what is the RHIT', { ...terminalUser, person: 'first-test' });
    const embed = data.embeds[0];
    expect(embed.title).toBe(expected.title);
    expect(embed.description).toBe(expected.text);
    const sources = embed.fields.map((f: any) => f.value).join('\n');
    for (const s of expected.sources) {
      expect(sources).toContain(s.url ? `](${s.url})` : s.title);
    }
    expect(sources).toMatch(/^- \[AHIMA: Registered Health Information Technician \(RHIT\)\]\(https:\/\/www\.ahima\.org\//);
    expect(embed.footer.text).toBe(`Reviewed ${expected.reviewed}`);

    const ids = buttons(data).map((b) => b.custom_id);
    expect(ids.filter((id) => id.startsWith('topic:'))).toEqual(expected.suggestions.map((s) => s.action));
    const fb = ids.filter((id) => id.startsWith('fb:'));
    expect(fb).toHaveLength(2);
    const replyId = fb[0]!.split(':')[1]!;
    expect(fb).toEqual([`fb:${replyId}:up`, `fb:${replyId}:down`]);
    expect(h.core.store.data.replies[replyId]?.intent).toBe('rhit');
  });

  it('a follow-up button answers that topic in the channel', async () => {
    const user = newPerson(h.fake);
    const sent = h.fake.slashCommand('ask', question('what is the RHIT'), user);
    const [r] = await answersTo(h.fake, sent);
    const follow = buttons(sentData(r!)).find((b) => b.custom_id.startsWith('topic:'))!;
    const topicId = follow.custom_id.slice('topic:'.length);
    const click = h.fake.clickButton(follow.custom_id, r!.created, user);
    const [answer] = await answersTo(h.fake, click);
    expect(answer!.body.type).toBe(4);
    const data = sentData(answer!);
    expect(isEphemeral(data)).toBe(false);
    expect(data.embeds[0].title).toBe(h.core.advisor.kb.byId.get(topicId)!.title);
    expect(data.embeds[0].description).toBe(h.core.advisor.kb.byId.get(topicId)!.answer);
  });

  it('feedback buttons record the vote and thank the person privately', async () => {
    const user = newPerson(h.fake);
    const sent = h.fake.slashCommand('ask', question('do I need a degree to be a medical records clerk?'), user);
    const [r] = await answersTo(h.fake, sent);
    const up = buttons(sentData(r!)).find((b) => b.custom_id.endsWith(':up'))!;
    const replyId = up.custom_id.split(':')[1]!;

    const click = h.fake.clickButton(up.custom_id, r!.created, user);
    const [thanks] = await answersTo(h.fake, click);
    expect(thanks!.body.type).toBe(4);
    expect(isEphemeral(sentData(thanks!))).toBe(true);
    expect(sentData(thanks!).content).toBe(PHRASES.feedbackThanks);
    expect(h.core.store.data.feedback.find((f) => f.replyId === replyId)?.helpful).toBe(true);
    expect(h.core.store.data.people[personKey('discord', user.id)]?.rated[replyId]).toBe('up');

    const down = h.fake.clickButton(`fb:${replyId}:down`, r!.created, user);
    const [sorry] = await answersTo(h.fake, down);
    expect(sentData(sorry!).content).toBe(PHRASES.feedbackSorry);
    expect(h.core.store.data.feedback.find((f) => f.replyId === replyId)?.helpful).toBe(false);
  });

  it('works in a direct message with the bot too', async () => {
    const user = newPerson(h.fake);
    const sent = h.fake.slashCommand('ask', question('what is HIPAA'), user, 'dm');
    const [r] = await answersTo(h.fake, sent);
    expect(sentData(r!).embeds[0].description.length).toBeGreaterThan(50);
  });
});

describe('/checklist', () => {
  const plans = () => h.core.advisor.plans();

  it('has plans to work with (read from the knowledge base)', () => {
    expect(plans().length).toBeGreaterThan(0);
  });

  it('start without options offers the goals as buttons, then the profile, updating the private panel in place', async () => {
    const user = newPerson(h.fake);
    const sent = h.fake.slashCommand('checklist', sub('start'), user);
    const [r] = await answersTo(h.fake, sent);
    const data = sentData(r!);
    expect(isEphemeral(data)).toBe(true);
    const goals = buttons(data);
    expect(goals.map((b) => b.custom_id)).toEqual(plans().map((p) => `start:${p.id}`).slice(0, goals.length));
    expect(goals.length).toBe(Math.min(plans().length, 25));
    const plan = plans()[0]!;

    const c1 = h.fake.clickButton(`start:${plan.id}`, r!.created, user);
    const [u1] = await answersTo(h.fake, c1);
    expect(u1!.body.type).toBe(7); // UPDATE_MESSAGE: the panel changes in place
    const education = buttons(sentData(u1!)).map((b) => b.custom_id);
    expect(education).toContain(`start:${plan.id}:high-school`);

    const c2 = h.fake.clickButton(`start:${plan.id}:high-school`, u1!.created, user);
    const [u2] = await answersTo(h.fake, c2);
    expect(u2!.body.type).toBe(7);
    expect(buttons(sentData(u2!)).map((b) => b.custom_id)).toContain(`start:${plan.id}:high-school:office`);

    const c3 = h.fake.clickButton(`start:${plan.id}:high-school:office`, u2!.created, user);
    const [u3] = await answersTo(h.fake, c3);
    expect(u3!.body.type).toBe(7);
    const view = (await h.core.advisor.checklist({ person: user.id, channel: 'test', surface: 'discord' }))!;
    expect(view.goal.id).toBe(plan.id);
    expect(embedsText(sentData(u3!))).toContain(view.progressBar);
    expect(buttons(sentData(u3!)).filter((b) => b.custom_id.startsWith('step:')).map((b) => b.custom_id)).toEqual(
      view.steps.slice(0, 20).map((s) => `step:${s.id}:${s.done ? 'undo' : 'done'}`),
    );
  });

  it('start with options, show, done by command, toggle by button, undo, reset', async () => {
    const user = newPerson(h.fake);
    const key = personKey('discord', user.id);
    const plan = plans()[plans().length - 1]!;

    const start = h.fake.slashCommand('checklist', sub('start', [
      { name: 'goal', value: plan.id },
      { name: 'education', value: 'none' },
      { name: 'experience', value: 'none' },
    ]), user);
    const [r1] = await answersTo(h.fake, start);
    const d1 = sentData(r1!);
    expect(isEphemeral(d1)).toBe(true);
    const view = (await h.core.advisor.checklist(whoOfKey(key)))!;
    expect(view.goal.id).toBe(plan.id);
    expect(view.total).toBeGreaterThanOrEqual(2);
    expect(d1.embeds[0].title).toBe('Your checklist');
    expect(embedsText(d1)).toContain(`0/${view.total}`);
    const [s1, s2] = view.steps;

    const show = h.fake.slashCommand('checklist', sub('show'), user);
    const [r2] = await answersTo(h.fake, show);
    expect(isEphemeral(sentData(r2!))).toBe(true);
    expect(embedsText(sentData(r2!))).toContain(view.progressBar);

    const done = h.fake.slashCommand('checklist', sub('done', [{ name: 'step', value: s1!.id }]), user);
    const [r3] = await answersTo(h.fake, done);
    expect(isEphemeral(sentData(r3!))).toBe(true);
    expect(embedsText(sentData(r3!))).toContain(`1/${view.total}`);
    expect((await h.core.advisor.checklist(whoOfKey(key)))!.steps[0]!.done).toBe(true);
    const step1Button = buttons(sentData(r3!)).find((b) => b.custom_id === `step:${s1!.id}:undo`)!;
    expect(step1Button.style).toBe(3); // Success: done

    const toggle = h.fake.clickButton(`step:${s2!.id}:done`, r3!.created, user);
    const [r4] = await answersTo(h.fake, toggle);
    expect(r4!.body.type).toBe(7); // the ephemeral checklist is updated in place
    expect(embedsText(sentData(r4!))).toContain(`2/${view.total}`);
    expect((await h.core.advisor.checklist(whoOfKey(key)))!.steps[1]!.done).toBe(true);

    const undo = h.fake.slashCommand('checklist', sub('undo', [{ name: 'step', value: '1' }]), user);
    const [r5] = await answersTo(h.fake, undo);
    expect(embedsText(sentData(r5!))).toContain(`1/${view.total}`);
    expect((await h.core.advisor.checklist(whoOfKey(key)))!.steps[0]!.done).toBe(false);

    const reset = h.fake.slashCommand('checklist', sub('reset'), user);
    const [asked] = await answersTo(h.fake, reset);
    // A reset asks first; nothing changes until "Yes".
    expect(isEphemeral(sentData(asked!))).toBe(true);
    expect(buttons(sentData(asked!)).map((b) => b.custom_id)).toEqual(['reset:confirm', 'reset:cancel']);
    expect((await h.core.advisor.checklist(whoOfKey(key)))!.doneCount).toBe(1);
    const yes = h.fake.clickButton('reset:confirm', asked!.created, user);
    const [r6] = await answersTo(h.fake, yes);
    expect(r6!.body.type).toBe(7); // the question becomes the reset checklist, in place
    expect(embedsText(sentData(r6!))).toContain(`0/${view.total}`);
    expect((await h.core.advisor.checklist(whoOfKey(key)))!.doneCount).toBe(0);
  });

  it('autocompletes done/undo over the person’s own steps', async () => {
    const user = newPerson(h.fake);
    const key = personKey('discord', user.id);
    const plan = plans()[0]!;
    const start = h.fake.slashCommand('checklist', sub('start', [
      { name: 'goal', value: plan.id },
      { name: 'education', value: 'high-school' },
      { name: 'experience', value: 'office' },
    ]), user);
    await answersTo(h.fake, start);
    const view = (await h.core.advisor.checklist(whoOfKey(key)))!;
    const first = view.steps[0]!;
    const done = h.fake.slashCommand('checklist', sub('done', [{ name: 'step', value: first.id }]), user);
    await answersTo(h.fake, done);

    const ac = h.fake.autocomplete('checklist', sub('done', [{ name: 'step', value: '', focused: true }]), user);
    const [a1] = await answersTo(h.fake, ac);
    expect(a1!.body.type).toBe(8);
    const choices = a1!.body.data.choices as { name: string; value: string }[];
    expect(choices.map((c) => c.value)).toEqual(view.steps.slice(1, 26).map((s) => s.id)); // not-done steps only
    expect(choices[0]!.name).toBe(`2. ${view.steps[1]!.title}`.slice(0, 100));

    const typed = h.fake.autocomplete('checklist', sub('undo', [{ name: 'step', value: '1', focused: true }]), user);
    const [a2] = await answersTo(h.fake, typed);
    expect(a2!.body.data.choices).toEqual([{ name: `1. ${first.title} (done)`.slice(0, 100), value: first.id }]);

    const stranger = h.fake.autocomplete('checklist', sub('done', [{ name: 'step', value: '', focused: true }]), newPerson(h.fake));
    const [a3] = await answersTo(h.fake, stranger);
    expect(a3!.body.data.choices).toEqual([]);
  });
});

describe('mentions and direct messages', () => {
  it('answers a mention in a guild channel as a reply, with the bot’s mention stripped', async () => {
    const user = newPerson(h.fake);
    const from = h.fake.requests.length;
    const msg = h.fake.guildMessage(`<@${h.fake.bot.id}> what is the RHIT?`, user, true);
    const [post] = await channelPosts(h.fake, h.fake.channelId, from);
    expect(post!.body.message_reference.message_id).toBe(msg.id);
    expect(post!.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(post!.body.embeds[0].title).toMatch(/RHIT/);
    expect(buttons(post!.body).some((b) => b.custom_id.startsWith('fb:'))).toBe(true);
  });

  it('a bare mention is an empty question once the bot’s own mention is stripped (the core’s prompt)', async () => {
    const user = newPerson(h.fake);
    const from = h.fake.requests.length;
    h.fake.guildMessage(`<@${h.fake.bot.id}>`, user, true);
    const [post] = await channelPosts(h.fake, h.fake.channelId, from);
    expect(post!.body.content).toBe(PHRASES.empty);
    expect(stripBotMention(`<@${h.fake.bot.id}> what is <@!${h.fake.bot.id}> the <@&77> RHIT  `, h.fake.bot.id, ['77'])).toBe('what is the RHIT');
  });

  it('answers a mention of the bot’s own role too, and ignores messages that do not mention it', async () => {
    const user = newPerson(h.fake);
    let from = h.fake.requests.length;
    h.fake.guildMessage('what is the RHIT?', user, false);
    expect((await settle(h.fake, from)).filter((r) => r.path.startsWith('/channels/'))).toEqual([]);
    from = h.fake.requests.length;
    h.fake.guildMessage(`<@&${h.fake.botRoleId}> what is the CCA?`, user, false, { mentionRoles: [h.fake.botRoleId] });
    const [post] = await channelPosts(h.fake, h.fake.channelId, from);
    expect(post!.body.embeds[0].title).toMatch(/CCA/);
  });

  it('answers a direct message', async () => {
    const user = newPerson(h.fake);
    const from = h.fake.requests.length;
    const dm = h.fake.directMessage('do I need a degree to be a medical records clerk?', user);
    const [post] = await channelPosts(h.fake, dm.channelId, from);
    expect(post!.body.message_reference.message_id).toBe(dm.id);
    expect(post!.body.embeds[0].description.length).toBeGreaterThan(50);
  });

  it('sends a personal reply to a mention (the checklist) by DM and says so in the channel', async () => {
    const user = newPerson(h.fake);
    const from = h.fake.requests.length;
    h.fake.guildMessage(`<@${h.fake.bot.id}> show my checklist`, user, true);
    const [note] = await channelPosts(h.fake, h.fake.channelId, from);
    expect(note!.body.content).toBe(DM_SENT_NOTE);
    expect(note!.body.embeds ?? []).toEqual([]);
    const dmChannel = h.fake.dmChannelOf(user.id);
    const [dm] = await channelPosts(h.fake, dmChannel, from);
    expect(dm!.body.embeds[0].title).toMatch(/checklist/i);
    expect(buttons(dm!.body).some((b) => b.custom_id.startsWith('start:'))).toBe(true);
  });

  it('says so when the person’s DMs are closed, without showing the personal reply', async () => {
    const user = newPerson(h.fake);
    h.fake.blockDmsTo.add(user.id);
    const from = h.fake.requests.length;
    h.fake.guildMessage(`<@${h.fake.bot.id}> show my checklist`, user, true);
    const [note] = await channelPosts(h.fake, h.fake.channelId, from);
    expect(note!.body.content).toBe(DM_BLOCKED_NOTE);
    expect(note!.body.components ?? []).toEqual([]);
  });
});

describe('privacy', () => {
  const phi = 'what is the RHIT exam like? patient Jane Doe born 3/4/1975';

  it('/ask: the answer is public, the privacy reminder is an ephemeral follow-up', async () => {
    const user = newPerson(h.fake);
    const sent = h.fake.slashCommand('ask', question(phi), user);
    const [answer, notice] = await answersTo(h.fake, sent, 2);
    expect(answer!.body.type).toBe(4);
    expect(isEphemeral(sentData(answer!))).toBe(false);
    expect(embedsText(sentData(answer!))).toContain('RHIT');
    expect(JSON.stringify(sentData(answer!))).not.toContain(PHRASES.privacy.slice(0, 40));
    expect(notice!.method).toBe('POST');
    expect(isEphemeral(sentData(notice!))).toBe(true);
    expect(sentData(notice!).content).toContain(PHRASES.privacy);
  });

  it('/ask with patient details and no career question left: everything is ephemeral', async () => {
    const user = newPerson(h.fake);
    const sent = h.fake.slashCommand('ask', question('my patient John Smith DOB 01/02/1980 MRN 12345678 asked me about her chart'), user);
    const replies = await answersTo(h.fake, sent, 2);
    for (const r of replies) expect(isEphemeral(sentData(r))).toBe(true);
    expect(sentData(replies[0]!).content).toBe(PHRASES.privacyOnly);
    expect(sentData(replies[1]!).content).toContain(PHRASES.privacy);
  });

  it('a mention: the reminder goes to the person by DM; in a DM it is a separate message', async () => {
    const user = newPerson(h.fake);
    let from = h.fake.requests.length;
    h.fake.guildMessage(`<@${h.fake.bot.id}> ${phi}`, user, true);
    const [pub] = await channelPosts(h.fake, h.fake.channelId, from);
    expect(JSON.stringify(pub!.body)).not.toContain(PHRASES.privacy.slice(0, 40));
    const [dm] = await channelPosts(h.fake, h.fake.dmChannelOf(user.id), from);
    expect(dm!.body.content).toContain(PHRASES.privacy);

    from = h.fake.requests.length;
    const direct = h.fake.directMessage(phi, user);
    const [first, second] = await channelPosts(h.fake, direct.channelId, from, 2);
    expect(first!.body.embeds[0].description).toContain('RHIT');
    expect(second!.body.content).toContain(PHRASES.privacy);
  });
});

describe('no reply can ping anyone', () => {
  it('a question containing @everyone, @here and user/role mentions: allowed_mentions parse is empty, nothing resolves', async () => {
    const user = newPerson(h.fake);
    const text = `@everyone @here <@${user.id}> <@&${h.fake.guildId}> what is the RHIT?`;
    const sent = h.fake.slashCommand('ask', question(text), user);
    const [r] = await answersTo(h.fake, sent);
    expect(sentData(r!).allowed_mentions).toEqual({ parse: [], replied_user: false });

    const from = h.fake.requests.length;
    h.fake.guildMessage(`<@${h.fake.bot.id}> ${text}`, user, true, { mentionEveryone: true });
    const [post] = await channelPosts(h.fake, h.fake.channelId, from);
    expect(post!.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const all = JSON.stringify(post!.body);
    expect(all).not.toMatch(/@everyone|@here|<@/);
  });

  it('holds for every message the bot sent in this whole file', () => {
    const sent = messageRequests();
    expect(sent.length).toBeGreaterThan(20);
    for (const r of sent) {
      const data = sentData(r);
      expect(data.allowed_mentions, `${r.method} ${r.path}`).toEqual({ parse: [], replied_user: false });
    }
  });
});

describe('other commands', () => {
  it('/topics lists the groups and offers select menus that answer a topic', async () => {
    const user = newPerson(h.fake);
    const sent = h.fake.slashCommand('topics', undefined, user);
    const [r] = await answersTo(h.fake, sent);
    const data = sentData(r!);
    expect(data.embeds[0].title).toBe('Topics');
    const menus = data.components.flatMap((row: any) => row.components).filter((c: any) => c.type === 3);
    expect(menus.length).toBeGreaterThan(0);
    const option = menus[0].options[0];
    expect(option.value).toMatch(/^topic:/);
    const pick = h.fake.selectMenu(menus[0].custom_id, [option.value], r!.created, user);
    const [answer] = await answersTo(h.fake, pick);
    expect(sentData(answer!).embeds[0].title).toBe(h.core.advisor.kb.byId.get(option.value.slice(6))!.title);
  });

  it('/help shows the commands Discord has (the terminal-only /quit, /good, /bad lines are dropped)', async () => {
    const sent = h.fake.slashCommand('help', undefined, newPerson(h.fake));
    const [r] = await answersTo(h.fake, sent);
    const text = embedsText(sentData(r!));
    expect(text).toContain('/topics');
    expect(text).toContain('/checklist');
    expect(text).toContain('/forget-me');
    expect(text).not.toContain('/quit');
    expect(text).not.toContain('/good');
  });

  it('/forget-me asks to confirm with buttons, then deletes the person’s data', async () => {
    const user = newPerson(h.fake);
    const key = personKey('discord', user.id);
    const plan = h.core.advisor.plans()[0]!;
    await answersTo(h.fake, h.fake.slashCommand('checklist', sub('start', [
      { name: 'goal', value: plan.id },
      { name: 'education', value: 'none' },
      { name: 'experience', value: 'none' },
    ]), user));
    expect(h.core.store.data.people[key]).toBeDefined();

    const sent = h.fake.slashCommand('forget-me', undefined, user);
    const [r] = await answersTo(h.fake, sent);
    expect(isEphemeral(sentData(r!))).toBe(true);
    expect(embedsText(sentData(r!))).toBe(PHRASES.forgetAsk);
    const confirm = buttons(sentData(r!)).find((b) => b.custom_id === 'forget:confirm')!;
    expect(confirm.style).toBe(4); // Danger
    expect(buttons(sentData(r!)).map((b) => b.custom_id)).toContain('forget:cancel');

    const click = h.fake.clickButton('forget:confirm', r!.created, user);
    const [u] = await answersTo(h.fake, click);
    expect(u!.body.type).toBe(7);
    expect(embedsText(sentData(u!))).toBe(PHRASES.forgetDone);
    expect(sentData(u!).components).toEqual([]);
    expect(h.core.store.data.people[key]).toBeUndefined();
  });
});

describe('long replies', () => {
  it('are split into messages within Discord’s limits, buttons capped, all sent', async () => {
    const user = newPerson(h.fake);
    const advisor = h.core.advisor;
    const original = advisor.ask.bind(advisor);
    const paragraph = 'Health information technicians keep records accurate and complete. '.repeat(40);
    advisor.ask = async () =>
      makeReply({
        id: 'longreply1',
        kind: 'answer',
        title: 'T'.repeat(400),
        text: Array.from({ length: 12 }, () => paragraph).join('\n\n'),
        sources: Array.from({ length: 60 }, (_, i) => ({ title: `Source number ${i} with a long title `.repeat(3), url: `https://example.org/${'x'.repeat(80)}/${i}` })),
        suggestions: Array.from({ length: 40 }, (_, i) => ({ label: `Follow-up question ${i} `.repeat(10), action: `topic:t${i}` })),
        ratings: [
          { label: 'Helpful', action: 'fb:longreply1:up' },
          { label: 'Not helpful', action: 'fb:longreply1:down' },
        ],
        answered: true,
        reviewed: '2026-11-22',
      });
    try {
      const sent = h.fake.slashCommand('ask', question('anything'), user);
      const replies = await answersTo(h.fake, sent, 3);
      await settle(h.fake, h.fake.requests.length, 200);
      const all = h.fake.forInteraction(sent).filter((r) => r.body?.type !== 5);
      expect(all[0]!.body.type).toBe(4);
      expect(all.slice(1).every((r) => r.method === 'POST' && /^\/webhooks\//.test(r.path))).toBe(true);
      let text = '';
      for (const r of all) {
        const data = sentData(r);
        expect((data.content ?? '').length).toBeLessThanOrEqual(MAX_CONTENT);
        expect(data.embeds.length).toBeLessThanOrEqual(10);
        expect(data.embeds.reduce((n: number, e: any) => n + embedLength(e), 0)).toBeLessThanOrEqual(MAX_EMBED_TOTAL);
        for (const e of data.embeds) expect((e.description ?? '').length).toBeLessThanOrEqual(MAX_EMBED_DESCRIPTION);
        expect(data.components.length).toBeLessThanOrEqual(5);
        text += data.embeds.map((e: any) => e.description ?? '').join(' ');
      }
      expect(replies.length).toBeGreaterThanOrEqual(3);
      expect(text.match(/keep records accurate/g)?.length).toBe(12 * 40);
      const last = sentData(all[all.length - 1]!);
      expect(buttons(last).some((b) => b.custom_id === 'fb:longreply1:up')).toBe(true);
    } finally {
      advisor.ask = original;
    }
  });
});

describe('errors', () => {
  it('a throwing handler logs, apologises privately, and the next command is answered', async () => {
    const user = newPerson(h.fake);
    const advisor = h.core.advisor;
    const original = advisor.ask.bind(advisor);
    advisor.ask = async () => {
      throw new Error('boom: the advisor broke');
    };
    const errorsBefore = h.logs.filter((l) => l.level === 'error').length;
    try {
      const sent = h.fake.slashCommand('ask', question('what is the RHIT'), user);
      const [r] = await answersTo(h.fake, sent);
      expect(r!.body.type).toBe(4);
      expect(isEphemeral(sentData(r!))).toBe(true);
      expect(sentData(r!).content).toBe(PHRASES.error);

      const from = h.fake.requests.length;
      h.fake.guildMessage(`<@${h.fake.bot.id}> what is the RHIT`, user, true);
      const [post] = await channelPosts(h.fake, h.fake.channelId, from);
      expect(post!.body.content).toBe(PHRASES.error);
    } finally {
      advisor.ask = original;
    }
    const errors = h.logs.filter((l) => l.level === 'error').slice(errorsBefore);
    expect(errors.map((l) => l.msg)).toEqual(['discord: an interaction handler failed', 'discord: a message handler failed']);
    expect((errors[0]!.obj.err as Error).message).toBe('boom: the advisor broke');

    const again = h.fake.slashCommand('ask', question('what is the RHIT'), user);
    const [ok] = await answersTo(h.fake, again);
    expect(sentData(ok!).embeds[0].title).toMatch(/RHIT/);
  });

  it('a stale or forged button gets the core’s answer, not a crash', async () => {
    const user = newPerson(h.fake);
    const sent = h.fake.slashCommand('ask', question('what is the CCA'), user);
    const [r] = await answersTo(h.fake, sent);
    const click = h.fake.clickButton('nonsense:<@everyone>', r!.created, user);
    const [answer] = await answersTo(h.fake, click);
    expect(sentData(answer!).content).toBe(PHRASES.unknownAction);
    expect(isEphemeral(sentData(answer!))).toBe(true);
  });
});

describe('parity with the terminal', () => {
  const questions = [
    'what is the RHIT',
    'do I need a degree to be a medical records clerk?',
    'what does HIPAA mean for my job',
    'which certification should I get first',
    'can you diagnose my rash',
  ];
  it.each(questions)('"%s" gives the same answer text on Discord as in the terminal', async (q) => {
    // The same advisor, as the terminal uses it (surface 'terminal', another person).
    const terminal = await ask(h.core.advisor, q, { ...terminalUser, person: `parity-${q.length}` });
    const sent = h.fake.slashCommand('ask', question(q), newPerson(h.fake));
    const [r] = await answersTo(h.fake, sent);
    const data = sentData(r!);
    // The same content; only commands are written in each surface's own syntax.
    expect(embedsText(data)).toBe(fillCommandRefs(terminal.text, terminal.commands, discordSyntax));
    const plain = renderText(terminal, { color: false });
    expect(plain).toContain(fillCommandRefs(terminal.text, terminal.commands, terminalSyntax).replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1'));
    expect(buttons(data).filter((b) => !b.custom_id.startsWith('fb:')).map((b) => b.label)).toEqual(
      [...terminal.choices, ...terminal.suggestions].map((a) => a.label),
    );
    if (terminal.title) expect(data.embeds[0].title).toBe(terminal.title);
  });
});

/** Makes the advisor's method slower than deferAfterMs for the duration of `run`. */
async function slowly<T>(method: 'ask' | 'run' | 'act', run: () => Promise<T>): Promise<T> {
  const advisor = h.core.advisor as any; // shared by both bots
  const original = advisor[method];
  advisor[method] = async (...args: unknown[]): Promise<Reply> => {
    await new Promise((r) => setTimeout(r, 250));
    return original.apply(advisor, args);
  };
  try {
    return await run();
  } finally {
    advisor[method] = original;
  }
}

describe('slow work (deferReply / deferUpdate)', () => {
  // A second bot on its own fake Discord, sharing the advisor, that defers after 100 ms instead of 1.5 s.
  let slow: Harness;
  beforeAll(async () => {
    slow = await startHarness({ advisor: h.core.advisor, surface: { deferAfterMs: 100 } });
  });
  afterAll(async () => {
    await slow?.stop();
  });

  it('a fast answer is a direct reply (no deferral)', async () => {
    const sent = slow.fake.slashCommand('ask', question('what is the RHIT'), newPerson(slow.fake));
    const [r] = await answersTo(slow.fake, sent);
    expect(r!.body.type).toBe(4);
    expect(slow.fake.forInteraction(sent).some((x) => x.body?.type === 5)).toBe(false);
  });

  it('/ask: deferReply (public), then the answer edits @original', async () => {
    await slowly('ask', async () => {
      const sent = slow.fake.slashCommand('ask', question('what is the RHIT'), newPerson(slow.fake));
      const [edit] = await answersTo(slow.fake, sent);
      const calls = slow.fake.forInteraction(sent);
      expect(calls[0]!.body).toEqual({ type: 5, data: { flags: 0 } });
      expect(edit!.method).toBe('PATCH');
      expect(edit!.path).toBe(`/webhooks/${slow.fake.applicationId}/${sent.token}/messages/@original`);
      expect(edit!.body.embeds[0].title).toMatch(/RHIT/);
      expect(edit!.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    });
  });

  it('/ask whose reply is personal: the public placeholder is deleted and the reply is an ephemeral follow-up', async () => {
    await slowly('ask', async () => {
      const sent = slow.fake.slashCommand('ask', question('show my checklist'), newPerson(slow.fake));
      const [follow] = await answersTo(slow.fake, sent);
      const calls = slow.fake.forInteraction(sent).map((r) => `${r.method} ${r.body?.type ?? ''}`.trim());
      expect(calls).toEqual(['POST 5', 'DELETE', 'POST']);
      expect(follow!.path).toBe(`/webhooks/${slow.fake.applicationId}/${sent.token}`);
      expect(isEphemeral(sentData(follow!))).toBe(true);
      expect(sentData(follow!).embeds[0].title).toMatch(/checklist/i);
    });
  });

  it('/checklist: deferReply is ephemeral from the start', async () => {
    await slowly('run', async () => {
      const sent = slow.fake.slashCommand('checklist', [{ type: 1, name: 'show', options: [] }], newPerson(slow.fake));
      const [edit] = await answersTo(slow.fake, sent);
      expect(slow.fake.forInteraction(sent)[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
      expect(edit!.method).toBe('PATCH');
    });
  });

  it('a slow checklist button: deferUpdate, then the panel is edited in place', async () => {
    const user = newPerson(slow.fake);
    const plan = h.core.advisor.plans()[0]!;
    const start = slow.fake.slashCommand('checklist', [{ type: 1, name: 'start', options: [
      { type: 3, name: 'goal', value: plan.id },
      { type: 3, name: 'education', value: 'none' },
      { type: 3, name: 'experience', value: 'none' },
    ] }], user);
    const [panel] = await answersTo(slow.fake, start);
    const step = buttons(sentData(panel!)).find((b) => b.custom_id.startsWith('step:'))!;
    await slowly('act', async () => {
      const click = slow.fake.clickButton(step.custom_id, panel!.created, user);
      const [edit] = await answersTo(slow.fake, click);
      expect(slow.fake.forInteraction(click)[0]!.body).toEqual({ type: 6 });
      expect(edit!.method).toBe('PATCH');
      expect(edit!.path).toBe(`/webhooks/${slow.fake.applicationId}/${click.token}/messages/@original`);
      expect(embedsText(edit!.body)).toContain(`1/${(await h.core.advisor.checklist({ person: user.id, channel: 'test', surface: 'discord' }))!.total}`);
    });
  });

  it('a slow follow-up button on a public answer: deferUpdate, then a public follow-up message', async () => {
    const user = newPerson(slow.fake);
    const sent = slow.fake.slashCommand('ask', question('what is the RHIT'), user);
    const [answer] = await answersTo(slow.fake, sent);
    const topic = buttons(sentData(answer!)).find((b) => b.custom_id.startsWith('topic:'))!;
    await slowly('act', async () => {
      const click = slow.fake.clickButton(topic.custom_id, answer!.created, user);
      const [follow] = await answersTo(slow.fake, click);
      expect(slow.fake.forInteraction(click)[0]!.body).toEqual({ type: 6 });
      expect(follow!.method).toBe('POST');
      expect(isEphemeral(sentData(follow!))).toBe(false);
      expect(sentData(follow!).embeds[0].title).toBe(h.core.advisor.kb.byId.get(topic.custom_id.slice(6))!.title);
    });
  });
});
