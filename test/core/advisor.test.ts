// src/core/advisor.ts, the core's one entry point: what it does itself rather than through the modules it calls
// (compose, checklist, person-data...): dispatching each kind of input, never throwing, rate limits per person and per
// shared channel, the conversation context it writes and how long it is used, the privacy guard and the length limit
// on questions, which button replies replace their panel, and how often retention runs.
import { describe, expect, it } from 'vitest';
import { Advisor, type Who } from '../../src/core/advisor.js';
import { PHRASES } from '../../src/core/phrases.js';
import { MAX_INPUT_CHARS_LIMIT } from '../../src/config.js';
import { personKey } from '../../src/contract/index.js';
import { MemoryStore } from '../../src/store/memory.js';
import { newPerson } from '../../src/store/state.js';
import type { PruneRequest } from '../../src/store/port.js';
import { ask, makeAdvisor, realKnowledge, sharedUnderstanding, terminalUser } from '../helpers/core.js';
import { recordingLogger } from '../helpers/logger.js';

const RHIT = 'what is the rhit credential';

/** A memory store that counts retention runs, and can be told to fail when a context is read or written. */
class WatchedStore extends MemoryStore {
  prunes = 0;
  failContext = false;
  override async prune(request: PruneRequest) {
    this.prunes++;
    return super.prune(request);
  }
  override async getContext(key: string, now: number) {
    if (this.failContext) throw new Error('disk on fire');
    return super.getContext(key, now);
  }
  override async putContext(...args: Parameters<MemoryStore['putContext']>) {
    if (this.failContext) throw new Error('disk on fire');
    return super.putContext(...args);
  }
}

/** A clock the test moves. */
function clock(start = Date.parse('2026-05-01T10:00:00Z')) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

describe('handle: every kind of input reaches its handler', () => {
  const advisor = makeAdvisor();

  it('text is a question, a line a command, a command a command, an action a button, home the home screen', async () => {
    const text = await advisor.handle(terminalUser, { kind: 'text', text: RHIT });
    expect(text).toMatchObject({ kind: 'answer', answered: true, intent: 'rhit' });
    const line = await advisor.handle(terminalUser, { kind: 'line', text: '/topics' });
    const command = await advisor.handle(terminalUser, { kind: 'command', command: { name: 'topics' } });
    expect(line.text).toBe(command.text);
    expect(line.topics?.length).toBeGreaterThan(0);
    const action = await advisor.handle(terminalUser, { kind: 'action', payload: 'topic:rhit' });
    expect(action).toMatchObject({ kind: 'answer', intent: 'rhit', title: text.title });
    const home = await advisor.handle(terminalUser, { kind: 'home' });
    expect(home.topics?.map((g) => g.label)).toEqual(line.topics?.map((g) => g.label));
  });

  it('a strict line that is no command is an unknown command, not a question', async () => {
    const strict = await advisor.handle(terminalUser, { kind: 'line', text: '/rhit', strict: true });
    expect(strict.kind).toBe('notice');
    expect(strict.answered).toBe(false);
  });

  it('plans() lists the knowledge base\'s goals by id and title', () => {
    expect(advisor.plans()).toEqual(realKnowledge().plans.map((p) => ({ id: p.id, title: p.title })));
  });
});

describe('the last answer shown, for a rating without an id (/good, /bad)', () => {
  it.each(['terminal', 'discord', 'slack'] as const)('the core records it on %s, whatever the adapter does: a rating goes to the newest answer', async (surface) => {
    const store = new MemoryStore();
    const advisor = makeAdvisor({}, store);
    const who: Who = { person: `shown-${surface}`, channel: 'c1', surface };
    await advisor.handle(who, { kind: 'text', text: RHIT });
    const second = await advisor.handle(who, { kind: 'text', text: 'what is the cca' });
    const rated = await advisor.handle(who, { kind: 'command', command: { name: 'rate', helpful: true } });
    expect(rated.text).toBe(PHRASES.feedbackThanks);
    expect(await store.getPerson(personKey(surface, who.person))).toMatchObject({ rated: { [second.id]: 'up' } });
    // Someone else, on the same surface, has nothing to rate yet.
    const other = await advisor.handle({ ...who, person: 'nobody' }, { kind: 'command', command: { name: 'rate', helpful: true } });
    expect(other.text).toBe(PHRASES.feedbackUnknown);
  });
});

