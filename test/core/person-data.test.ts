// person-data: rating an answer once per person, /forget-me (ask, cancel, delete) and the once-only welcome.
import { describe, expect, it } from 'vitest';
import { personKey, type Who } from '../../src/contract/index.js';
import { PHRASES } from '../../src/core/phrases.js';
import { forgetReply, rateReply, welcomeReply, type PersonDataDeps } from '../../src/core/person-data.js';
import { RecentReplies } from '../../src/core/recent.js';
import { ReviewLog } from '../../src/review/review-log.js';
import { MemoryStore } from '../../src/store/memory.js';
import { realKnowledge } from '../helpers/core.js';
import { recordingLogger } from '../helpers/logger.js';

const kb = realKnowledge();
const who: Who = { person: 'ana', channel: 'terminal', surface: 'terminal' };
const key = personKey(who.surface, who.person);

function setup() {
  const store = new MemoryStore();
  const unanswered: { text: string; reason: string; candidates: unknown[]; person: string }[] = [];
  const deps: PersonDataDeps = {
    store,
    now: () => new Date('2026-03-01T12:00:00Z'),
    recent: new RecentReplies(),
    reviewLog: new ReviewLog(kb),
    log: recordingLogger(),
    logUnanswered: async (text, reason, candidates, person) => void unanswered.push({ text, reason, candidates, person }),
  };
  return { store, deps, unanswered };
}

describe('rateReply', () => {
  it('says the answer is unknown when there is no reply id or the store does not know it', async () => {
    const { deps, store } = setup();
    expect((await rateReply(deps, key, undefined, true)).text).toBe(PHRASES.feedbackUnknown);
    expect((await rateReply(deps, key, 'gone', true)).text).toBe(PHRASES.feedbackUnknown);
    expect(await store.listFeedback()).toEqual([]);
  });

  it('records a helpful rating once, with the intent of the reply, and thanks the person', async () => {
    const { deps, store } = setup();
    await store.putReply('r1', { intent: 'rhit', at: 1 }, 10);
    const reply = await rateReply(deps, key, 'r1', true);
    expect(reply.text).toBe(PHRASES.feedbackThanks);
    expect(reply.visibility).toBe('private');
    await rateReply(deps, key, 'r1', true);
    expect(await store.listFeedback()).toEqual([{ replyId: 'r1', intent: 'rhit', helpful: true, at: '2026-03-01T12:00:00.000Z' }]);
    expect((await store.getPerson(key))?.rated).toEqual({ r1: 'up' });
  });

  it('changes the rating when the person changes their mind', async () => {
    const { deps, store } = setup();
    await store.putReply('r1', { intent: 'rhit', at: 1 }, 10);
    await rateReply(deps, key, 'r1', true);
    const reply = await rateReply(deps, key, 'r1', false);
    expect(reply.text).toBe(PHRASES.feedbackSorry);
    expect((await store.listFeedback()).map((f) => f.helpful)).toEqual([false]);
    expect((await store.getPerson(key))?.rated).toEqual({ r1: 'down' });
  });

  it('logs the question behind an unhelpful answer for review, once', async () => {
    const { deps, store, unanswered } = setup();
    await store.putReply('r1', { intent: 'rhit', at: 1 }, 10);
    deps.recent.remember('r1', { intent: 'rhit', question: 'what is the rhit', asker: key });
    await rateReply(deps, key, 'r1', false);
    await rateReply(deps, key, 'r1', false);
    expect(unanswered).toEqual([{ text: 'what is the rhit', reason: 'unhelpful', candidates: [{ intent: 'rhit', confidence: 1 }], person: key }]);
  });

  it('does not log a helpful answer for review', async () => {
    const { deps, store, unanswered } = setup();
    await store.putReply('r1', { intent: 'rhit', at: 1 }, 10);
    deps.recent.remember('r1', { intent: 'rhit', question: 'what is the rhit', asker: key });
    await rateReply(deps, key, 'r1', true);
    expect(unanswered).toEqual([]);
  });
});

