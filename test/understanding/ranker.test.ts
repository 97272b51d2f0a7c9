import { describe, expect, it } from 'vitest';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const understanding = sharedUnderstanding();
const kb = realKnowledge();
const topicIds = kb.intents.filter((i) => i.kind === 'topic').map((i) => i.id);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const messages = [
  'what is the rhit',
  'how long is the exam?',
  'hello',
  'who won the world cup',
  'qwxz plorf',
  // Long enough (18+ words, with a question among statements) to be read through its question sentences too.
  "I'm 52 and did retail for 20 years. My back hurts from standing all day. I like computers and quiet work. Do I need a degree to be a medical records clerk?",
  'I finished a coding certificate at night school last spring and I want an entry-level credential from AHIMA to show employers. Is the CCA the right one?',
];

describe('the ranker', () => {
  it.each(messages)('splits the whole probability between topics, declines and conversation for "%s"', (text) => {
    const r = understanding.ranker.rank(text);
    expect(sum(Object.values(r.mass))).toBeCloseTo(1, 6);
    for (const m of Object.values(r.mass)) expect(m).toBeGreaterThanOrEqual(0);
    expect(sum(r.intents.map((p) => p.confidence))).toBeCloseTo(1, 6);
  });

  it.each(messages)('gives every topic one share, best first, the shares summing to 1, for "%s"', (text) => {
    const r = understanding.ranker.rank(text);
    expect(r.topics.map((p) => p.intent).sort()).toEqual([...topicIds].sort());
    expect(sum(r.topics.map((p) => p.confidence))).toBeCloseTo(1, 6);
    for (let i = 1; i < r.topics.length; i++) expect(r.topics[i - 1]!.confidence).toBeGreaterThanOrEqual(r.topics[i]!.confidence);
    for (const p of r.topics) expect(p.confidence).toBeGreaterThanOrEqual(0);
  });

  it('reads the topic mass of the mass record from the topic intents', () => {
    const r = understanding.ranker.rank('what is the rhit');
    const topicMass = sum(r.intents.filter((p) => kb.byId.get(p.intent)?.kind === 'topic').map((p) => p.confidence));
    expect(r.mass.topic).toBeCloseTo(topicMass, 6);
    expect(r.mass.topic).toBeGreaterThan(0.5);
    expect(r.topics[0]!.intent).toBe('rhit');
  });

  it('finds a topic by the words of its answer (retrieval) even when the question is long', () => {
    const r = understanding.ranker.rank(messages[6]!);
    expect(r.topics[0]!.intent).toBe('cca');
  });

  it('calls a stem found in many topics common, and a rare one not', () => {
    const stem = (w: string) => understanding.analyze(w).stems[0]!;
    expect(understanding.ranker.isCommon(stem('records'))).toBe(true);
    expect(understanding.ranker.isCommon(stem('cahiim'))).toBe(false);
  });
});

describe('the ranker without one intent', () => {
  const r = understanding.ranker.rank('is it easier than nursing school?');
  const without = understanding.ranker.without(r, 'decline-other-careers');

  it('drops the intent and shares its probability out over the others in proportion', () => {
    const dropped = r.intents.find((p) => p.intent === 'decline-other-careers')!.confidence;
    expect(dropped).toBeGreaterThan(0.5);
    expect(without.intents.some((p) => p.intent === 'decline-other-careers')).toBe(false);
    expect(sum(without.intents.map((p) => p.confidence))).toBeCloseTo(1, 6);
    const next = r.intents.find((p) => p.intent !== 'decline-other-careers')!;
    expect(without.intents[0]).toEqual({ intent: next.intent, confidence: expect.closeTo(next.confidence / (1 - dropped), 6) });
  });

  it('takes the probability out of the mass that held it (a decline\'s) and keeps the mass summing to 1', () => {
    expect(sum(Object.values(without.mass))).toBeCloseTo(1, 6);
    expect(without.mass.decline).toBeLessThan(r.mass.decline);
    expect(without.mass.topic).toBeGreaterThan(r.mass.topic);
    expect(without.mass.topic).toBeCloseTo(sum(without.intents.filter((p) => kb.byId.get(p.intent)?.kind === 'topic').map((p) => p.confidence)), 6);
  });

  it('leaves the topics\' shares as they were, and a ranking without the intent unchanged', () => {
    expect(without.topics).toEqual(r.topics);
    const plain = understanding.ranker.rank('what is the rhit');
    expect(understanding.ranker.without(plain, 'no-such-intent')).toBe(plain);
  });
});

describe('a topic kept for messages with its words (knowledge only_with)', () => {
  const shareOf = (text: string, id: string) => understanding.ranker.rank(text).topics.find((t) => t.intent === id)?.confidence ?? 0;
  it('has no share of a message without them, and the shares still sum to 1', () => {
    const r = understanding.ranker.rank('whats the minimum most employers want');
    expect(kb.byId.get('minimum-necessary')!.onlyWith.length).toBeGreaterThan(0);
    expect(shareOf('whats the minimum most employers want', 'minimum-necessary')).toBe(0);
    expect(sum(r.topics.map((t) => t.confidence))).toBeCloseTo(1, 9);
  });
  it('keeps its share when the message has one, as typed or as the speller reads it', () => {
    expect(shareOf('what is the minimum necessary standard', 'minimum-necessary')).toBeGreaterThan(0.5);
    expect(shareOf('minimum necesary hipaa', 'minimum-necessary')).toBeGreaterThan(0.3);
    expect(shareOf('what is the minimum necassary rule', 'minimum-necessary')).toBeGreaterThan(0.3);
  });
});
