// src/core/advisor.ts, the core's one entry point: what it does itself rather than through the modules it calls
// (compose, checklist, person-data...): dispatching each kind of input, never throwing, rate limits per person and per
// shared channel, the conversation context it writes and how long it is used, the privacy guard and the length limit
// on questions, which button replies replace their panel, and how often retention runs.
import { describe, expect, it } from 'vitest';
import { Advisor, type Who } from '../../src/core/advisor.js';
import { PHRASES } from '../../src/core/phrases.js';
import { MAX_INPUT_CHARS_LIMIT } from '../../src/config.js';
import { fillCommandRefs, personKey, terminalSyntax } from '../../src/contract/index.js';
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

describe('commands, buttons and the last answer, through the advisor', () => {
  const who = (person: string): Who => ({ person, channel: 'c', surface: 'terminal' });

  it('a line that is no command is a question when not strict', async () => {
    expect(await makeAdvisor().handle(terminalUser, { kind: 'line', text: RHIT })).toMatchObject({ kind: 'answer', intent: 'rhit' });
  });

  it('only a ratable reply becomes the last answer: /good after /topics and /help rates the answer before them', async () => {
    const store = new MemoryStore();
    const advisor = makeAdvisor({}, store);
    const me = who('last-ratable');
    const answer = await advisor.handle(me, { kind: 'text', text: RHIT });
    await advisor.handle(me, { kind: 'line', text: '/topics' });
    await advisor.handle(me, { kind: 'line', text: '/help' });
    expect((await advisor.handle(me, { kind: 'line', text: '/good' })).text).toBe(PHRASES.feedbackThanks);
    expect((await store.getPerson(personKey('terminal', me.person)))?.rated).toEqual({ [answer.id]: 'up' });
  });

  it('a command carrying patient details gets the privacy reply, logged by kind only, and is not carried out', async () => {
    const logger = recordingLogger();
    const advisor = makeAdvisor({ logger });
    const reply = await advisor.run(terminalUser, { name: 'checklist-start', words: ['rhit', 'John', 'Smith', 'DOB', '03/14/1962', 'MRN', '88812345'] });
    expect(reply).toMatchObject({ kind: 'notice', text: PHRASES.privacyOnly, privacyWarning: true });
    expect(logger.entries.map((e) => e.msg)).toEqual(['command looked like it carried patient details; reminded and kept nothing']);
    expect(JSON.stringify(logger.entries)).not.toMatch(/Smith|88812345/);
  });

  it('checklist commands: start from typed words or from fields, done and undo a step, reset only once confirmed', async () => {
    const advisor = makeAdvisor({}, new MemoryStore());
    const goal = advisor.plans()[0]!.id;
    const me = who('commands');
    expect(await advisor.checklist(me)).toBeUndefined();
    const started = await advisor.run(me, { name: 'checklist-start', words: [goal, 'high-school', 'none'] });
    expect(started.checklist?.goal.id).toBe(goal);
    expect((await advisor.checklist(me))?.goal.id).toBe(goal);
    const fields = await advisor.run(who('fields'), { name: 'checklist-start', goal, education: 'bachelor', experience: 'office' });
    expect(fields.checklist?.goal.id).toBe(goal);
    expect((await advisor.run(me, { name: 'checklist-done', step: '1' })).checklist?.steps[0]?.done).toBe(true);
    expect((await advisor.run(me, { name: 'checklist-show' })).checklist?.doneCount).toBe(1);
    expect((await advisor.run(me, { name: 'checklist-undo', step: '1' })).checklist?.steps[0]?.done).toBe(false);
    await advisor.run(me, { name: 'checklist-done', step: '1' });
    expect((await advisor.run(me, { name: 'checklist-reset', confirmed: false })).title).toBe('Reset your checklist?');
    expect((await advisor.checklist(me))?.doneCount).toBe(1);
    expect((await advisor.run(me, { name: 'checklist-reset', confirmed: true })).checklist?.doneCount).toBe(0);
    expect(await advisor.run(me, { name: 'invalid', message: 'Say which step.' })).toMatchObject({ kind: 'notice', text: 'Say which step.' });
    expect(await advisor.run(me, { name: 'help' })).toMatchObject({ kind: 'help', title: 'How to use ChartPath' });
  });

  it('flow buttons: start, step and reset move the checklist and replace their panel, a step not in it too', async () => {
    const advisor = makeAdvisor({}, new MemoryStore());
    const goal = advisor.plans()[0]!.id;
    const me = who('buttons');
    expect(await advisor.act(me, 'checklist')).toMatchObject({ kind: 'checklist', title: 'Start a checklist', replaces: true });
    const started = await advisor.act(me, `start:${goal}:high-school:none`);
    expect(started).toMatchObject({ kind: 'checklist', replaces: true });
    expect(started.checklist?.goal.id).toBe(goal);
    const step = started.checklist!.steps[0]!;
    const done = await advisor.act(me, `step:${step.id}:done`);
    expect(done).toMatchObject({ replaces: true });
    expect(done.checklist?.steps[0]?.done).toBe(true);
    // A step the checklist does not have: a notice that still shows the checklist, so it takes the panel's place.
    const unknown = await advisor.act(me, 'step:no-such-step:done');
    expect(unknown).toMatchObject({ kind: 'notice', replaces: true });
    expect(unknown.checklist?.doneCount).toBe(1);
    expect(await advisor.act(me, 'reset:cancel')).toMatchObject({ kind: 'checklist', replaces: true });
    expect((await advisor.act(me, 'reset:confirm')).checklist?.doneCount).toBe(0);
  });

  it('forget-me from a command asks first; from its buttons, no keeps everything and yes deletes it', async () => {
    const store = new MemoryStore();
    const advisor = makeAdvisor({}, store);
    const me = who('forgetful');
    const key = personKey('terminal', me.person);
    await advisor.act(me, `start:${advisor.plans()[0]!.id}:high-school:none`);
    expect((await advisor.run(me, { name: 'forget', confirmed: false })).text).toBe(PHRASES.forgetAsk);
    expect(await advisor.act(me, 'forget:cancel')).toMatchObject({ text: PHRASES.forgetCancelled, replaces: true });
    expect(await store.getPerson(key)).toBeDefined();
    expect(await advisor.act(me, 'forget:confirm')).toMatchObject({ text: PHRASES.forgetDone, replaces: true });
    expect(await store.getPerson(key)).toBeUndefined();
  });

  it('welcome greets a person once', async () => {
    const advisor = makeAdvisor({}, new MemoryStore());
    expect((await advisor.welcome(who('new')))?.intent).toBe(realKnowledge().intents.find((i) => i.kind === 'greeting')!.id);
    expect(await advisor.welcome(who('new'))).toBeUndefined();
  });
});

