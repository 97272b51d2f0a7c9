// The age order of one record of a document (its `replies`, its `contexts`), kept beside it so that dropping the oldest
// costs the same with thirty thousand kept as with ten. Walking the record itself (for-in over a dictionary-mode object)
// collects and sorts every key on each call, which cost more than the answer once the record was large.

export class AgeOrder {
  /** Ids in the order they were (last) put; an entry is stale when the id was put again later or has gone. */
  private queue: string[] = [];
  private head = 0;
  /** Each id's position of its latest entry in `queue` (offset by `shift`, which compaction raises). */
  private readonly at = new Map<string, number>();
  private shift = 0;

  /** Starts from the record as it is: insertion order is age order, as for-in walks it. */
  constructor(record: Record<string, unknown>) {
    for (const id in record) this.push(id);
  }

  get size(): number {
    return this.at.size;
  }

  /** The id was just (re-)inserted last in the record. */
  push(id: string): void {
    this.at.set(id, this.shift + this.queue.length);
    this.queue.push(id);
  }

  /** The oldest id, left in the order; undefined when none is left. */
  oldest(): string | undefined {
    while (this.head < this.queue.length) {
      const id = this.queue[this.head]!;
      if (this.at.get(id) === this.shift + this.head) return id;
      this.head++; // put again since: its newer entry stands
    }
    return undefined;
  }

  /** Takes the oldest id out of the order (the caller deletes it from the record); undefined when none is left. */
  shiftOldest(): string | undefined {
    const id = this.oldest();
    if (id === undefined) return undefined;
    this.head++;
    this.at.delete(id);
    this.compact();
    return id;
  }

  /** Drops the consumed front once it is most of the array, so the array stays within twice the live count. */
  private compact(): void {
    if (this.head < 1024 || this.head * 2 < this.queue.length) return;
    this.shift += this.head;
    this.queue = this.queue.slice(this.head);
    this.head = 0;
  }
}
