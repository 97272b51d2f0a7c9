// How long ChartPath keeps what it keeps: anonymous feedback and inactive people's profiles leave the store
// after a retention period, so nothing grows without bound. (Conversation contexts and reply ids expire in the
// advisor; the review log has its own period, review/review-log.ts.)
import type { PruneRequest } from './port.js';

export interface RetentionPolicy {
  /** FEEDBACK_RETENTION_DAYS: ratings older than this are dropped. */
  feedbackDays: number;
  /** PEOPLE_RETENTION_DAYS: a person with no activity for this long is forgotten (profile, checklist progress). */
  peopleDays: number;
  /** At most this many ratings, whatever their age; the oldest go first. */
  maxFeedback: number;
}

export const RETENTION_DEFAULTS: RetentionPolicy = { feedbackDays: 365, peopleDays: 365, maxFeedback: 100_000 };

/** The cut-offs of one retention pass at `now`: the store applies them row by row (Store.prune). */
export function pruneRequest(now: Date, policy: RetentionPolicy, review: { retentionMs: number; maxEntries: number }): PruneRequest {
  return {
    feedbackBefore: new Date(now.getTime() - policy.feedbackDays * 86_400_000),
    maxFeedback: policy.maxFeedback,
    peopleBefore: new Date(now.getTime() - policy.peopleDays * 86_400_000),
    reviewBefore: new Date(now.getTime() - review.retentionMs),
    maxReview: review.maxEntries,
  };
}
