// compose.ts: replies built from knowledge entries. Every text comes from the knowledge base or a fixed phrase; the
// shapes of an answer (whole, one part, with companions), a clarification, a conversation reply and a notice.
import { describe, expect, it } from 'vitest';
import { answerReply, conversationReply, emergencyReply, helpReply, noticeReply, ratingActions, STARTER_TOPICS, topicAction, unresolvedReply, unsureReply } from '../../src/core/compose.js';
import { LEAD_PART, SOURCES_PART } from '../../src/knowledge/parts.js';
import type { Intent } from '../../src/knowledge/types.js';
import { realKnowledge } from '../helpers/core.js';

const kb = realKnowledge();
const topics = kb.intents.filter((i) => i.kind === 'topic');
const withParts = topics.find((t) => t.layout.parts.length > 0 && t.entity && t.related.length >= 3)!;
const other = topics.find((t) => t.id !== withParts.id && t.layout.lead)!;

describe('answerReply', () => {
  it('gives a second part of the same topic after the first', () => {
    const pay = kb.byId.get('pay')!;
    const lower = pay.layout.parts.find((p) => /^Lower end/.test(p.label))!;
    const r = answerReply(kb, pay, 0.8, { part: LEAD_PART, besidePart: lower.label });
    expect(r.text.startsWith(pay.layout.lead)).toBe(true);
    expect(r.text).toContain(lower.text);
    const older = pay.layout.parts.find((p) => /^Older/.test(p.label))!;
    expect(answerReply(kb, pay, 0.8, { part: older.label, besidePart: lower.label }).text).toContain(lower.text);
    expect(answerReply(kb, pay, 0.8, { part: older.label }).text).not.toContain(lower.text);
  });
  it('after a comparison part by part, says once the figures both sides share (the CPC\'s and the CRC\'s exams)', () => {
    const crc = kb.byId.get('crc')!;
    const exam = crc.layout.parts.find((p) => /exam/i.test(p.label))!.label;
    const r = answerReply(kb, crc, 1, { part: exam, also: [kb.byId.get('cpc')!] });
    expect(r.text.split('\n\n').at(-1)).toMatch(/^\*\*The same for both:\*\* .*4 hours.*70%/);
    expect(answerReply(kb, crc, 1, { also: [kb.byId.get('cpc')!] }).text).not.toContain('The same for both');
  });
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

  it('a part of other figures comes with the lead\'s current figure ("I saw 48k, which is right?" after the pay)', () => {
    const pay = kb.byId.get('pay')!;
    const older = pay.layout.parts.find((p) => /older figures/i.test(p.label))!;
    const r = answerReply(kb, pay, 0.8, { part: older.label });
    expect(r.text).toContain('$48,780');
    expect(r.text).toContain('$50,250');
    const lower = pay.layout.parts.find((p) => /lower end/i.test(p.label))!;
    expect(answerReply(kb, pay, 0.8, { part: lower.label }).text).not.toContain('$50,250');
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

// Made-up topics, so that each case holds exactly what it is about (the real cards change with the knowledge base).
const base = topics[0]!;
const made = (id: string, extra: Partial<Intent> = {}): Intent => ({
  ...base,
  id,
  kind: 'topic',
  title: `Topic ${id}`,
  ask: undefined,
  answer: `The whole answer of ${id}.`,
  layout: { lead: `The lead of ${id}.`, parts: [], tail: '' },
  related: [],
  sources: [],
  reviewed: undefined,
  entity: undefined,
  ...extra,
});
const greeting = kb.intents.find((i) => i.kind === 'greeting')!;
const withMade = (...intents: Intent[]) => ({ ...kb, byId: new Map([...kb.byId, ...intents.map((i) => [i.id, i] as const)]) });

describe('buttons of an answer', () => {
  it('a topic button asks the topic\'s question when it has one, else shows its title', () => {
    expect(topicAction(made('a', { ask: 'What does A pay?' }))).toEqual({ label: 'What does A pay?', action: 'topic:a' });
    expect(topicAction(made('a'))).toEqual({ label: 'Topic a', action: 'topic:a' });
  });

  it('rating buttons: helpful sends up, not helpful sends down, for that reply', () => {
    expect(ratingActions('r_abc123')).toEqual([
      { label: '👍 Helpful', action: 'fb:r_abc123:up' },
      { label: '👎 Not helpful', action: 'fb:r_abc123:down' },
    ]);
  });

  it('related buttons skip what is not a topic (a greeting, an id the knowledge base lacks), at most three', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => made(id));
    const topic = made('t', { related: [greeting.id, 'no-such-topic', 'a', 'b', 'c', 'd'] });
    const r = answerReply(withMade(a!, b!, c!, d!, topic), topic, 0.9);
    expect(r.suggestions.map((s) => s.action)).toEqual(['topic:a', 'topic:b', 'topic:c']);
  });

  it('companions come first among the buttons, named by their short title, three buttons in all', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => made(id));
    const cca = made('x', { title: 'CCA (Certified Coding Associate)' });
    const rhit = made('y', { title: 'Something else', entity: { type: 'credential', names: ['RHIT', 'rhit'] } });
    const topic = made('t', { related: ['a', 'b', 'c'] });
    const r = answerReply(withMade(a!, b!, c!, cca, rhit, topic), topic, 0.9, { also: [cca, rhit] });
    expect(r.suggestions).toEqual([
      { label: 'More about CCA', action: 'topic:x' },
      { label: 'More about RHIT', action: 'topic:y' },
      { label: 'Topic a', action: 'topic:a' },
    ]);
  });
});

