// Ratings are found by reply id through an index, not a scan of every rating ever given (a rating used to cost
// time in proportion to all feedback kept). The index belongs to one feedback array: when retention or a failed
// write replaces the array, the next look-up builds a fresh index for the new one.
import type { FeedbackEntry } from './state.js';

const indexes = new WeakMap<FeedbackEntry[], Map<string, FeedbackEntry>>();

function indexOf(list: FeedbackEntry[]): Map<string, FeedbackEntry> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const f of list) index.set(f.replyId, f);
    indexes.set(list, index);
  }
  return index;
}

/** Records a rating of a reply: changes the existing entry or appends a new one. Call inside a store update. */
export function recordFeedback(list: FeedbackEntry[], entry: FeedbackEntry): void {
  const index = indexOf(list);
  const existing = index.get(entry.replyId);
  if (existing) {
    existing.helpful = entry.helpful;
    existing.at = entry.at;
    return;
  }
  list.push(entry);
  index.set(entry.replyId, entry);
}
