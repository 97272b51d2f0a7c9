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
 * The same memory kept in the store (StoreData.seen), so a restart does not forget it: an event delivered again
 * after a restart, or a signed request replayed within Slack's five-minute window, is still recognised. Entries
 * expire after the window plus a margin; the record is capped so it cannot grow without bound.
 */
export class PersistedIds {
  constructor(
    private readonly store: Store,
    private readonly ttlMs = 15 * 60_000,
    private readonly maxSize = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether an id is still remembered (it was seen and has not expired). */
  has(id: string): boolean {
    const until = this.store.data.seen[id];
    return until !== undefined && until > this.now();
  }

  /**
   * True the first time an id is offered within the window, false for a repeat. The id is recorded in memory at
   * once (a concurrent repeat is refused) and written with the store's next write; `written` settles then.
   */
  firstTime(id: string): boolean {
    return this.remember([id]).first;
  }

  /** Records every id; first is false when any of them was already remembered. */
  remember(ids: string[]): { first: boolean; written: Promise<void> } {
    const t = this.now();
    const first = !ids.some((id) => this.has(id));
    const written = this.store.update((d) => {
      for (const id of ids) {
        delete d.seen[id]; // re-inserted last: the record stays in expiry order
        d.seen[id] = t + this.ttlMs;
      }
      // Expired entries leave from the front on every call (a few at a time); the size cap is checked now and then.
      const over = ++this.calls % 256 === 0 ? Object.keys(d.seen).length - this.maxSize : 0;
      prune(d.seen, t, over);
    });
    return { first, written };
  }

  private calls = 0;
}

/** Drops expired entries from the front (insertion order is expiry order), and `over` more of the oldest. */
function prune(seen: Record<string, number>, t: number, over: number): void {
  for (const id in seen) {
    if (seen[id]! > t && over <= 0) break;
    delete seen[id];
    over--;
  }
}