describe('sources and dates of an answer with companions', () => {
  it('the companions\' sources are listed too, primary first', () => {
    const topic = made('t', { sources: [{ title: 'A blog', url: 'https://blog.example.com/x' }] });
    const other = made('o', { sources: [{ title: 'AHIMA page', url: 'https://www.ahima.org/x' }] });
    expect(answerReply(withMade(topic, other), topic, 0.9, { also: [other] }).sources).toEqual([
      { title: 'AHIMA page', url: 'https://www.ahima.org/x' },
      { title: 'A blog', url: 'https://blog.example.com/x' },
    ]);
  });

  it('the reply is as recent as its oldest reviewed card; an undated companion leaves the topic\'s date', () => {
    const topic = made('t', { reviewed: '2026-05-01' });
    expect(answerReply(kb, topic, 0.9).reviewed).toBe('2026-05-01');
    expect(answerReply(kb, topic, 0.9, { also: [made('o', { reviewed: '2026-01-15' })] }).reviewed).toBe('2026-01-15');
    expect(answerReply(kb, topic, 0.9, { also: [made('o', { reviewed: '2026-09-01' })] }).reviewed).toBe('2026-05-01');
    expect(answerReply(kb, topic, 0.9, { also: [made('o')] }).reviewed).toBe('2026-05-01');
  });
});

describe('a narrow follow-up', () => {
  const layout = {
    lead: 'The exam costs $299 for members. It takes two hours. Most people pass.',
    parts: [
      { label: 'Fees', text: '- Members pay $299, others $399.' },
      { label: 'Format', text: '- Two hours, 100 questions.' },
    ],
    tail: 'Confirm the details with AHIMA.',
  };
  const topic = made('t', { layout, reviewed: '2026-04-02', sources: [{ title: 'AHIMA exam page', url: 'https://www.ahima.org/exam' }, { title: 'A forum', url: 'https://forum.example.com' }] });

  it('a part about a facet brings the lead\'s sentences about the same facet, then the closing line', () => {
    expect(answerReply(kb, topic, 0.8, { part: 'Fees' }).text).toBe('- Members pay $299, others $399.\n\nThe exam costs $299 for members.\n\nConfirm the details with AHIMA.');
    expect(answerReply(kb, topic, 0.8, { part: 'Format' }).text).toBe('- Two hours, 100 questions.\n\nConfirm the details with AHIMA.');
  });

  it('"in short" is the lead alone; "where does that come from" lists the sources with the reading date', () => {
    expect(answerReply(kb, topic, 0.8, { part: LEAD_PART }).text).toBe(`${layout.lead}\n\nConfirm the details with AHIMA.`);
    expect(answerReply(kb, topic, 0.8, { part: SOURCES_PART }).text).toBe(
      `**${SOURCES_PART}:** this answer rests on these sources (newest reading 2026-04-02):\n- AHIMA exam page\n- A forum\n\nConfirm the details with AHIMA.`,
    );
    expect(answerReply(kb, made('u', { sources: [{ title: 'S' }] }), 0.8, { part: SOURCES_PART }).text).toContain('(newest reading not dated):\n- S');
  });

  it('a part the topic does not have gives the whole answer', () => {
    expect(answerReply(kb, topic, 0.8, { part: 'Salary' }).text).toBe(topic.answer);
  });
});