describe('forgetPeople: many people at once (a Slack workspace that removed the app)', () => {
  it('makes the person keys itself: only that surface\'s people whose id starts with the prefix go', async () => {
    const store = new MemoryStore();
    const advisor = makeAdvisor({}, store);
    const people = [personKey('slack', 'T1/U1'), personKey('slack', 'T1/U2'), personKey('slack', 'T2/U1'), personKey('discord', 'T1/U1'), personKey('terminal', 'local')];
    for (const key of people) await store.changePerson(key, () => newPerson());
    expect(await advisor.forgetPeople('slack', 'T1/')).toBe(2);
    expect(await store.getPerson(personKey('slack', 'T1/U1'))).toBeUndefined();
    expect(await store.getPerson(personKey('slack', 'T2/U1'))).toBeDefined();
    expect(await store.getPerson(personKey('discord', 'T1/U1'))).toBeDefined();
    // An empty prefix is every person of that surface, and nobody else.
    expect(await advisor.forgetPeople('slack', '')).toBe(1);
    expect(await store.getPerson(personKey('discord', 'T1/U1'))).toBeDefined();
    expect(await advisor.forgetPeople('discord', '')).toBe(1);
    expect(await store.getPerson(personKey('terminal', 'local'))).toBeDefined();
  });
});

describe('never throws', () => {
  it('a failing store: an apology for a question, a command and a button, and the error logged', async () => {
    const store = new WatchedStore();
    const logger = recordingLogger();
    const advisor = makeAdvisor({ logger }, store);
    store.failContext = true;
    expect((await ask(advisor, RHIT)).text).toBe(PHRASES.error);
    expect((await advisor.run(terminalUser, { name: 'ask', question: RHIT })).text).toBe(PHRASES.error);
    expect((await advisor.act(terminalUser, 'topic:rhit')).text).toBe(PHRASES.error);
    expect(logger.entries.map((e) => [e.level, e.msg])).toEqual([
      ['error', 'failed to answer a message'],
      ['error', 'failed to run a command'],
      ['error', 'failed to handle a button'],
    ]);
  });
});