describe('answering: what reaches the reply, the review log and the context', () => {
  const who = (person: string): Who => ({ person, channel: 'c', surface: 'terminal' });
  const ctxKey = (w: Who) => `${personKey(w.surface, w.person)}|${w.channel}`;

  it('emoji alone is unreadable; an emergency gets the emergency line; an ordinary answer carries no notices', async () => {
    const advisor = makeAdvisor();
    const unreadable = await ask(advisor, '🙂🙂🎉🔥');
    expect(fillCommandRefs(unreadable.text, unreadable.commands, terminalSyntax)).toBe(PHRASES.unreadable);
    expect(await ask(advisor, "my coworker collapsed and isn't breathing")).toMatchObject({ kind: 'decline', text: PHRASES.emergency, intent: 'emergency' });
    expect((await ask(advisor, RHIT)).notices).toEqual([]);
  });

  it('patient details beside an answerable question: still the answer, and the log names the kinds, not the text', async () => {
    const logger = recordingLogger();
    const reply = await ask(makeAdvisor({ logger }), 'what is the rhit credential? MRN 88812345');
    expect(reply).toMatchObject({ kind: 'answer', intent: 'rhit', answered: true, privacyWarning: true });
    expect(reply.notices).toEqual([PHRASES.privacy]);
    expect(JSON.stringify(logger.entries)).not.toContain('88812345');
    const entry = logger.entries.find((e) => e.msg?.includes('looked like it carried patient details'))!;
    expect(entry.obj).toMatchObject({ surface: 'terminal', kinds: expect.arrayContaining([expect.any(String)]) });
    expect(await ask(makeAdvisor(), 'John Smith DOB 03/14/1962 MRN 88812345')).toMatchObject({ personal: true, privacyWarning: true });
  });

  it('a question it cannot place: kept for review with at most three rounded candidates, its offered topics remembered', async () => {
    const store = new MemoryStore();
    const advisor = makeAdvisor({}, store);
    const me = who('vague');
    const reply = await ask(advisor, 'is it hard', me);
    expect(reply).toMatchObject({ kind: 'clarify', answered: false });
    const lines = await store.listReview();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ text: 'is it hard', reason: 'low-confidence' });
    expect(lines[0]!.candidates.length).toBeGreaterThan(0);
    expect(lines[0]!.candidates.length).toBeLessThanOrEqual(3);
    for (const c of lines[0]!.candidates) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(Math.round(c.confidence * 1000)).toBeCloseTo(c.confidence * 1000, 6);
    }
    const offered = reply.choices.map((c) => c.action.replace(/^topic:/, ''));
    const ctx = await store.getContext(ctxKey(me), Date.now());
    expect(ctx?.offered).toEqual(offered.length ? offered : undefined);
    expect(ctx?.topic).toBeUndefined();
  });

  it('a confident answer is not kept for review; rated unhelpful, its question is, with its topic', async () => {
    const store = new MemoryStore();
    const advisor = makeAdvisor({}, store);
    const me = who('unhelpful');
    await ask(advisor, RHIT, me);
    expect(await store.listReview()).toEqual([]);
    await advisor.handle(me, { kind: 'line', text: '/bad' });
    const lines = await store.listReview();
    expect(lines.map((l) => [l.text, l.reason, l.candidates])).toEqual([[RHIT, 'unhelpful', [{ intent: 'rhit', confidence: 1 }]]]);
    expect((await store.listFeedback()).map((f) => [f.intent, f.helpful])).toEqual([['rhit', false]]);
  });

  it('a part button answers that part', async () => {
    const rhit = realKnowledge().byId.get('rhit')!;
    const reply = await makeAdvisor().act(terminalUser, 'part:rhit:0');
    expect(reply.text.startsWith(rhit.layout.parts[0]!.text)).toBe(true);
  });

  it('retention is logged only when it dropped something', async () => {
    const counts = { feedback: 0, people: 0, reviewLog: 0 };
    class PruningStore extends MemoryStore {
      override async prune() {
        return { ...counts };
      }
    }
    for (const dropped of ['feedback', 'people', 'reviewLog'] as const) {
      const logger = recordingLogger();
      const advisor = makeAdvisor({ logger }, new PruningStore());
      await advisor.housekeeping(true);
      expect(logger.entries).toEqual([]);
      counts[dropped] = 2;
      await advisor.housekeeping(true);
      expect(logger.entries.map((e) => e.msg), dropped).toEqual(['retention: dropped data past its retention period']);
      counts[dropped] = 0;
    }
  });
});

