// Warnings that anyone on the network can trigger (a bad signature, an oversized or malformed body) are rate-limited
// in the log: the first of a kind is written, then at most one line a minute that says how many were left out.
import type { Logger } from '../../src/index.js';

export class LogLimiter {
  private readonly last = new Map<string, { at: number; suppressed: number }>();

  constructor(
    private readonly logger: Logger,
    private readonly everyMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  warn(kind: string, obj: object, msg: string): void {
    const t = this.now();
    const seen = this.last.get(kind);
    if (seen && t - seen.at < this.everyMs) {
      seen.suppressed++;
      return;
    }
    const suppressed = seen?.suppressed ?? 0;
    this.last.set(kind, { at: t, suppressed: 0 });
    this.logger.warn(suppressed ? { ...obj, suppressed } : obj, suppressed ? `${msg} (${suppressed} more like it in the last minute were not logged)` : msg);
  }
}
