// conversation-memory.ts: what the advisor keeps between one message and the next, on a real MemoryStore.
import { describe, expect, it } from 'vitest';
import type { Who } from '../../src/contract/index.js';
import { answeredContext, ConversationMemory } from '../../src/core/conversation-memory.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ask, makeAdvisor, sharedUnderstanding } from '../helpers/core.js';

const TTL = 60_000;
function setup() {
  let now = 1_000_000;
  const memory = new ConversationMemory(new MemoryStore(), TTL, () => new Date(now));
  const who: Who = { person: 'p', channel: 'c', surface: 'terminal' };
  return { memory, who, advance: (ms: number) => (now += ms) };
}

describe('ConversationMemory', () => {
  it('keeps the topic answered, and the entity from before when the answer names none', async () => {
    const { memory, who } = setup();
    await memory.answered(who, { topic: 'rhit', entity: 'rhit' });
    await memory.answered(who, { topic: 'exam-logistics', entity: undefined, part: 'AHIMA' });
    expect(await memory.fresh(who)).toMatchObject({ topic: 'exam-logistics', entity: 'rhit', part: 'AHIMA' });
  });
  it('keeps the entity name used while the topic stays the same, and drops it with the topic', async () => {
    const { memory, who } = setup();
    await memory.answered(who, { topic: 'professional-associations', entity: 'professional-associations', named: 'AAPC' });
    await memory.answered(who, { topic: 'professional-associations', entity: undefined, part: 'AAPC' });
    expect((await memory.fresh(who))?.named).toBe('AAPC');
    await memory.answered(who, { topic: 'cpc', entity: 'cpc' });
    expect((await memory.fresh(who))?.named).toBeUndefined();
  });
  it('forgets the context once the TTL has passed', async () => {
    const { memory, who, advance } = setup();
    await memory.answered(who, { topic: 'rhit', entity: 'rhit' });
    advance(TTL + 1);
    expect(await memory.fresh(who)).toBeUndefined();
  });
  it('a context written under a longer TTL is not used past the current one', async () => {
    const store = new MemoryStore();
    let now = 1_000_000;
    const who: Who = { person: 'p', channel: 'c', surface: 'terminal' };
    await new ConversationMemory(store, 10 * TTL, () => new Date(now)).answered(who, { topic: 'rhit', entity: 'rhit' });
    now += TTL + 1;
    expect(await new ConversationMemory(store, TTL, () => new Date(now)).fresh(who)).toBeUndefined();
  });
  it('after "not sure" keeps the earlier topic and the choices offered', async () => {
    const { memory, who } = setup();
    await memory.answered(who, { topic: 'rhit', entity: 'rhit', part: 'Cost' });
    await memory.offered(who, ['cca']);
    expect(await memory.fresh(who)).toMatchObject({ topic: 'rhit', entity: 'rhit', offered: ['cca'] });
    expect((await memory.fresh(who))?.part).toBeUndefined();
  });
  it('keeps a declined question beside the earlier topic, and a later decline without one drops it', async () => {
    const { memory, who } = setup();
    await memory.answered(who, { topic: 'rhit', entity: 'rhit' });
    await memory.declined(who, 'What does a {career} make?');
    expect(await memory.fresh(who)).toMatchObject({ topic: 'rhit', declined: 'What does a {career} make?' });
    await memory.declined(who, undefined);
    const after = await memory.fresh(who);
    expect(after?.topic).toBe('rhit');
    expect(after?.declined).toBeUndefined();
  });
  it('a decline with nothing to keep writes no context at all', async () => {
    const { memory, who } = setup();
    await memory.declined(who, undefined);
    expect(await memory.fresh(who)).toBeUndefined();
  });
});

describe('the advisor reads a conversation\'s context once a message', () => {
  class CountingStore extends MemoryStore {
    reads = 0;
    override getContext(...args: Parameters<MemoryStore['getContext']>) {
      this.reads++;
      return super.getContext(...args);
    }
  }
  it.each([
    ['an answered topic', 'what is the rhit?'],
    ['"not sure"', 'qwxz plorf blarg'],
    ['a decline that keeps a question', 'What does a pharmacy tech make?'],
  ])('%s: one read, the one the answer was decided with', async (_what, text) => {
    const store = new CountingStore();
    const advisor = makeAdvisor({}, store);
    const who: Who = { person: 'reads', channel: 'c', surface: 'terminal' };
    await ask(advisor, 'what is the cca?', who);
    store.reads = 0;
    await ask(advisor, text, who);
    expect(store.reads).toBe(1);
  });
});

describe('answeredContext', () => {
  const u = sharedUnderstanding();
  it('a comparison in one message keeps its other side after the topic; two asked in turn keep the earlier one first', () => {
    const compared = u.decide('rhit vs rhia', undefined);
    expect(answeredContext(compared, compared.intent!.id)).toMatchObject({ topic: 'rhit', also: ['rhia'], alsoBefore: undefined });
    const cca = u.decide('wat is the cca', undefined);
    const cpc = u.decide('and the cpc?', { ...answeredContext(cca, 'cca'), at: 0 });
    expect(answeredContext(cpc, cpc.intent!.id)).toMatchObject({ topic: 'cpc', also: ['cca'], alsoBefore: true });
  });
});