describe('limits and failures on every entry point', () => {
  it('the per-person limit holds for commands and buttons too', async () => {
    const advisor = makeAdvisor({ rateLimitPerMinute: 1, now: clock().now });
    const me: Who = { person: 'busy', channel: 'c', surface: 'terminal' };
    expect((await ask(advisor, RHIT, me)).answered).toBe(true);
    expect((await advisor.run(me, { name: 'help' })).text).toMatch(/^You're sending messages faster/);
    expect((await advisor.act(me, 'topic:rhit')).text).toMatch(/^You're sending messages faster/);
  });

  it('the per-channel limit is per channel', async () => {
    const advisor = makeAdvisor({ channelRateLimitPerMinute: 1, now: clock().now });
    expect((await ask(advisor, RHIT, { person: 'a', channel: 'C1', surface: 'slack', shared: true })).answered).toBe(true);
    expect((await ask(advisor, RHIT, { person: 'b', channel: 'C2', surface: 'slack', shared: true })).answered).toBe(true);
  });

  it('failures are logged with the surface (and the command), and a home screen that fails is an apology', async () => {
    class FailingStore extends WatchedStore {
      override async getPerson(): Promise<never> {
        throw new Error('disk on fire');
      }
    }
    const store = new FailingStore();
    const logger = recordingLogger();
    const advisor = makeAdvisor({ logger }, store);
    store.failContext = true;
    await ask(advisor, RHIT);
    await advisor.run(terminalUser, { name: 'ask', question: RHIT });
    await advisor.act(terminalUser, 'topic:rhit');
    expect((await advisor.home(terminalUser)).text).toBe(PHRASES.error);
    expect(logger.entries.map((e) => [e.msg, e.obj])).toEqual([
      ['failed to answer a message', expect.objectContaining({ surface: 'terminal', err: expect.any(Error) })],
      ['failed to run a command', expect.objectContaining({ surface: 'terminal', command: 'ask', err: expect.any(Error) })],
      ['failed to handle a button', expect.objectContaining({ surface: 'terminal', err: expect.any(Error) })],
      ['failed to build a home screen', expect.objectContaining({ surface: 'terminal', err: expect.any(Error) })],
    ]);
  });
});
