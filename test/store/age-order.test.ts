import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory.js';
import { AgeOrder } from '../../src/store/age-order.js';

describe('AgeOrder', () => {
  it('starts from the record in insertion order and skips ids put again since', () => {
    const o = new AgeOrder({ a: { intent: null, at: 1 }, b: { intent: null, at: 2 } });
    o.push('a');
    expect(o.size).toBe(2);
    expect(o.shiftOldest()).toBe('b');
    expect(o.shiftOldest()).toBe('a');
    expect(o.shiftOldest()).toBeUndefined();
  });

  it('keeps the newest `keep` replies through many evictions and re-puts (past its compaction)', async () => {
    const s = new MemoryStore();
    for (let i = 0; i < 5000; i++) {
      await s.putReply(`r${i}`, { intent: null, at: i }, 7);
      if (i % 3 === 0) await s.putReply(`r${i - 2}`, { intent: 'x', at: i }, 7);
    }
    const kept = Object.keys(s.data.replies);
    expect(kept).toHaveLength(7);
    // Brute force: the same operations on a plain list.
    let ref: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const put = (id: string) => {
        ref = ref.filter((x) => x !== id);
        ref.push(id);
        if (ref.length > 7) ref = ref.slice(ref.length - 7);
      };
      put(`r${i}`);
      if (i % 3 === 0) put(`r${i - 2}`);
    }
    expect(kept).toEqual(ref);
  });
});