describe('forgetReply', () => {
  it('asks first, with a yes and a no button, and deletes nothing', async () => {
    const { deps, store } = setup();
    await store.changePerson(key, () => ({ goals: [], done: {}, rated: {}, updatedAt: 'x' }));
    const reply = await forgetReply(deps, who, false, false);
    expect(reply.kind).toBe('forget');
    expect(reply.text).toBe(PHRASES.forgetAsk);
    expect(reply.choices.map((c) => c.action)).toEqual(['forget:confirm', 'forget:cancel']);
    expect(await store.getPerson(key)).toBeDefined();
  });

  it('cancels on the no button', async () => {
    const { deps, store } = setup();
    await store.changePerson(key, () => ({ goals: [], done: {}, rated: {}, updatedAt: 'x' }));
    expect((await forgetReply(deps, who, false, true)).text).toBe(PHRASES.forgetCancelled);
    expect(await store.getPerson(key)).toBeDefined();
  });

  it('on yes deletes the person and what the core remembers of their answers', async () => {
    const { deps, store } = setup();
    await store.changePerson(key, () => ({ goals: [], done: {}, rated: {}, updatedAt: 'x' }));
    deps.recent.remember('r1', { intent: 'rhit', question: 'what is the rhit', asker: key });
    const reply = await forgetReply(deps, who, true, true);
    expect(reply.text).toBe(PHRASES.forgetDone);
    expect(await store.getPerson(key)).toBeUndefined();
    expect(deps.recent.get('r1')).toBeUndefined();
  });

  it('says there was nothing to delete for someone never seen', async () => {
    const { deps } = setup();
    expect((await forgetReply(deps, who, true, false)).text).toBe(PHRASES.forgetNothing);
  });
});

describe('welcomeReply', () => {
  it('greets a person the first time only, and records when', async () => {
    const { deps, store } = setup();
    const greeting = kb.intents.find((i) => i.kind === 'greeting')!;
    const first = await welcomeReply(deps, kb, key);
    expect(first?.intent).toBe(greeting.id);
    expect(first?.text).toBe(greeting.answer);
    expect((await store.getPerson(key))?.welcomedAt).toBe('2026-03-01T12:00:00.000Z');
    expect(await welcomeReply(deps, kb, key)).toBeUndefined();
  });

  it('welcomes again after the person was forgotten', async () => {
    const { deps } = setup();
    await welcomeReply(deps, kb, key);
    await forgetReply(deps, who, true, false);
    expect(await welcomeReply(deps, kb, key)).toBeDefined();
  });
});

describe('what the person-data replies look like and keep', () => {
  it('every rating and forget-me reply is personal; forget-me replies are of the forget kind', async () => {
    const { deps, store } = setup();
    await store.putReply('r1', { intent: 'rhit', at: 1 }, 10);
    expect(await rateReply(deps, key, 'gone', true)).toMatchObject({ kind: 'notice', personal: true });
    expect(await rateReply(deps, key, 'r1', true)).toMatchObject({ kind: 'notice', personal: true });
    expect(await forgetReply(deps, who, false, false)).toMatchObject({ kind: 'forget', personal: true });
    expect(await forgetReply(deps, who, false, true)).toMatchObject({ kind: 'forget', personal: true, text: PHRASES.forgetCancelled });
    expect(await forgetReply(deps, who, true, false)).toMatchObject({ kind: 'forget', personal: true, text: PHRASES.forgetDone });
  });

  it('the forget-me question says what each button does', async () => {
    const { deps } = setup();
    expect((await forgetReply(deps, who, false, false)).choices).toEqual([
      { label: 'Yes, delete everything', action: 'forget:confirm' },
      { label: 'No, keep it', action: 'forget:cancel' },
    ]);
  });

  it('a forgetting is logged with the surface only, never who it was', async () => {
    const { deps } = setup();
    await forgetReply(deps, who, true, false);
    expect((deps.log as ReturnType<typeof recordingLogger>).entries).toEqual([
      { level: 'info', obj: { surface: 'terminal' }, msg: 'a person asked to be forgotten; their data was deleted' },
    ]);
  });

  it('a rating or a welcome from someone new makes an empty person with just that', async () => {
    const { deps, store } = setup();
    await store.putReply('r1', { intent: 'rhit', at: 1 }, 10);
    await rateReply(deps, key, 'r1', true);
    const at = '2026-03-01T12:00:00.000Z';
    expect(await store.getPerson(key)).toEqual({ goals: [], done: {}, rated: { r1: 'up' }, updatedAt: at });
    const other = personKey('terminal', 'bea');
    await welcomeReply(deps, kb, other);
    expect(await store.getPerson(other)).toEqual({ goals: [], done: {}, rated: {}, updatedAt: at, welcomedAt: at });
  });

  it('an unhelpful answer without an intent is logged for review without candidates', async () => {
    const { deps, store, unanswered } = setup();
    await store.putReply('r1', { intent: null, at: 1 }, 10);
    deps.recent.remember('r1', { intent: null, question: 'something odd', asker: key });
    await rateReply(deps, key, 'r1', false);
    expect(unanswered).toEqual([{ text: 'something odd', reason: 'unhelpful', candidates: [], person: key }]);
  });
});
