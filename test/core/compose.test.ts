// compose.ts: replies built from knowledge entries. Every text comes from the knowledge base or a fixed phrase; the
// shapes of an answer (whole, one part, with companions), a clarification, a conversation reply and a notice.
import { describe, expect, it } from 'vitest';
import { answerReply, conversationReply, helpReply, noticeReply, ratingActions, STARTER_TOPICS, topicAction, unsureReply } from '../../src/core/compose.js';
import type { Intent } from '../../src/knowledge/types.js';
import { realKnowledge } from '../helpers/core.js';

const kb = realKnowledge();
const topics = kb.intents.filter((i) => i.kind === 'topic');
const withParts = topics.find((t) => t.layout.parts.length > 0 && t.entity && t.related.length >= 3)!;
const other = topics.find((t) => t.id !== withParts.id && t.layout.lead)!;

describe('answerReply', () => {
  it('answers a whole topic with its answer, sources, up to three related topics and rating buttons for this reply', () => {
    const r = answerReply(kb, withParts, 0.9);
    expect(r).toMatchObject({ kind: 'answer', title: withParts.title, text: withParts.answer, intent: withParts.id, answered: true, confidence: 0.9 });
    expect(r.suggestions!.map((s) => s.action)).toEqual(withParts.related.filter((id) => kb.byId.get(id)?.kind === 'topic').slice(0, 3).map((id) => `topic:${id}`));
    expect(r.ratings).toEqual(ratingActions(r.id));
  });

  it('a narrow follow-up gives the one part and offers the whole card first', () => {
    const part = withParts.layout.parts[0]!;
    const r = answerReply(kb, withParts, 0.8, { part: part.label });
    expect(r.text.startsWith(part.text)).toBe(true);
    expect(r.text).not.toBe(withParts.answer);
    expect(r.suggestions![0]).toEqual({ label: `More about ${withParts.entity!.names[0]}`, action: `topic:${withParts.id}` });
    expect(r.suggestions!.length).toBeLessThanOrEqual(3);
  });

  it('companion topics follow the answer under their own heading, each with a button for the rest', () => {
    const r = answerReply(kb, withParts, 0.8, { also: [other] });
    expect(r.text).toBe(`${withParts.answer}\n\n**${other.title}**\n${other.layout.lead}`);
    expect(r.suggestions![0]!.action).toBe(`topic:${other.id}`);
  });

  it('a narrow answer with companions gives each companion\'s part of the same name ("harder than the CPC?": both exams)', () => {
    const ccs = kb.byId.get('ccs')!;
    const cpc = kb.byId.get('cpc')!;
    const cpcExam = cpc.layout.parts.find((p) => p.label === 'The exam')!;
    const r = answerReply(kb, ccs, 0.8, { part: 'The exam', also: [cpc] });
    expect(r.text).toContain(`**${cpc.title}**\n${cpcExam.text}`);
    expect(r.text).not.toContain(cpc.layout.lead);
  });

  it('a companion without a part of that name gives its direct answer', () => {
    const ccs = kb.byId.get('ccs')!;
    const pay = kb.byId.get('pay')!;
    expect(pay.layout.parts.some((p) => p.label === 'The exam')).toBe(false);
    expect(answerReply(kb, ccs, 0.8, { part: 'The exam', also: [pay] }).text).toContain(`**${pay.title}**\n${pay.layout.lead}`);
  });
});

describe('unsureReply', () => {
  it('offers the topic candidates at or above the floor, at most three', () => {
    const candidates = [...topics.slice(0, 4).map((t, i) => ({ intent: t.id, confidence: 0.5 - i * 0.01 })), { intent: topics[5]!.id, confidence: 0.1 }];
    const r = unsureReply(kb, candidates, 0.5, 0.2);
    expect(r.kind).toBe('clarify');
    expect(r.choices).toEqual(topics.slice(0, 3).map(topicAction));
    expect(r.text).toContain(`- ${topicAction(topics[0]!).label}`);
    expect(r.suggestions).toEqual([]);
  });

  it('with nothing above the floor, says what it covers and suggests the starter topics', () => {
    const r = unsureReply(kb, [{ intent: topics[0]!.id, confidence: 0.05 }], 0.05, 0.2);
    expect(r.choices).toEqual([]);
    expect(r.text).toContain('/topics');
    expect(r.suggestions!.map((s) => s.action)).toEqual(STARTER_TOPICS.filter((id) => kb.byId.get(id)?.kind === 'topic').map((id) => `topic:${id}`));
  });
});

describe('conversation, notice and help replies', () => {
  it('a decline is a decline with the starter topics; other conversation replies carry no suggestions unless a greeting', () => {
    const decline = kb.intents.find((i) => i.kind === 'decline')!;
    const r = conversationReply(kb, decline, 1);
    expect(r).toMatchObject({ kind: 'decline', text: decline.answer, intent: decline.id });
    expect(r.suggestions!.length).toBeGreaterThan(0);
    const thanks = kb.intents.find((i: Intent) => i.kind !== 'topic' && i.kind !== 'decline' && i.kind !== 'greeting' && i.kind !== 'about' && i.kind !== 'help');
    if (thanks) expect(conversationReply(kb, thanks, 1).suggestions).toEqual([]);
  });

  it('a notice is personal; help is the help entry', () => {
    expect(noticeReply('slow down')).toMatchObject({ kind: 'notice', text: 'slow down', personal: true });
    expect(helpReply(kb).text).toBe(kb.intents.find((i) => i.kind === 'help')!.answer);
  });
});
