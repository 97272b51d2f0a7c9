// Slack retries an event it thinks went unanswered (X-Slack-Retry-Num over HTTP, retry_attempt in Socket Mode).
// Events carry a unique event_id: remembering the recent ones for a while makes each event answered once.

export class RecentIds {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly maxSize = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time an id is offered (within the time window), false for a repeat. */
  firstTime(id: string): boolean {
    const t = this.now();
    this.prune(t);
    const at = this.seen.get(id);
    if (at !== undefined && t - at <= this.ttlMs) return false;
    this.seen.delete(id);
    this.seen.set(id, t);
    if (this.seen.size > this.maxSize) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }

  private prune(t: number): void {
    for (const [id, at] of this.seen) {
      if (t - at <= this.ttlMs) break; // insertion order is time order
      this.seen.delete(id);
    }
  }
}
