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
