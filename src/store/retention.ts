// How long ChartPath keeps what it keeps: anonymous feedback and inactive people's profiles leave the data file
// after a retention period, so nothing grows without bound. (Conversation contexts and reply ids expire in the
// advisor; the review log has its own period, review/review-log.ts.)
import type { StoreData } from './state.js';

export interface RetentionPolicy {
  /** FEEDBACK_RETENTION_DAYS: ratings older than this are dropped. */
  feedbackDays: number;
  /** PEOPLE_RETENTION_DAYS: a person with no activity for this long is forgotten (profile, checklist progress). */
  peopleDays: number;
  /** At most this many ratings, whatever their age; the oldest go first. */
  maxFeedback: number;
}

export const RETENTION_DEFAULTS: RetentionPolicy = { feedbackDays: 365, peopleDays: 365, maxFeedback: 100_000 };

export interface Pruned {
  feedback: number;
  people: number;
}

/** Applies the policy inside a store update. Replaces the feedback array when it drops anything. */
export function applyRetention(d: StoreData, now: Date, policy: RetentionPolicy = RETENTION_DEFAULTS): Pruned {
  const feedbackCutoff = now.getTime() - policy.feedbackDays * 86_400_000;
  const before = d.feedback.length;
  let kept = d.feedback.some((f) => Date.parse(f.at) < feedbackCutoff) ? d.feedback.filter((f) => Date.parse(f.at) >= feedbackCutoff) : d.feedback;
  if (kept.length > policy.maxFeedback) kept = kept.slice(kept.length - policy.maxFeedback);
  if (kept !== d.feedback) d.feedback = kept;

  const peopleCutoff = now.getTime() - policy.peopleDays * 86_400_000;
  let people = 0;
  for (const [key, person] of Object.entries(d.people)) {
    if (Date.parse(person.updatedAt) < peopleCutoff) {
      delete d.people[key];
      for (const ctxKey of Object.keys(d.contexts)) if (ctxKey.startsWith(`${key}|`)) delete d.contexts[ctxKey];
      people++;
    }
  }
  return { feedback: before - d.feedback.length, people };
}
