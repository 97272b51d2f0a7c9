// store/retention.ts: the cut-offs of one retention pass: ratings and inactive people older than their periods, the
// review log after its own, and the caps on how many are kept.
import { describe, expect, it } from 'vitest';
import { pruneRequest, RETENTION_DEFAULTS } from '../../src/store/retention.js';

const DAY = 86_400_000;

describe('pruneRequest', () => {
  const now = new Date('2026-06-30T12:00:00Z');

  it('each period counted back from now, in days (the review log in milliseconds), with the caps passed on', () => {
    const r = pruneRequest(now, { feedbackDays: 30, peopleDays: 90, maxFeedback: 500 }, { retentionMs: 2 * DAY, maxEntries: 77 });
    expect(r).toEqual({
      feedbackBefore: new Date('2026-05-31T12:00:00Z'),
      maxFeedback: 500,
      peopleBefore: new Date('2026-04-01T12:00:00Z'),
      reviewBefore: new Date('2026-06-28T12:00:00Z'),
      maxReview: 77,
    });
  });

  it('the defaults keep ratings and people a year and at most 100,000 ratings', () => {
    expect(RETENTION_DEFAULTS).toEqual({ feedbackDays: 365, peopleDays: 365, maxFeedback: 100_000 });
    const r = pruneRequest(now, RETENTION_DEFAULTS, { retentionMs: 0, maxEntries: 1 });
    expect(r.feedbackBefore).toEqual(new Date(now.getTime() - 365 * DAY));
    expect(r.peopleBefore).toEqual(new Date(now.getTime() - 365 * DAY));
    expect(r.reviewBefore).toEqual(now);
  });
});