describe('rate limits', () => {
  it('per person: the second question within the minute gets the wait, other people are not held up', async () => {
    const time = clock();
    const advisor = makeAdvisor({ rateLimitPerMinute: 1, now: time.now });
    expect((await ask(advisor, RHIT)).answered).toBe(true);
    const limited = await ask(advisor, RHIT);
    expect(limited).toMatchObject({ kind: 'notice', personal: true });
    expect(limited.text).toMatch(/^You're sending messages faster than I can keep up\. Please wait about \d+ seconds/);
    expect((await ask(advisor, RHIT, { ...terminalUser, person: 'someone-else' })).answered).toBe(true);
    time.advance(60_000);
    expect((await ask(advisor, RHIT)).answered).toBe(true);
  });

  it('per channel, only when the bot was addressed in a shared channel', async () => {
    const advisor = makeAdvisor({ channelRateLimitPerMinute: 1, now: clock().now });
    const inChannel = (person: string, shared: boolean): Who => ({ person, channel: 'C1', surface: 'slack', shared });
    expect((await ask(advisor, RHIT, inChannel('a', true))).answered).toBe(true);
    expect((await ask(advisor, RHIT, inChannel('b', true))).text).toMatch(/^This channel is asking a lot of questions at once/);
    expect((await ask(advisor, RHIT, inChannel('c', false))).answered).toBe(true);
  });
});

describe('conversation context', () => {
  it('an answer stores its topic for this person in this channel, expiring after the TTL', async () => {
    const time = clock();
    const store = new MemoryStore();
    const advisor = makeAdvisor({ now: time.now, contextTtlMs: 60_000 }, store);
    await ask(advisor, RHIT);
    const key = `${personKey('terminal', terminalUser.person)}|${terminalUser.channel}`;
    const at = time.now().getTime();
    expect(await store.getContext(key, at)).toMatchObject({ topic: 'rhit', at });
    expect(await store.getContext(`${personKey('terminal', 'other')}|${terminalUser.channel}`, at)).toBeUndefined();
    expect(await store.getContext(key, at + 60_001)).toBeUndefined();
  });

  it('a follow-up leans on the context only while it is fresh, even if the store still holds it', async () => {
    const time = clock();
    const followUp = 'how much does the exam cost';
    // Contexts written under a long TTL (a store kept from an earlier configuration), read under a short one.
    const written = async () => {
      const store = new MemoryStore();
      await makeAdvisor({ now: time.now, contextTtlMs: 3_600_000 }, store).handle(terminalUser, { kind: 'text', text: RHIT });
      return store;
    };
    const alone = await ask(makeAdvisor({ now: time.now }), followUp);
    expect(alone.intent).not.toBe('rhit');
    expect((await ask(makeAdvisor({ now: time.now, contextTtlMs: 60_000 }, await written()), followUp)).intent).toBe('rhit');
    const old = await written();
    time.advance(120_000);
    // Two minutes later the store still holds the context, but it is past this advisor's TTL: the question stands alone.
    expect((await ask(makeAdvisor({ now: time.now, contextTtlMs: 60_000 }, old), followUp)).intent).toBe(alone.intent);
  });
});

describe('privacy and length', () => {
  it('a question with patient details: answered from the scrubbed text with the reminder first; nothing of it kept', async () => {
    const store = new MemoryStore();
    const logger = recordingLogger();
    const advisor = makeAdvisor({ logger }, store);
    const reply = await ask(advisor, 'what is the rhit credential? my patient John Smith DOB 03/14/1962 MRN 88812345');
    expect(reply.privacyWarning).toBe(true);
    expect(reply.notices[0]).toBe(PHRASES.privacy);
    expect(JSON.stringify(store.data)).not.toMatch(/88812345|Smith|1962/);
    expect(JSON.stringify(logger.entries)).not.toMatch(/88812345|Smith|1962/);
    expect(logger.entries.some((e) => e.msg?.includes('looked like it carried patient details'))).toBe(true);
  });

  it('patient details and nothing answerable: the privacy-only reply', async () => {
    const reply = await ask(makeAdvisor(), 'John Smith DOB 03/14/1962 MRN 88812345');
    expect(reply.text).toBe(PHRASES.privacyOnly);
    expect(reply.notices[0]).toBe(PHRASES.privacy);
  });

  it('a long question is read up to the limit and says so; the limit itself is capped', async () => {
    const reply = await ask(makeAdvisor({ maxInputChars: 40 }), `${RHIT} ${'and more words '.repeat(20)}`);
    expect(reply.notices.at(-1)).toBe(PHRASES.truncated(40));
    const huge = await ask(makeAdvisor({ maxInputChars: MAX_INPUT_CHARS_LIMIT * 10 }), `${RHIT} ${'x '.repeat(MAX_INPUT_CHARS_LIMIT)}`);
    expect(huge.notices.at(-1)).toBe(PHRASES.truncated(MAX_INPUT_CHARS_LIMIT));
  });

  it('an empty question: the prompt to ask something, public', async () => {
    // (Its `/help` becomes a command reference the surface writes in its own syntax.)
    expect(await ask(makeAdvisor(), '   ')).toMatchObject({ kind: 'notice', text: expect.stringMatching(/^Ask me anything about careers in health information/), personal: false, visibility: 'public' });
  });
});

describe('buttons', () => {
  const STALE = /^That button doesn't work any more\./;
  const advisor = makeAdvisor();

  it('a checklist button\'s reply replaces its panel; a topic, a rating or a stale button does not', async () => {
    expect((await advisor.act(terminalUser, 'checklist')).replaces).toBe(true);
    expect((await advisor.act(terminalUser, 'topic:rhit')).replaces).toBe(false);
    const answer = await ask(advisor, RHIT);
    expect(await advisor.act(terminalUser, `fb:${answer.id}:up`)).toMatchObject({ kind: 'notice', text: PHRASES.feedbackThanks, replaces: false });
    expect(await advisor.act(terminalUser, { not: 'a payload' })).toMatchObject({ kind: 'notice', text: STALE, replaces: false });
  });

  it('a topic or part that does not exist is a stale button', async () => {
    expect((await advisor.act(terminalUser, 'topic:no-such-topic')).text).toMatch(STALE);
    expect((await advisor.act(terminalUser, 'part:rhit:99')).text).toMatch(STALE);
    const part = await advisor.act(terminalUser, 'part:rhit:0');
    expect(part).toMatchObject({ kind: 'answer', intent: 'rhit' });
  });
});

describe('housekeeping', () => {
  it('runs with the first message, then at most once an hour; force runs it anyway', async () => {
    const time = clock();
    const store = new WatchedStore();
    const advisor = new Advisor(realKnowledge(), store, { understanding: sharedUnderstanding(), now: time.now });
    await ask(advisor, RHIT);
    await advisor.run(terminalUser, { name: 'help' });
    expect(store.prunes).toBe(1);
    await advisor.housekeeping(true);
    expect(store.prunes).toBe(2);
    time.advance(60 * 60_000 - 1);
    await ask(advisor, RHIT);
    expect(store.prunes).toBe(2);
    time.advance(1);
    await ask(advisor, RHIT);
    expect(store.prunes).toBe(3);
  });
});
