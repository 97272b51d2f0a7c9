// Packing the pieces of a reply (Discord's embeds, Slack's blocks) into messages, in order, within a platform's limits:
// how many pieces one message holds and how large they may be together. Each surface passes its own limits and measure.

export interface PackLimits {
  /** Pieces per message (Discord: 10 embeds; Slack: 50 blocks). */
  maxCount: number;
  /** Their summed size per message (Discord: 6,000 characters of embed text; Slack: its message text budget). */
  maxSize: number;
}

/**
 * Groups `items` in order: a group is closed when it holds `maxCount` items or the next item would take it past
 * `maxSize`. A single item larger than `maxSize` gets a group of its own (the caller has cut pieces to fit before).
 */
export function pack<T>(items: readonly T[], size: (item: T) => number, limits: PackLimits): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const n = size(item);
    if (current.length && (current.length >= limits.maxCount || used + n > limits.maxSize)) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += n;
  }
  if (current.length) groups.push(current);
  return groups;
}
