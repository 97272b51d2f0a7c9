// Covers src/core/recent.ts: the bounded memory of recent replies and of the last answer shown to each person.
import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_REPLIES, RecentReplies } from '../../src/core/recent.js';

const entry = (asker: string, intent: string | null = 'topic-a') => ({ intent, question: `question of ${asker}`, asker });

describe('RecentReplies', () => {
  it('remembers a reply by id', () => {
    const recent = new RecentReplies();
    recent.remember('r1', entry('alice'));
    expect(recent.get('r1')).toEqual(entry('alice'));
    expect(recent.get('r2')).toBeUndefined();
  });

  it('keeps at most MAX_REMEMBERED_REPLIES, forgetting the oldest first', () => {
    const recent = new RecentReplies();
    for (let n = 0; n <= MAX_REMEMBERED_REPLIES; n++) recent.remember(`r${n}`, entry(`p${n}`));
    expect(recent.get('r0')).toBeUndefined();
    expect(recent.get('r1')?.asker).toBe('p1');
    expect(recent.get(`r${MAX_REMEMBERED_REPLIES}`)?.asker).toBe(`p${MAX_REMEMBERED_REPLIES}`);
  });

  it('tracks the last reply shown to each person separately', () => {
    const recent = new RecentReplies();
    recent.shown('alice', 'r1');
    recent.shown('bob', 'r2');
    recent.shown('alice', 'r3');
    expect(recent.lastShownTo('alice')).toBe('r3');
    expect(recent.lastShownTo('bob')).toBe('r2');
    expect(recent.lastShownTo('carol')).toBeUndefined();
  });

  it('keeps the last answer of the 10,000 most recently shown people, counting a re-shown person as recent', () => {
    const recent = new RecentReplies();
    for (let n = 0; n < 10_000; n++) recent.shown(`p${n}`, `r${n}`);
    recent.shown('p0', 'again');
    recent.shown('newcomer', 'rx');
    expect(recent.lastShownTo('p0')).toBe('again');
    expect(recent.lastShownTo('p1')).toBeUndefined();
    expect(recent.lastShownTo('p2')).toBe('r2');
  });

  it("forgets a person's replies and last answer, and nobody else's", () => {
    const recent = new RecentReplies();
    recent.remember('r1', entry('alice'));
    recent.remember('r2', entry('bob'));
    recent.remember('r3', entry('alice', null));
    recent.shown('alice', 'r3');
    recent.shown('bob', 'r2');
    recent.forget('alice');
    expect([recent.get('r1'), recent.get('r3'), recent.lastShownTo('alice')]).toEqual([undefined, undefined, undefined]);
    expect(recent.get('r2')?.asker).toBe('bob');
    expect(recent.lastShownTo('bob')).toBe('r2');
  });
});
