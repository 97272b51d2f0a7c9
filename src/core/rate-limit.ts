// A sliding one-minute window per key (a person, or a channel for mentions). Memory stays bounded:
// keys idle for a minute are dropped on the next sweep.

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a hit; returns 0 when allowed, or the seconds to wait when over the limit. */
  take(key: string): number {
    if (this.perMinute <= 0) return 0; // 0 turns the limit off
    const t = this.now();
    this.sweep(t);
    const list = (this.hits.get(key) ?? []).filter((x) => t - x < 60_000);
    if (list.length >= this.perMinute) {
      this.hits.set(key, list);
      return Math.max(1, Math.ceil((60_000 - (t - list[0]!)) / 1000));
    }
    list.push(t);
    this.hits.set(key, list);
    return 0;
  }

  private sweep(t: number): void {
    if (t - this.lastSweep < 60_000) return;
    this.lastSweep = t;
    for (const [k, list] of this.hits) if (!list.length || t - list[list.length - 1]! >= 60_000) this.hits.delete(k);
  }
}
