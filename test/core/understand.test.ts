import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory.js';
import { ask, makeAdvisor } from '../helpers/core.js';

const advisor = makeAdvisor();
let n = 0;
const fresh = () => ({ person: `p${n++}`, channel: 'c', surface: 'terminal' as const });

describe('answering questions', () => {
  it.each([
    ['what is the rhit', 'rhit'],
    ['CCA exam length', 'cca'],
    ['how many CEUs for the CPC', 'cpc'],
    ['do i need a degree to be a medical records clerk', 'education-requirements'],
    ['hippa basics?', 'hipaa-basics'],
    ['rhit certifcation', 'rhit'],
    ['what educaton do i need to be a records clerk', 'education-requirements'],
    ['what does a medical records clerk do all day', 'daily-duties'],
  ])('answers "%s" from the %s topic', async (question, topic) => {
    const reply = await ask(advisor, question, fresh());
    expect(reply).toMatchObject({ answered: true, intent: topic, kind: 'answer' });
    expect(reply.sources.length).toBeGreaterThan(0);
    expect(reply.suggestions.length).toBeGreaterThanOrEqual(2);
  });

  it('declines clinical, legal and patient questions without answering', async () => {
    for (const q of ['I have chest pain, what medicine should I take?', 'can I sue my hospital for firing me', 'pull up the chart for the patient in room 12']) {
      const reply = await ask(advisor, q, fresh());
      expect(reply.answered, q).toBe(false);
      expect(reply.kind, q).toBe('decline');
    }
  });

  it('says it is not sure, offering closest topics, instead of guessing', async () => {
    for (const vague of ['how does it work', 'is it hard']) {
      const reply = await ask(advisor, vague, fresh());
      expect(reply.answered, vague).toBe(false);
      expect(reply.kind, vague).toBe('clarify');
    }
  });
});

describe('follow-ups in one conversation', () => {
  it('"how do I keep it after I pass?" after the RHIT is about the RHIT', async () => {
    const who = fresh();
    expect((await ask(advisor, 'what does the RHIT require?', who)).intent).toBe('rhit');
    expect((await ask(advisor, 'how do I keep it after I pass?', who)).intent).toBe('rhit');
  });

  it('"how long is the exam" after the CCA reaches the CCA', async () => {
    const who = fresh();
    await ask(advisor, 'tell me about the CCA', who);
    expect((await ask(advisor, 'how long is the exam?', who)).intent).toBe('cca');
  });

  it('"and CPT?" after ICD answers about CPT', async () => {
    const who = fresh();
    await ask(advisor, 'what does ICD stand for', who);
    expect((await ask(advisor, 'and CPT?', who)).intent).toBe('cpt');
  });

  it('keeps context per person and channel, and without it the same question is not about the CCA', async () => {
    const who = fresh();
    await ask(advisor, 'tell me about the CCA', who);
    const elsewhere = await ask(advisor, 'how long is the exam?', { ...who, channel: 'other' });
    expect(elsewhere.intent).not.toBe('cca');
  });

  it('removes expired conversations from storage instead of keeping them forever', async () => {
    let now = Date.parse('2026-01-01T10:00:00Z');
    const store = new MemoryStore();
    const timed = makeAdvisor({ now: () => new Date(now), contextTtlMs: 60_000 }, store);
    await ask(timed, 'tell me about the CCA', { person: 'old', channel: 'c', surface: 'terminal' });
    expect(Object.keys(store.data.contexts)).toContain('terminal:old|c');
    now += 120_000;
    for (let i = 0; i < 250; i++) await ask(timed, 'what is the rhit', { person: `p${i}`, channel: 'c', surface: 'terminal' });
    expect(Object.keys(store.data.contexts)).not.toContain('terminal:old|c');
    expect(Object.keys(store.data.contexts)).toContain('terminal:p249|c');
  });

  it('forgets the context once it expires', async () => {
    let now = Date.parse('2026-01-01T10:00:00Z');
    const timed = makeAdvisor({ now: () => new Date(now), contextTtlMs: 60_000 });
    const who = fresh();
    await ask(timed, 'tell me about the CCA', who);
    now += 61_000;
    expect((await ask(timed, 'how long is the exam?', who)).intent).not.toBe('cca');
  });
});
