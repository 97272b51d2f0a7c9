// Slack retries an event it thinks went unanswered (X-Slack-Retry-Num over HTTP, retry_attempt in Socket Mode).
// Events carry a unique event_id: remembering the recent ones for a while makes each event answered once.
import type { Store } from '../../src/index.js';

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

/**
 * The same memory kept in the store (Store.claim), so a restart does not forget it, and every process on the same
 * store shares it: an event delivered again after a restart or to another process, or a signed request replayed within
 * Slack's five-minute window, is still recognised. Entries expire after the window plus a margin; the store bounds the
 * record.
 */
export class PersistedIds {
  constructor(
    private readonly store: Store,
    private readonly ttlMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether an id is still remembered (it was seen and has not expired). */
  has(id: string): Promise<boolean> {
    return this.store.claimed(id, this.now());
  }

  /** True the first time an id is offered within the window, false for a repeat (in this process or another). */
  firstTime(id: string): Promise<boolean> {
    return this.remember([id]);
  }

  /**
   * Records every id; false when any of them was already remembered. The check and the record are one atomic store
   * operation, so of two concurrent deliveries (even to two processes) exactly one is first. Settles once recorded.
   */
  remember(ids: string[]): Promise<boolean> {
    const t = this.now();
    return this.store.claim(ids, t, t + this.ttlMs);
  }
}