describe('unresolvedReply and emergencyReply', () => {
  it('an unresolved follow-up offers up to four parts by short title and number, then the whole card', () => {
    const parts = ['One', 'Two', 'Three', 'Four', 'Five'].map((label) => ({ label, text: `- ${label}.` }));
    const topic = made('t', { title: 'CCA (Certified Coding Associate)', layout: { lead: 'L.', parts, tail: '' } });
    const r = unresolvedReply(topic, 0.3);
    expect(r).toMatchObject({ kind: 'clarify', confidence: 0.3, answered: false, text: "I'm not sure what you'd like to know about CCA (Certified Coding Associate). Pick one, or ask it with a few more words." });
    expect(r.choices).toEqual([
      { label: 'CCA: One', action: 'part:t:0' },
      { label: 'CCA: Two', action: 'part:t:1' },
      { label: 'CCA: Three', action: 'part:t:2' },
      { label: 'CCA: Four', action: 'part:t:3' },
      { label: 'Everything about CCA', action: 'topic:t' },
    ]);
  });

  it('an emergency is a decline of its own intent, said with certainty', () => {
    expect(emergencyReply('Call 911.')).toMatchObject({ kind: 'decline', text: 'Call 911.', intent: 'emergency', confidence: 1, answered: false });
  });
});

describe('conversation replies by kind', () => {
  it('help is a help reply; a greeting, "about" and a decline offer the starter topics; the rest nothing', () => {
    const starters = STARTER_TOPICS.filter((id) => kb.byId.get(id)?.kind === 'topic').map((id) => `topic:${id}`);
    const byKind = (kind: Intent['kind']) => made(`k-${kind}`, { kind });
    expect(conversationReply(kb, byKind('help'), 1)).toMatchObject({ kind: 'help', suggestions: [] });
    for (const kind of ['greeting', 'about', 'decline'] as const) {
      expect(conversationReply(kb, byKind(kind), 1).suggestions.map((s) => s.action), kind).toEqual(starters);
    }
    expect(conversationReply(kb, byKind('greeting'), 1).kind).toBe('conversation');
    expect(conversationReply(kb, byKind('thanks'), 1)).toMatchObject({ kind: 'conversation', suggestions: [] });
  });
});

describe('unsureReply: what is offered', () => {
  it('a candidate exactly at the floor is offered; one that is not a topic is not; the text lists them one a line', () => {
    const [a, b] = ['a', 'b'].map((id) => made(id));
    const r = unsureReply(withMade(a!, b!), [{ intent: 'a', confidence: 0.2 }, { intent: greeting.id, confidence: 0.2 }, { intent: 'b', confidence: 0.2 }], 0.2, 0.2);
    expect(r.choices.map((c) => c.action)).toEqual(['topic:a', 'topic:b']);
    expect(r.text).toBe("I'm not sure I understood that. Did you mean one of these?\n\n- Topic a\n- Topic b");
  });
});

describe('helpReply', () => {
  it('is titled "How to use ChartPath"', () => {
    expect(helpReply(kb)).toMatchObject({ kind: 'help', title: 'How to use ChartPath' });
    expect(helpReply({ ...kb, intents: [] }).text).toBe('');
  });
});
