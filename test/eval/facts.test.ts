// src/eval/facts.ts: asking a set through a stand-in advisor and scoring each item's last reply (as `chartpath ask --json`
// shows it), the tally by kind, and the narrow follow-ups (replies that give one part of a topic, not its whole card).
import { describe, expect, it } from 'vitest';
import { makeReply, type Reply } from '../../src/contract/index.js';
import type { Message } from '../../src/contract/index.js';
import { cardLength, isNarrow, scoreItems, tallyKinds } from '../../src/eval/facts.js';
import { parseItem, type QuestionItem } from '../../src/eval/sets.js';
import { realKnowledge } from '../helpers/core.js';

const item = (o: object): QuestionItem => parseItem(o, 'test');

/** A stand-in advisor: replies by a table, and records who asked what. */
function fakeAsker(table: Record<string, Partial<Reply>>) {
  const asked: Message[] = [];
  return {
    asked,
    kb: realKnowledge(),
    ask: async (m: Message) => {
      asked.push(m);
      const r = table[m.text] ?? { kind: 'clarify', text: 'Not sure', answered: false };
      return makeReply({ id: 'r', kind: 'answer', text: '', answered: true, intent: null, confidence: 0.5, ...r });
    },
  };
}

describe('asking a set', () => {
  const conv = item({ id: 'c1', kind: 'conv', turns: [{ q: 'tell me about the rhit' }, { q: 'how long is the exam' }, { q: 'and the fee?', expect: [['fee']] }] });

  it('conv scores only the last turn', async () => {
    const good = fakeAsker({ 'tell me about the rhit': { answered: false, text: 'nothing' }, 'how long is the exam': { answered: false, text: '' }, 'and the fee?': { title: 'RHIT', text: 'The fee is...' } });
    const r1 = await scoreItems(good, [conv]);
    expect(r1.kinds.conv).toEqual({ passed: 1, total: 1, share: 1 });
    const bad = fakeAsker({ 'tell me about the rhit': { text: 'fee fee fee' }, 'how long is the exam': { text: 'fee' }, 'and the fee?': { text: 'Not sure', answered: false } });
    const r2 = await scoreItems(bad, [conv]);
    expect(r2.kinds.conv).toEqual({ passed: 0, total: 1, share: 0 });
    expect(r2.results[0]!.why).toBe('not answered; missing fee');
  });

  it('the turns of an item share one conversation; every item has a person and channel of its own', async () => {
    const single = item({ id: 's1', kind: 'in', q: 'what is the rhit', expect: [] });
    const asker = fakeAsker({});
    await scoreItems(asker, [conv, single, single]);
    expect(asker.asked.map((m) => m.text)).toEqual(['tell me about the rhit', 'how long is the exam', 'and the fee?', 'what is the rhit', 'what is the rhit']);
    const convo = (m: Message) => `${m.person}|${m.channel}`;
    expect(new Set(asker.asked.slice(0, 3).map(convo)).size).toBe(1);
    expect(new Set(asker.asked.slice(2).map(convo)).size).toBe(3);
    expect(new Set(asker.asked.map((m) => m.person)).size).toBe(3);
  });

  it('the reply scored is what `chartpath ask --json` puts in "answer": notices, the heading, the text', async () => {
    const heading = item({ id: 'h1', kind: 'in', q: 'rhit?', expect: [['registered health information technician'], ['reminder']] });
    const asker = fakeAsker({ 'rhit?': { title: 'RHIT (Registered Health Information Technician)', text: 'An AHIMA credential.', notices: ['A reminder.'] } });
    const r = await scoreItems(asker, [heading]);
    expect(r.results[0]!.answer).toBe('A reminder.\n\nRHIT (Registered Health Information Technician)\n\nAn AHIMA credential.');
    expect(r.kinds.in!.passed).toBe(1);
  });

  it('kinds are counted separately, and "either" items are asked but not scored', async () => {
    const items = [item({ id: 'a', kind: 'in', q: 'q1' }), item({ id: 'b', kind: 'oos', q: 'q2' }), item({ id: 'c', kind: 'either', q: 'q3' })];
    const r = await scoreItems(fakeAsker({ q1: { text: 'yes' } }), items);
    expect(r.kinds).toEqual({ in: { passed: 1, total: 1, share: 1 }, oos: { passed: 1, total: 1, share: 1 } });
  });
});

describe('narrow replies and card lengths', () => {
  const kb = realKnowledge();
  const topic = kb.intents.find((i) => i.kind === 'topic' && i.answer.length > 200 && !i.answer.includes('⟦'))!;
  const reply = (text: string, extra: Partial<Reply> = {}) => makeReply({ id: 'r', kind: 'answer', text, answered: true, intent: topic.id, confidence: 0.9, ...extra });

  it('cardLength is the heading and the full answer with a blank line between; undefined for what is not a topic', () => {
    expect(cardLength(kb, topic.id)).toBe(topic.title.length + 2 + topic.answer.length);
    expect(cardLength(kb, 'no-such-intent')).toBeUndefined();
    const notTopic = kb.intents.find((i) => i.kind !== 'topic');
    if (notTopic) expect(cardLength(kb, notTopic.id)).toBeUndefined();
  });

  it('isNarrow: a part of the answer is narrow; the whole answer, or the whole answer followed by more, is not', () => {
    expect(isNarrow(kb, reply(topic.answer.slice(0, 80)))).toBe(true);
    expect(isNarrow(kb, reply(topic.answer))).toBe(false);
    expect(isNarrow(kb, reply(`${topic.answer}\n\nAnd another topic.`))).toBe(false);
    expect(isNarrow(kb, reply(topic.answer.slice(0, 80), { kind: 'clarify' }))).toBe(false);
    expect(isNarrow(kb, reply(topic.answer.slice(0, 80), { intent: null }))).toBe(false);
  });

  it('scoreItems measures the narrow follow-ups of conv items (turns after the first) against their topic\'s card', async () => {
    const part = topic.answer.slice(0, 60);
    const asker = {
      kb,
      ask: async (m: Message) => (m.text === 'first' ? reply(part) : m.text === 'part' ? reply(part) : reply(topic.answer)),
    };
    const conv = item({ id: 'c', kind: 'conv', turns: [{ q: 'first' }, { q: 'part' }, { q: 'whole', expect: [] }] });
    const single = item({ id: 's', kind: 'in', q: 'part' });
    const { narrow } = await scoreItems(asker, [conv, single]);
    // Only the second turn of the conv item counts: the first turn and the single item are not follow-ups, the third is the whole card.
    expect(narrow.replies).toBe(1);
    expect(narrow.meanLength).toBe(part.length);
    expect(narrow.meanCard).toBe(cardLength(kb, topic.id));
    expect(narrow.ratio).toBeCloseTo(part.length / cardLength(kb, topic.id)!, 10);
    expect((await scoreItems(asker, [single])).narrow).toEqual({ replies: 0, meanLength: 0, meanCard: 0, ratio: 0 });
  });
});

describe('tallyKinds', () => {
  it('counts passed and total per kind in the report\'s order, skipping "either" items', () => {
    const r = (kind: string, passed: boolean) => ({ item: item({ id: kind, kind, q: 'x' }), passed });
    const tally = tallyKinds([r('oos', true), r('in', false), r('in', true), r('either', false), r('in', true), r('oos', false)]);
    expect(Object.keys(tally)).toEqual(['in', 'oos']);
    expect(tally.in).toEqual({ passed: 2, total: 3, share: 2 / 3 });
    expect(tally.oos).toEqual({ passed: 1, total: 2, share: 0.5 });
  });
});
