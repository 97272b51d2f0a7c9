// Covers src/core/topics-browser.ts: the topic list grouped for browsing, and the reply that shows it.
import { describe, expect, it } from 'vitest';
import { topicGroups, topicsReply } from '../../src/core/topics-browser.js';
import type { Intent } from '../../src/knowledge/types.js';
import { realKnowledge } from '../helpers/core.js';

const real = realKnowledge();
const base = real.intents.find((i) => i.kind === 'topic')!;
const intent = (id: string, extra: Partial<Intent>): Intent => ({ ...base, id, title: `Title ${id}`, ask: undefined, ...extra });
const kb = {
  ...real,
  intents: [
    intent('exam', { kind: 'topic', group: 'certifications', ask: 'How hard is the exam?' }),
    intent('hipaa', { kind: 'topic', group: 'privacy' }),
    intent('salary', { kind: 'topic', group: 'role' }),
    intent('hello', { kind: 'greeting', group: 'role' }),
    intent('loose', { kind: 'topic', group: undefined }),
    intent('cpc', { kind: 'topic', group: 'certifications' }),
  ],
};

describe('topicGroups', () => {
  it('lists topics in the fixed group order, leaving out empty groups, other kinds and ungrouped topics', () => {
    expect(topicGroups(kb).map((g) => [g.group, g.title, g.topics.map((t) => t.id)])).toEqual([
      ['role', 'The role', ['salary']],
      ['certifications', 'Certifications', ['exam', 'cpc']],
      ['privacy', 'Privacy and security', ['hipaa']],
    ]);
  });

  it("offers each topic's question, or its title when it has none", () => {
    const certs = topicGroups(kb).find((g) => g.group === 'certifications')!;
    expect(certs.topics).toEqual([
      { id: 'exam', title: 'Title exam', ask: 'How hard is the exam?' },
      { id: 'cpc', title: 'Title cpc', ask: 'Title cpc' },
    ]);
  });
});

describe('topicsReply', () => {
  it('writes one bold line per group with the topic titles, and carries the groups for rich surfaces', () => {
    const reply = topicsReply(kb);
    expect(reply.kind).toBe('topics');
    expect(reply.topics).toEqual(topicGroups(kb));
    expect(reply.text.split('\n\n').slice(1)).toEqual([
      '**The role:** Title salary',
      '**Certifications:** Title exam · Title cpc',
      '**Privacy and security:** Title hipaa',
    ]);
  });
});

describe('topicsReply: its heading', () => {
  it('is titled Topics and opens with how to use the list', () => {
    const reply = topicsReply(kb);
    expect(reply.title).toBe('Topics');
    expect(reply.text.split('\n\n')[0]).toBe("Here's what I know about. Ask in your own words, or pick a topic.");
  });
});
