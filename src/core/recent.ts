// What the core remembers in memory about recent answers: the question behind each (for the unhelpful-answer log) and
// the last answer shown to each person (what /good and /bad rate on surfaces without buttons). Both are bounded.

export interface RecentReply {
  intent: string | null;
  /** The question as the review log may keep it (review/review-log.ts), in memory only, for the unhelpful-answer log. */
  question: string | undefined;
  /** Who asked: their lines leave the log on /forget-me. */
  asker: string;
}

export const MAX_REMEMBERED_REPLIES = 2000;
const MAX_PEOPLE = 10_000;

export class RecentReplies {
  private readonly replies = new Map<string, RecentReply>();
  private readonly lastShown = new Map<string, string>();

  remember(id: string, entry: RecentReply): void {
    this.replies.set(id, entry);
    if (this.replies.size > MAX_REMEMBERED_REPLIES) this.replies.delete(this.replies.keys().next().value!);
  }

  get(id: string): RecentReply | undefined {
    return this.replies.get(id);
  }

  /** The person (a person key) was shown this ratable reply: it is now "the last answer". */
  shown(person: string, replyId: string): void {
    this.lastShown.delete(person);
    this.lastShown.set(person, replyId);
    if (this.lastShown.size > MAX_PEOPLE) this.lastShown.delete(this.lastShown.keys().next().value!);
  }

  lastShownTo(person: string): string | undefined {
    return this.lastShown.get(person);
  }

  forget(person: string): void {
    for (const [id, r] of this.replies) if (r.asker === person) this.replies.delete(id);
    this.lastShown.delete(person);
  }
}
