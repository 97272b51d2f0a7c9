// Covers src/store/feedback-index.ts: recording a rating changes the reply's entry or appends one, via a per-array index.
import { describe, expect, it } from 'vitest';
import { recordFeedback } from '../../src/store/feedback-index.js';
import type { FeedbackEntry } from '../../src/store/state.js';

const rating = (replyId: string, helpful: boolean, at: string): FeedbackEntry => ({ replyId, helpful, at, intent: 'topic-a' });

describe('recordFeedback', () => {
  it('appends a rating of a reply not rated before', () => {
    const list: FeedbackEntry[] = [];
    recordFeedback(list, rating('r1', true, 't1'));
    recordFeedback(list, rating('r2', false, 't2'));
    expect(list.map((f) => [f.replyId, f.helpful])).toEqual([['r1', true], ['r2', false]]);
  });

  it('changes the existing entry in place when the same reply is rated again', () => {
    const list: FeedbackEntry[] = [];
    recordFeedback(list, rating('r1', true, 't1'));
    const first = list[0]!;
    recordFeedback(list, rating('r1', false, 't2'));
    expect(list).toHaveLength(1);
    expect(list[0]).toBe(first);
    expect(first).toMatchObject({ helpful: false, at: 't2', intent: 'topic-a' });
  });

  it('finds entries that were in the array before its first use', () => {
    const list = [rating('old', true, 't0')];
    recordFeedback(list, rating('old', false, 't1'));
    expect(list).toEqual([rating('old', false, 't1')]);
  });

  it('builds a fresh index for a replacement array (after retention), not the old one', () => {
    const before: FeedbackEntry[] = [];
    recordFeedback(before, rating('r1', true, 't1'));
    const after: FeedbackEntry[] = [];
    recordFeedback(after, rating('r1', false, 't2'));
    expect(after).toEqual([rating('r1', false, 't2')]);
    expect(before).toEqual([rating('r1', true, 't1')]);
  });
});
