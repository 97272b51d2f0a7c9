// The reply contract's defaults: who sees a reply unless the core says otherwise, and what an empty reply holds.
import { describe, expect, it } from 'vitest';
import { defaultVisibility, makeReply } from '../../src/contract/reply.js';

describe('defaultVisibility', () => {
  it('answers and conversation are public where they were asked', () => {
    for (const kind of ['answer', 'clarify', 'decline', 'conversation', 'checklist', 'forget'] as const) {
      expect(defaultVisibility({ kind, personal: false }), kind).toBe('public');
    }
  });

  it('personal content, notices, help and the topic browser are private', () => {
    expect(defaultVisibility({ kind: 'answer', personal: true })).toBe('private');
    expect(defaultVisibility({ kind: 'checklist', personal: true })).toBe('private');
    for (const kind of ['notice', 'help', 'topics'] as const) expect(defaultVisibility({ kind, personal: false }), kind).toBe('private');
  });
});

describe('makeReply', () => {
  it('fills every field with an empty, unanswered, public, non-replacing default', () => {
    const reply = makeReply({ id: 'r1', kind: 'answer', text: 'hello' });
    expect(reply).toEqual({
      id: 'r1',
      kind: 'answer',
      text: 'hello',
      commands: [],
      sources: [],
      suggestions: [],
      choices: [],
      ratings: [],
      notices: [],
      privacyWarning: false,
      personal: false,
      visibility: 'public',
      replaces: false,
      answered: false,
      intent: null,
      confidence: 0,
    });
  });

  it('derives the visibility from the kind and personal flag unless one is given', () => {
    expect(makeReply({ id: 'r', kind: 'help', text: '' }).visibility).toBe('private');
    expect(makeReply({ id: 'r', kind: 'answer', text: '', personal: true }).visibility).toBe('private');
    expect(makeReply({ id: 'r', kind: 'notice', text: '', visibility: 'public' }).visibility).toBe('public');
    expect(makeReply({ id: 'r', kind: 'answer', text: '', visibility: 'private' }).visibility).toBe('private');
  });

  it('each reply gets its own lists (no shared default arrays)', () => {
    const a = makeReply({ id: 'a', kind: 'answer', text: '' });
    const b = makeReply({ id: 'b', kind: 'answer', text: '' });
    a.notices.push('x');
    expect(b.notices).toEqual([]);
  });
});
